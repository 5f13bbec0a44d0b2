/**
 * A number before "of" and a determiner that counts a part of something: of a sum ("280 million
 * of the 1.5 billion shekels"), of counted things ("two of the five missiles"), of a body ("8,000
 * of its military"), of people told by what was done to them ("250 of those released"), or one
 * of a kind ("one of the best speakers"). `k` is the token after the determiner.
 */
import { parseNumberAt, type Token } from "../numbers.ts";
import { readQuantity, type Amount, type Outcome } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { counted, nounPhrase } from "./noun-phrases.ts";

/**
 * A part of a sum: "280 million of the 1.5 billion shekels" are shekels; `k` is after the
 * determiner. Undefined unless an amount with a unit of measure or a currency stands there.
 */
export function partOfSum(tokens: Token[], k: number, a: Amount, lex: QuantityLexicon): Outcome {
  const whole = readQuantity(tokens, k, lex)?.reading;
  if (!whole || !whole.unit || !(whole.category === "money" || lex.measures.match(tokens, whole.last) || whole.category === "share")) return undefined;
  return { next: k, reading: { ...a.base, last: a.last, unit: whole.unit, category: whole.category } };
}

/**
 * "one of the best wireless speakers": one of a kind picked out by a superlative. The phrase
 * with its superlative is the item; one of many is a reference, not a material amount.
 */
export function oneOfTheMost(tokens: Token[], k: number, a: Amount, lex: QuantityLexicon): Outcome {
  const word = tokens[k];
  const superlative = !!word && (lex.words.superlatives.has(word.lower) || (/^\p{Ll}{2,}est$/u.test(word.text) && !lex.words.stopWords.has(word.lower)));
  if (!superlative || a.base.value !== 1) return undefined;
  const from = word.lower === "most" || word.lower === "least" ? k + 1 : k;
  const np = nounPhrase(tokens, from + 1, lex);
  if (!np) return undefined;
  return { next: k, reading: { ...a.base, last: a.last, ...counted(tokens, np, lex), item: [k, np.last], category: "reference" } };
}

/**
 * A part of things whose every count matters (data/quantity-nouns.yaml `counted_parts`): "two of
 * the five missiles" are two missiles, "four of the drones" four drones. `k` is after the
 * determiner; reading goes on there, so that "five missiles" is read too.
 */
export function partOf(tokens: Token[], k: number, a: Amount, lex: QuantityLexicon): Outcome {
  const skip = parseNumberAt(tokens, k, lex.numbers);
  const np = nounPhrase(tokens, skip ? skip.last + 1 : k, lex);
  if (!np) return undefined;
  const reading = counted(tokens, np, lex);
  return lex.countedParts.has(reading.category) ? { next: k, reading: { ...a.base, last: np.last, ...reading } } : undefined;
}

/**
 * Members of a body named in the singular: "8,000 of its military" are troops, "300 of their
 * workforce" workers (data/quantity-words.yaml `collectives`); `k` is after the determiner.
 */
export function memberOf(tokens: Token[], k: number, a: Amount, lex: QuantityLexicon): Outcome {
  // "40 of its 1,000-strong force", "19 of the council's 35-member board": past the body's strength.
  const strength = strengthAt(tokens, k, lex);
  const from = strength ? k + 3 : k;
  // A body of any name counts members once its strength says so ("35-member board"): the head of its noun phrase.
  if (strength === lex.words.membersUnit.strength && !lex.words.collectives.has(tokens[from]?.lower ?? "")) {
    const last = bodyHead(tokens, from, lex);
    return last < 0 ? undefined : { next: k, reading: { ...a.base, last, unit: lex.words.membersUnit.unit, item: [k, last], category: lex.words.membersUnit.category } };
  }
  // Modifiers may stand before the body: "79 of its ageing F-16 fleet", "500 of its regular army".
  const modifier = (t: Token | undefined) => !!t && (t.kind === "word" ? !lex.words.stopWords.has(t.lower) : t.glued);
  for (let j = from; j <= k + 6 && modifier(tokens[j]); j++) {
    const member = lex.words.collectives.get(tokens[j].lower);
    const after = tokens[j + 1];
    if (member && (!after || after.kind === "punct" || lex.words.stopWords.has(after.lower))) return { next: strength ? k : j + 1, reading: { ...a.base, last: j, unit: member.unit, item: [k, j], category: member.category } };
  }
  return undefined;
}

/** The last word of a body's name from `k` ("board", "Security Council"): nouns the analysis layer tags so; -1 if none opens there. */
function bodyHead(tokens: Token[], k: number, lex: QuantityLexicon): number {
  const noun = (t: Token | undefined) => !!t && t.kind === "word" && !lex.words.stopWords.has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN");
  if (!noun(tokens[k])) return -1;
  let j = k;
  while (noun(tokens[j + 1])) j++;
  return j;
}

/** The strength word written onto a number at `k` ("strong" in "1,000-strong", "member" in "35-member"), else undefined. */
function strengthAt(tokens: Token[], k: number, lex: QuantityLexicon): string | undefined {
  const [num, dash, word] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  const hyphened = num?.kind === "num" && !!dash?.glued && (dash.text === "-" || dash.text === "–") && !!word?.glued;
  return hyphened && lex.words.strengthWords.has(word.lower) ? word.lower : undefined;
}

/**
 * A part of people told by what was done to them: "250 of those released" ("those" and a
 * participle), "300 of the detained", "40 of the wounded" (a verb done to people, or a casualty
 * word); `k` is after the determiner.
 */
export function partOfPeople(tokens: Token[], k: number, a: Amount, lex: QuantityLexicon): Outcome {
  const word = tokens[k]?.lower ?? "";
  const next = tokens[k + 1];
  // "those" with a participle alone are people ("250 of those released"); after "the" the word must say so.
  const those = tokens[k - 1]?.lower === "those" && lex.words.participle.test(word);
  const people = those || lex.words.casualtyWords.has(word) || (lex.words.peopleObjectVerbs.has(word) && lex.words.participle.test(word));
  // "40 of the wounded soldiers" is read by partOf; here the participle stands alone.
  if (a.base.value <= 1 || !people || (next && next.kind === "word" && !lex.words.stopWords.has(next.lower))) return undefined;
  return { next: k + 1, reading: { ...a.base, last: k, unit: lex.words.casualtyUnit, item: [k, k], category: "personnel" } };
}

/**
 * The token after a possessor that stands for a determiner after "of": "19 of the board's 35
 * members", "two of Peru's frigates", "40 of the Chilean army's tanks"; -1 if none starts at `k`.
 */
export function afterPossessor(tokens: Token[], k: number, lex: QuantityLexicon): number {
  const from = lex.words.articles.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  for (let j = from; j < from + 5; j++) {
    const t = tokens[j];
    if (!t || t.kind !== "word" || (lex.words.stopWords.has(t.lower) && j > from)) return -1;
    if (/\p{L}['’]s$/u.test(t.text) || (tokens[j + 1]?.text === "’" || tokens[j + 1]?.text === "'") && tokens[j + 1].glued && /s$/.test(t.text)) return /['’]s$/u.test(t.text) ? j + 1 : j + 2;
  }
  return -1;
}

