/**
 * A bare number whose noun is left out: it counts what its sentence counted before it
 * ("10,000 soldiers are in Russia, with around 8,000 deployed in Kursk"; "40,000 shells in May
 * and 60,000 in June"; "four firms from Canada, seven from Peru").
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { isAdverb, singular } from "./noun-phrases.ts";
import { peopleObject } from "./one-thing.ts";

/**
 * A bare number after a word that adds to what was counted: "another 300,000", "with an additional
 * 400,000 arriving", "a further 2,000 in June" (data/quantity-nouns.yaml count_modifiers).
 */
function addsToCounted(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const before = tokens[r.first - 1]?.lower ?? "";
  return before === "another" || (lex.countModifiers.has(before) && lex.words.articles.has(tokens[r.first - 2]?.lower ?? ""));
}

/**
 * A bare number followed by a participle counts what the sentence counted before it: "10,000
 * soldiers are in Russia, with around 8,000 deployed in Kursk" — 8,000 soldiers.
 */
export function elided(r: Reading, tokens: Token[], counted: Reading | undefined, lex: QuantityLexicon): Reading {
  // "killing 12 people and injuring 90 others", "100 troops were killed and 1,000 injured": the
  // others and the injured are of the kind counted before them in the sentence.
  const kindBefore = counted && counted.unit && !lex.words.casualtyWords.has(counted.unit) && counted.unit !== r.unit;
  // A vague number of people ("thousands more were wounded") is of that kind too.
  const people = lex.words.casualtyWords.has(r.unit) || (r.unit === lex.words.casualtyUnit && !r.item && lex.numbers.vague.has(tokens[r.first]?.lower ?? ""));
  if (kindBefore && (r.unit === "others" || (r.category === "personnel" && counted.category === "personnel" && people))) {
    return { ...r, unit: counted.unit, category: kindOf(counted, lex) };
  }
  // "the strike killed the pilot and injured four others": others, no kind counted before, that a verb done to people has befallen.
  if (!kindBefore && r.unit === "others" && peopleObject(tokens, r.first, lex)) return { ...r, unit: lex.words.casualtyUnit, category: "personnel" };
  if (!counted || r.unit || r.category !== "number" || !(goesOnCounting(tokens, r, lex) || (counted.item && gapped(tokens, r, counted, lex)))) return r;
  // "200 more": the adding word is the amount's, as in "another 200".
  const last = tokens[r.last + 1]?.lower === "more" && tokens[r.last + 2]?.lower !== "than" ? r.last + 1 : r.last;
  return { ...r, last, unit: counted.unit, item: counted.item, category: counted.category };
}

/**
 * The category of what was counted before: "one person was killed and 18 others were injured"
 * counts people, though one person alone is no amount (a reference).
 */
function kindOf(counted: Reading, lex: QuantityLexicon): Reading["category"] {
  if (counted.category !== "reference") return counted.category;
  return lex.categories.get(singular(counted.unit, lex.words)) ?? "count";
}

/**
 * Whether a bare number goes on counting what was counted before it: a participle after it,
 * perhaps after "more" and an auxiliary ("8,000 deployed", "13,000 have been deployed",
 * "thousands more wounded"), "were there", or "another" before it ("another 300,000").
 */
function goesOnCounting(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  if (addsToCounted(tokens, r, lex) || listedByOrigin(tokens, r, lex) || objectLeftOut(tokens, r, lex) || objectGap(tokens, r, lex)) return true;
  let k = r.last + 1;
  if (tokens[k]?.lower === "more") k++;
  // "plans to send 200 more", "wants 20 more in May": more of what was counted, its clause ending.
  const after = tokens[k];
  if (k > r.last + 1 && (!after || after.kind === "punct" || (lex.words.stopWords.has(after.lower) && after.lower !== "than" && after.lower !== "of"))) return true;
  // "with 400 more arriving": what the added ones do, in -ing.
  if (k > r.last + 1 && after.pos === "VERB" && /^\p{Ll}{3,}ing$/u.test(after.text)) return true;
  const auxiliaries = k;
  while (lex.words.casualtyAuxiliaries.has(tokens[k]?.lower ?? "") || lex.words.itemCopulas.has(tokens[k]?.lower ?? "")) k++;
  // "with 10 in critical condition", "three are still in hospital"; "11 were injured, three seriously".
  const state = lex.words.casualtyLinks.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  if (lex.words.peopleStates.some((words) => words.every((w, n) => tokens[state + n]?.lower === w))) return true;
  if (k === auxiliaries && lex.words.injuryDegrees.has(tokens[k]?.lower ?? "") && (!tokens[k + 1] || tokens[k + 1].kind === "punct" || tokens[k + 1].lower === "and")) return true;
  // An adverb before the participle: "the 11,000 initially dispatched".
  if (isAdverb(tokens[k]?.lower ?? "", lex) && lex.words.participle.test(tokens[k + 1]?.lower ?? "")) k++;
  const next = tokens[k];
  if (!next) return false;
  if (k > auxiliaries && next.lower === "there") return true;
  return lex.words.participle.test(next.lower);
}

/**
 * A bare number whose noun is left out, said of the amount before it in the sentence: "40,000
 * shells in May and 60,000 in June", "120 drones, up from 80" (data/quantity-words.yaml gap_links).
 */
function gapped(tokens: Token[], r: Reading, counted: Reading, lex: QuantityLexicon): boolean {
  const w = lex.words;
  // A number just before the link, not a year, is what the number goes with: "on June 3 and 4 in Lima".
  const before = tokens[r.first - 2];
  if (counted.last >= r.first || (before?.kind === "num" && !/^(?:19|20)\d\d$/.test(before.text))) return false;
  const compared = w.comparisonLinks.some((words) => words.every((word, n) => tokens[r.first - words.length + n]?.lower === word));
  if (compared || namedOwner(tokens, r, lex)) return true;
  const next = tokens[r.last + 1];
  // "…, and 401 suffering from shock": a verb in -ing says what the left-out things do (a number
  // before "fighting vehicles" counts its plural, so is no bare number here).
  // "12 countries voted for it and one did not": an auxiliary opens the left-out things' own clause.
  const doing = !!next && (/^\p{Ll}{3,}ing$/u.test(next.text) || w.clauseAuxiliaries.has(next.lower));
  return w.gapLinks.has(tokens[r.first - 1]?.lower ?? "") && !!next && next.kind === "word" && (w.gapFollowers.has(next.lower) || doing);
}

/** How many capitalised words a name before a gapped number may have: "South Korea 300". */
const NAME_WORDS = 3;

/**
 * A bare number after a name whose verb is left out, or after a name's possessive, in a clause
 * that ends with it: "Chile sent 300 tanks, Peru 200", "… and Peru 200", "40 jets, compared with
 * Chile's 60", "306 votes to Peru's 232". The name follows a gap link or a comparison link, or
 * a link that compares only before a possessive (data/quantity-words.yaml).
 */
function namedOwner(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  let k = r.first - 1;
  const name = (t: Token | undefined) => !!t && t.kind === "word" && /^\p{Lu}\p{Ll}/u.test(t.text) && !lex.words.stopWords.has(t.lower);
  if (!name(tokens[k])) return false;
  while (k > r.first - NAME_WORDS && name(tokens[k - 1])) k--;
  const link = tokens[k - 1]?.lower ?? "";
  const possessive = /['’]s?$/u.test(tokens[r.first - 1].text);
  const linked = lex.words.gapLinks.has(link) || (possessive && lex.words.ownerComparisonLinks.has(link)) || lex.words.comparisonLinks.some((words) => words.every((word, n) => tokens[k - words.length + n]?.lower === word));
  const next = tokens[r.last + 1];
  return linked && (!next || next.kind === "punct" || next.lower === "and");
}

/** "The 2,500 it had hoped for", "the 300 they promised": the number is the object of the clause after it. */
function objectGap(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  return tokens[r.first - 1]?.lower === "the" && lex.words.gapSubjects.has(tokens[r.last + 1]?.lower ?? "");
}

/**
 * A bare number that ends the object of a verb, its noun left out as said before: "Germany sent
 * 5,000 helmets; Britain promised 10,000", "the army has 120 tanks, the navy has 30".
 */
function objectLeftOut(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const focus = lex.words.focusWords.has(tokens[r.first - 1]?.lower ?? "") ? 1 : 0;
  const particle = lex.words.verbParticles.has(tokens[r.first - 1 - focus]?.lower ?? "") ? 1 : 0;
  const at = r.first - 1 - focus - particle;
  const verb = tokens[at]?.lower ?? "";
  if (lex.words.measureVerbs.has(verb) || (!lex.words.participle.test(verb) && !lex.words.itemPerfects.has(verb) && !progressive(tokens, at, lex))) return false;
  const next = tokens[r.last + 1];
  return !next || next.kind === "punct" || (lex.words.stopWords.has(next.lower) && next.lower !== "of");
}

/**
 * A verb in -ing after a form of "be", no verb of measure: "Chile was producing 500,000 shells a
 * year, Peru was producing only 300,000" leaves the shells out of the second.
 */
function progressive(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || !/^\p{Ll}{3,}ing$/u.test(verb.text) || !lex.words.itemCopulas.has(tokens[k - 1]?.lower ?? "")) return false;
  const stem = verb.lower.slice(0, -3);
  return ![`${stem}ed`, `${stem}d`, `${stem}ied`].some((form) => lex.words.measureVerbs.has(form));
}

/**
 * A number in a list, before a preposition and a name, that leaves its noun to the list's first
 * count: "four firms from Canada, seven from Peru, and three from the Czech Republic".
 */
function listedByOrigin(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const before = tokens[r.first - 1]?.lower;
  if (before !== "," && before !== "and") return false;
  if (!lex.words.listOrigins.has(tokens[r.last + 1]?.lower ?? "")) return false;
  const name = tokens[r.last + 2]?.lower === "the" ? tokens[r.last + 3] : tokens[r.last + 2];
  return !!name && /^\p{Lu}/u.test(name.text) && !lex.words.months.has(name.lower);
}
