/**
 * Bare numbers whose noun stands before them, named by the sentence: "the number of shells sent
 * could be as high as 3 million", "the death toll rose to eight", "revised that number to
 * 10,000", "freight cars (at least 73)", "Of the prisoners released, 1,718 were …".
 */
import { parseNumberAt, type Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { counted as countedBy, looksPlural, nounPhrase, singular } from "./noun-phrases.ts";
import { isChangeLink } from "./ranges.ts";

const bare = (r: Reading) => !r.unit && r.category === "number";

/**
 * A bare number that a count noun of its sentence names: "the number of shells sent could be as
 * high as 3 million", "the number of killed and wounded soldiers has passed 3,000" (the phrase
 * after "of"); "the death toll rose to eight" (people, data/quantity-words.yaml casualty_tolls);
 * "revised that number to 10,000", "bringing the total to 340" (the kind counted before).
 */
export function countOfNamed(r: Reading, tokens: Token[], before: Reading | undefined, lex: QuantityLexicon): Reading {
  if (!bare(r) || stepBeforeLevel(r, tokens, lex)) return r;
  // A hedge is part of the amount, so the noun may stand just before it ("the figure as high as 15,000").
  const levelAt = (k: number) => lex.words.levelLinks.has(tokens[k - 1]?.lower ?? "") && lex.words.levelVerbs.has(tokens[k - 2]?.lower ?? "");
  const ownLevel = levelAt(r.first);
  for (let k = r.first - (r.bound === "exact" ? 2 : 1); k >= 0; k--) {
    // A level of its own verb after another's is its own subject's: "the number of buyers rose to 12 and the types of drones doubled to 14".
    if (ownLevel && tokens[k].kind === "num" && levelAt(k)) return r;
    if (!lex.words.countNouns.has(tokens[k].lower)) continue;
    if (tokens[k + 1]?.lower === "of") {
      const from = afterCasualtyWords(tokens, k + 2, lex);
      const np = nounPhrase(tokens, from, lex);
      if (np) return { ...r, ...countedBy(tokens, np, lex) };
      // "the number of dead rose to 60", "the number of displaced": a casualty word alone names people.
      return from > k + 2 ? { ...r, unit: lex.words.casualtyUnit, item: [k + 2, from - 1], category: "personnel" } : r;
    }
    if (lex.words.casualtyTolls.has(tokens[k - 1]?.lower ?? "")) return { ...r, unit: lex.words.casualtyUnit, item: [k - 1, k], category: "personnel" };
    return before?.unit ? { ...r, unit: before.unit, item: before.item, category: before.category } : r;
  }
  return r;
}

/**
 * A change's size or start before its new level, "the death toll rose by 12 to 40", "climbed from
 * 12 to 40": the level after "to" is the count the noun names; the step is none.
 */
function stepBeforeLevel(r: Reading, tokens: Token[], lex: QuantityLexicon): boolean {
  return tokens[r.last + 1]?.lower === "to" && isChangeLink(tokens, r.first - 1, { changes: lex.changes, changeLinks: lex.words.changeLinks });
}

/** Past "killed and wounded" before the counted noun: "the number of killed and wounded soldiers". */
function afterCasualtyWords(tokens: Token[], k: number, lex: QuantityLexicon): number {
  let j = k;
  while (lex.words.casualtyWords.has(tokens[j]?.lower ?? "") && (tokens[j + 1]?.lower === "and" || tokens[j + 1]?.lower === "or")) j += 2;
  return lex.words.casualtyWords.has(tokens[j]?.lower ?? "") ? j + 1 : j;
}

/** Marks that set a number aside after what it counts, each with the marks that may close the aside. */
const ASIDES: Record<string, string[]> = { "(": [")"], "—": ["—", ".", ","], "–": ["–", ".", ","], ",": [",", "."] };

/** How many words back from a comma the counted noun may stand: "the troops Chile sent, some 8,000, …". */
const COMMA_REACH = 5;

/**
 * A number in brackets, dashes or commas after what it counts: "freight cars (at least 73)",
 * "drones (about 40)", "made several trips—at least five—between the ports", "sent troops, about
 * 8,000 in all, to Peru", "the troops Chile sent, some 8,000, reached Lima". Between commas the
 * noun must be one the dictionary sorts, and may end a clause of a few words.
 */
export function bracketed(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  const opener = tokens[r.first - 1]?.text ?? "";
  const closers = ASIDES[opener];
  // "(40 in total)", "about 8,000 in all": a word of totals may end the aside.
  const tail = lex.words.totalTails.find((words) => words.every((w, n) => tokens[r.last + 1 + n]?.lower === w))?.length ?? 0;
  if (!bare(r) || !closers?.includes(tokens[r.last + 1 + tail]?.text ?? "")) return r;
  const comma = opener === ",";
  for (let k = r.first - 2; k >= Math.max(0, r.first - 2 - (comma ? COMMA_REACH : 0)); k--) {
    const noun = tokens[k];
    if (!noun || noun.kind !== "word") return r;
    if (k === r.first - 2) {
      for (const from of [r.first - 3, r.first - 2]) {
        const measure = from >= 0 ? lex.measures.match(tokens, from) : undefined;
        if (measure && from + measure.length === r.first - 1) return { ...r, unit: measure.value.unit, item: [from, r.first - 2], category: measure.value.category };
      }
    }
    if (!looksPlural(noun.text, lex.words) || (comma && !lex.categories.has(singular(noun.lower, lex.words)))) continue;
    const np = { first: k, last: k, heads: [noun.text], lemmas: [[singular(noun.text, lex.words)]] };
    return { ...r, ...countedBy(tokens, np, lex) };
  }
  return r;
}

/** A number after a fronted "Of the …," counts a part of those things: "Of the prisoners released, 1,718 were …". */
export function frontedPart(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (!bare(r) || tokens[0]?.lower !== "of" || !lex.words.determiners.has(tokens[1]?.lower ?? "") || tokens[r.first - 1]?.text !== ",") return r;
  // "Of the 300 drones launched, 280 …": past the whole's own number.
  const whole = parseNumberAt(tokens, 2, lex.numbers);
  const np = nounPhrase(tokens, whole ? whole.last + 1 : 2, lex);
  if (!np || r.first - 1 - np.last > 3) return r;
  return { ...r, ...countedBy(tokens, np, lex) };
}

/**
 * "31 tanks, 10 of which were damaged", "200 soldiers, 40 of them wounded": a part of what the
 * sentence counted before, an amount of its own where that kind's every count matters
 * (data/quantity-nouns.yaml `counted_parts`), as "two of the five missiles" is.
 */
export function partOfCounted(r: Reading, tokens: Token[], before: Reading | undefined, lex: QuantityLexicon): Reading {
  // "one of which" picks one thing out: a reference, as "one of the ships" is.
  if (r.category !== "reference" || r.unit || r.value <= 1 || tokens[r.last + 1]?.lower !== "of" || !lex.words.partPronouns.has(tokens[r.last + 2]?.lower ?? "")) return r;
  // "12 dead, 11 of them civilians": the noun after the pronoun says what the part is.
  const np = tokens[r.last + 2].lower === "them" ? nounPhrase(tokens, r.last + 3, lex) : undefined;
  if (np) return { ...r, ...countedBy(tokens, np, lex) };
  if (!before?.unit || !lex.countedParts.has(before.category)) return r;
  return { ...r, unit: before.unit, category: before.category };
}

/**
 * A bare sum with a scale word in a clause that names a price or a value (data/quantity-words.yaml
 * `value_words`): "the deal is worth 4.5 billion", "the total value of the contract is 2.7 billion"
 * — money, the currency unsaid; so is one right after a verb that moves money (data/quantity-words.yaml
 * `spending_verbs`: "spent 20 million on ads"). "1.2 million" alone may count anything.
 */
export function sumOfNamed(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  const scaled = tokens.slice(r.first, r.last + 1).some((t) => (lex.numbers.scales.get(t.lower.replace(/s$/, "")) ?? 0) >= 1e6 || /^\d[\d.,]*\p{L}+$/u.test(t.text));
  if (!bare(r) || r.value < 1e6 || !scaled) return r;
  // "spent 20 million on ads", "gave tens of millions": the object of a verb that moves money; a
  // word after it that is no preposition may be what it counts or a currency unread ("paid 2 billion kwacha").
  if (lex.words.spendingVerbs.has(tokens[r.first - 1]?.lower ?? "") && endsObject(tokens[r.last + 1], lex)) return { ...r, unit: "", category: "money" };
  for (let k = r.first - 1; k >= Math.max(0, r.first - 8); k--) {
    if (lex.words.clauseBreaks.has(tokens[k].lower)) return r;
    if (lex.words.valueWords.has(tokens[k].lower)) return { ...r, unit: "", category: "money" };
  }
  return r;
}

/** Whether the word after a sum closes it: none, a mark, or a word that opens a phrase of place, time or purpose. */
function endsObject(next: Token | undefined, lex: QuantityLexicon): boolean {
  if (!next || !/\p{L}/u.test(next.text)) return true;
  return lex.words.itemPrepositions.has(next.lower) || lex.words.spanPrepositions.has(next.lower) || lex.words.itemStops.has(next.lower) || lex.words.stopWords.has(next.lower);
}

/**
 * A bare number in the breakdown of a count just made counts the same things: "26 jets (22
 * single-seat and four twin-seat)", "12 fighters — eight F-16 and four Gripen". The breakdown
 * opens right after the counted noun (data/quantity-words.yaml `breakdown_openers`) and holds
 * only numbers, their modifiers, "and" and commas.
 */
export function breakdownPart(r: Reading, tokens: Token[], before: Reading | undefined, lex: QuantityLexicon): Reading {
  // "120 shells (155 mm)": a measure after the number is the things' size, not a part of them.
  const next = tokens[r.last + 1]?.lower ?? "";
  if (!bare(r) || !before?.unit || !before.item || lex.calibres.has(next) || lex.measures.match(tokens, r.last + 1)) return r;
  for (let k = r.first - 1; k >= Math.max(0, r.first - 10); k--) {
    const t = tokens[k];
    if (lex.words.breakdownOpeners.has(t.text)) return before.item[1] === k - 1 ? { ...r, unit: before.unit, item: before.item, category: before.category } : r;
    if (t.kind === "punct" ? t.text !== "," : lex.words.stopWords.has(t.lower) && t.lower !== "and") return r;
  }
  return r;
}

/**
 * A bare number after a body and "of" counts its members: "a crew of 25", "a force of some 2,000",
 * "a fleet of 40", "a family of five" (data/quantity-words.yaml `collectives`).
 */
export function membersOf(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (!bare(r) || tokens[r.first - 1]?.lower !== "of") return r;
  // "the Group of 20 met": a capital inside the sentence makes the body's word a name.
  if (r.first > 2 && /^\p{Lu}/u.test(tokens[r.first - 2].text)) return r;
  const member = lex.words.collectives.get(tokens[r.first - 2]?.lower ?? "");
  return member ? { ...r, unit: member.unit, item: [r.first - 2, r.first - 2], category: member.category } : r;
}
