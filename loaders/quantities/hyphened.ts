/**
 * Amounts written into a hyphened word, which the tokeniser keeps whole: a unit after its
 * number ("a 1.8 billion-mile journey", "a 52,000 barrel-a-day refinery", "43.4 percent-owned"),
 * a number word opening an adjective ("a five-year plan", "six-cylinder engines") and a number
 * whose hyphen waits for a later word ("four-, five- and six-cylinder engines").
 */
import { numberWord, tokenize, type Token } from "../numbers.ts";
import { gluedSizeWord } from "./glued-units.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { percentAt } from "./measures.ts";
import { singular } from "./noun-phrases.ts";
import type { Category } from "./row.ts";

export interface HyphenedUnit {
  unit: string;
  category: Category;
  /** A scale written onto the unit multiplies the number ("billion-mile"). */
  scale: number;
  /** The time of a rate written into the word ("barrel-a-day" → "day"). */
  per?: string;
}

/** Letters joined by hyphens ("billion-mile"); the hyphen is looked for first, as most words of every sentence come here and hold none. */
const isHyphened = (t: Token | undefined): t is Token => !!t && t.kind === "word" && t.text.includes("-") && /^[\p{L}]+(?:-[\p{L}]+)+$/u.test(t.text);

/**
 * The unit of a hyphened word after a number: a scale then a measure, a percent sign, or a
 * measure with a rate ("barrel-a-day", "barrel-per-year"). Undefined for other hyphened words.
 */
export function hyphenedUnitWord(tokens: Token[], k: number, lex: QuantityLexicon): HyphenedUnit | undefined {
  const t = tokens[k];
  // A unit written with its own hyphen ("foot-pounds", "lb-ft") is the measures' to read.
  if (!isHyphened(t) || lex.measures.match(tokens, k)) return undefined;
  // "37m-long": the letter is the unit, not a million.
  const sized = gluedSizeWord(t, lex);
  if (sized) return { unit: sized.unit, category: sized.category, scale: 1 };
  let parts = t.lower.split("-");
  const scale = lex.numbers.scales.get(parts[0]);
  if (scale !== undefined) parts = parts.slice(1);
  const words = tokenize(parts.join(" "));
  if (percentAt(words, 0, lex)) return { unit: "percent", category: "share", scale: scale ?? 1 };
  // "a 1.2 trillion-won deal", "a 500-crore-rupee order": a currency word in the hyphened word.
  const money = lex.currencyWords.match(words, 0);
  if (money && money.length === words.length) return { unit: money.value, category: "money", scale: scale ?? 1 };
  const measure = lex.measures.match(words, 0);
  if (!measure) return undefined;
  const rest = parts.slice(measure.length);
  const per = rest.length === 2 && lex.words.rateWords.has(rest[0]) && lex.timeUnits.has(rest[1]) ? rest[1] : undefined;
  return { unit: measure.value.unit, category: measure.value.category, scale: scale ?? 1, per };
}

/**
 * A number word opening a hyphened adjective: "five-year" is five years, "six-cylinder" six
 * cylinders. The thing it counts describes another noun, so the amount is a measure (or a
 * duration), never one of the table's material amounts. A fraction ("two-thirds"), a compound
 * number ("twenty-five"), a duration ("a five-year plan") and "one-" idioms ("one-off",
 * "one-time") are not read.
 */
export function numberAdjective(t: Token | undefined, lex: QuantityLexicon): { value: number; unit: string; category: Category } | undefined {
  if (!isHyphened(t) || numberWord(t.lower, lex.numbers) !== undefined) return undefined;
  const [first, ...rest] = t.lower.split("-");
  const value = numberWord(first, lex.numbers);
  if (value === undefined || value < 2 || rest.length > 2 || (rest.length === 2 && rest[1] !== "old")) return undefined;
  const noun = rest[0];
  if (noun.length < 3 || numberWord(noun, lex.numbers) !== undefined || lex.words.ordinalSuffixes.has(noun.slice(-2)) || lex.numbers.fractions.has(noun) || /(?:th|ths|rds|half)$/.test(noun)) return undefined;
  // A spelled-out duration ("a five-year plan") describes the plan; NewsQuant leaves it out too.
  if (rest.length === 1 && lex.timeUnits.has(noun)) return undefined;
  const unit = rest.length === 2 ? `${noun}-old` : noun;
  return { value, unit, category: lex.timeUnits.has(noun) ? "time" : "measure" };
}

/**
 * The noun a hyphen waits for: "four-, five- and six-cylinder" gives "cylinder" to "four" and
 * "five"; `k` is the hyphen after the number. Undefined when no such hyphen stands there.
 */
export function suspendedHyphen(tokens: Token[], k: number, lex: QuantityLexicon): { unit: string; category: Category } | undefined {
  const dash = tokens[k];
  const next = tokens[k + 1];
  if (!dash?.glued || (dash.text !== "-" && dash.text !== "–") || !next || !(next.text === "," || next.lower === "and" || next.lower === "or")) return undefined;
  for (let j = k + 1; j <= k + 6 && tokens[j]; j++) {
    const adjective = numberAdjective(tokens[j], lex);
    if (adjective) return { unit: adjective.unit, category: adjective.category };
    if (!(tokens[j].text === "," || tokens[j].text === "-" || tokens[j].lower === "and" || tokens[j].lower === "or" || numberWord(tokens[j].lower, lex.numbers) !== undefined || tokens[j].kind === "num")) return undefined;
  }
  return undefined;
}

/** A digit number's hyphened noun ("a 6-cylinder engine", "a 50-member team"): `k` is the hyphen. */
export function hyphenedNoun(tokens: Token[], k: number, lex: QuantityLexicon): { last: number; unit: string; category: Category } | undefined {
  const dash = tokens[k];
  const word = tokens[k + 1];
  if (!dash?.glued || (dash.text !== "-" && dash.text !== "–") || !word?.glued || word.kind !== "word" || (tokens[k + 2]?.glued && tokens[k + 2].text === "-")) return undefined;
  if (!/^\p{Ll}{3,}$/u.test(word.text) || lex.calibres.has(word.lower) || lex.words.stopWords.has(word.lower)) return undefined;
  return { last: k + 1, unit: singular(word.lower, lex.words), category: "measure" };
}

/**
 * A rate hyphened onto a sum: "$15-an-hour", "$40,000-a-year", "$300-per-month" (`k` is the hyphen).
 * The sum is the amount, paid per the time the word names.
 */
export function hyphenedRate(tokens: Token[], k: number, lex: QuantityLexicon): { last: number; per: string } | undefined {
  const dash = tokens[k];
  const word = tokens[k + 1];
  if (!dash?.glued || (dash.text !== "-" && dash.text !== "–") || !word?.glued || !isHyphened(word)) return undefined;
  const parts = word.lower.split("-");
  if (parts.length !== 2 || !lex.words.rateWords.has(parts[0]) || !lex.timeUnits.has(parts[1])) return undefined;
  return { last: k + 1, per: parts[1] };
}

/** The body a strength counts: its members, unit and category (data/quantity-words.yaml `collectives`). */
export interface Strength {
  /** The body's token, the amount's last. */
  last: number;
  unit: string;
  category: Category;
  scale: number;
}

/**
 * A strength written onto a number: "a 1,000-strong force" counts 1,000 troops, "a 1.2
 * million-strong army" 1.2 million, "a 40-member delegation" 40 people; `k` is after the number
 * (the hyphen, or a scale's hyphened word). The body stands within three words after it ("a
 * 5,000-strong Russian force"); a body the dictionary does not know leaves it undefined.
 */
export function strengthOf(tokens: Token[], k: number, lex: QuantityLexicon): Strength | undefined {
  const t = tokens[k];
  let scale = 1;
  let end: number;
  if (t?.glued && (t.text === "-" || t.text === "–") && tokens[k + 1]?.glued && lex.words.strengthWords.has(tokens[k + 1].lower)) end = k + 1;
  else if (isHyphened(t) && t.lower.split("-").length === 2 && lex.numbers.scales.has(t.lower.split("-")[0]) && lex.words.strengthWords.has(t.lower.split("-")[1])) {
    scale = lex.numbers.scales.get(t.lower.split("-")[0])!;
    end = k;
  } else return undefined;
  const body = bodyAfter(tokens, end + 1, lex);
  return body && { ...body, scale };
}

/** The body named within three words from `k`: "force" in "a 5,000-strong Russian force". */
export function bodyAfter(tokens: Token[], k: number, lex: QuantityLexicon): Omit<Strength, "scale"> | undefined {
  for (let j = k; j < k + 3 && tokens[j]?.kind === "word" && !lex.words.stopWords.has(tokens[j].lower); j++) {
    const member = lex.words.collectives.get(tokens[j].lower);
    if (member) return { last: j, unit: member.unit, category: member.category };
  }
  return undefined;
}
