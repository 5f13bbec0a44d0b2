/**
 * Numbers as news prose writes them: digits with separators and decimals ("74,000", "1.6"),
 * scale words and abbreviations ("1.6 million", "$1.5bn"), number words ("three",
 * "twenty-five", "a dozen", "half a million"), vague orders of magnitude ("millions of",
 * "hundreds of thousands of") and ranges ("10,000 to 12,000", "between 5 and 6 million").
 *
 * A small hand-written grammar over tokens; the words (units, tens, scales, vague magnitudes,
 * qualifiers, range words) are data/number-words.yaml. What a library would add (tagging,
 * normalising) loses the token offsets the tables need.
 * Every pattern here is linear: no regular expression can backtrack over long input.
 */

import type { PartOfSpeech } from "./analysis/index.ts";
import { fractionWord, isSpacedScale, opensFraction, parseFraction, type Simple, times } from "./number-fractions.ts";
import { sharedNumberWords, type NumberWords } from "./number-words.ts";
import { BOUNDS } from "./schema.ts";
import { allMatches, straightApostrophes } from "./text.ts";

export type { NumberWords } from "./number-words.ts";
export { fractionWord } from "./number-fractions.ts";

export type Bound = (typeof BOUNDS)[number];

export interface Token {
  text: string;
  /** Lower case, with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
  /** True when no space stands between this token and the one before. */
  glued: boolean;
  /** The part of speech the analysis layer gave the word that starts here, where a reader joined it (withPartsOfSpeech). */
  pos?: PartOfSpeech;
  /** The analysis layer's dictionary form of that word ("say" for "says"), set with `pos`. */
  lemma?: string;
  /** True where a gazetteer actor's name (a state, a city, a person) covers the word (withActors). */
  actor?: boolean;
}

/**
 * Digits with inner separators, words with inner hyphens or apostrophes, or one other character.
 * Digits may be fullwidth ("１５００"); thousands may be grouped by a space, a no-break, thin,
 * narrow or figure space ("2 500", "1\u00a0000"), and zero-width characters may stand inside a
 * number ("1\u200b000"): news text and scraped pages write all of these.
 */
const DIGIT = "[0-9\\uFF10-\\uFF19]";
const GROUP_SPACE = "[ \\u00A0\\u2007\\u2009\\u202F]";
const ZERO_WIDTH = "[\\u200B\\u200C\\u200D\\u2060\\uFEFF]";
/** The group spaces and zero-width characters a number may hold, which its value ignores. */
const NOT_A_DIGIT = new RegExp(`${GROUP_SPACE}|${ZERO_WIDTH}`, "g");
/**
 * A comma with a space after it inside a number, as some pages print thousands ("15, 000"):
 * read only before a group that opens with 0, which no number of a list does ("March 15, 200"
 * is a date and a count).
 */
const SPACED_COMMA_GROUP = `,${GROUP_SPACE}0${DIGIT}{2}(?!${DIGIT}|\\p{L})`;
const TOKEN = new RegExp(
  // A decimal written without its leading zero (".001 per cent") after a space or bracket.
  `(?<=^|[\\s(])\\.\\d+(?![\\d.,]*\\p{L})|${DIGIT}{1,3}(?:${GROUP_SPACE}${DIGIT}{3}(?!${DIGIT}|\\p{L}))+(?:[.,]${DIGIT}+)?|${DIGIT}{1,3}(?:${SPACED_COMMA_GROUP})+|${DIGIT}+(?:(?:[.,]|${ZERO_WIDTH}+)${DIGIT}+)*|\\p{L}+(?:[-'’]\\p{L}+)*|\\S`,
  "gu",
);

/** A token's kind from its first character; every token of every sentence passes here, so ASCII is checked first. */
function kindOf(token: string): Token["kind"] {
  const first = token.charCodeAt(0);
  if ((first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19) || (first === 46 && token.length > 1)) return "num";
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return "word";
  return first < 128 ? "punct" : /\p{L}/u.test(token[0]) ? "word" : "punct";
}

const lowerCase = (token: string) => straightApostrophes(token.toLowerCase());

/** Splits text into tokens; `offset` is added to positions so they index the article. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of allMatches(TOKEN, text)) {
    const start = m.index!;
    const word = m[0];
    tokens.push({
      text: word,
      lower: lowerCase(word),
      start: start + offset,
      end: start + m[0].length + offset,
      kind: kindOf(word),
      glued: start === previousEnd,
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** ASCII digits without group spaces or zero-width characters: "１ ５００" → "1500". */
function plainDigits(text: string): string {
  if (/^[\d.,]+$/.test(text)) return text;
  return text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).replace(NOT_A_DIGIT, "");
}

/** Reads digits: "74,000", "1,600,000", "1.6", "2024". Malformed grouping ("1,2,3") is no number. */
export function parseDigits(written: string): number | undefined {
  const text = plainDigits(written);
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  // Indian grouping, lakhs and crores in pairs: "1,00,000", "32,50,000".
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(text)) return Number(text.replace(/,/g, ""));
  if (/^\d*\.\d+$/.test(text)) return Number(text);
  return undefined;
}

/**
 * Digits written the continental way, read by what stands after them: thousands grouped by full
 * stops ("15.000 troops", "1.200.000 shells"; a single group only of zeros, as "1.500" may be a
 * decimal), and a decimal comma before a scale word ("1,5 million").
 */
function continentalDigits(written: string, next: Token | undefined, words: NumberWords): number | undefined {
  const scaled = isSpacedScale(next, words);
  if (!scaled && /^\d{1,3}(?:\.\d{3}){2,}$|^\d{1,3}\.000$/.test(written)) return Number(written.replace(/\./g, ""));
  if (scaled && /^\d{1,3},\d{1,2}$/.test(written)) return Number(written.replace(",", "."));
  return undefined;
}

/** The value of a single number word ("seven", "twenty-five"), or undefined. */
export function numberWord(word: string, words: NumberWords = sharedNumberWords()): number | undefined {
  // Callers mostly pass a token's lower case: look that up before making another.
  const small = words.small.get(word);
  if (small !== undefined) return small;
  if (/[A-Z]/.test(word)) return numberWord(word.toLowerCase(), words);
  if (!word.includes("-")) return undefined;
  // "one-point-six", as broadcasters' scripts spell out a decimal.
  const point = /^([a-z]+)-point-([a-z]+)$/.exec(word);
  if (point) {
    const [whole, tenth] = [numberWord(point[1], words), words.units.get(point[2])];
    return whole !== undefined && tenth !== undefined && tenth < 10 ? whole + tenth / 10 : undefined;
  }
  const parts = word.split("-");
  // "two-hundred", "five-thousand": a scale word written onto its number.
  const scale = parts.length === 2 ? words.scales.get(parts[1]) : undefined;
  const count = scale !== undefined && !words.gluedOnlyScales.has(parts[1]) ? words.small.get(parts[0]) : undefined;
  if (count !== undefined && scale! >= 100) return times(count, scale!);
  const [ten, unit] = [words.tens.get(parts[0]), words.units.get(parts[1])];
  if (parts.length === 2 && ten !== undefined && unit !== undefined && unit > 0 && unit < 10) return ten + unit;
  return undefined;
}

export interface ParsedNumber {
  value: number;
  /** Upper end of a range, else undefined. */
  valueMax?: number;
  /** `at_least` for vague magnitudes and qualifiers, else `exact` (hedges are read by the caller). */
  bound: Bound;
  /** Token indices of the number, inclusive. */
  first: number;
  last: number;
  /** A vague magnitude ("millions of"): must be followed by "of". */
  vague: boolean;
  /** Whether a scale word or abbreviation was read ("1.6 million"). */
  scaled: boolean;
  /** Whether the number is written in digits (as opposed to words). */
  digits: boolean;
}

const isScale = (t: Token | undefined, words: NumberWords) => !!t && words.scales.has(t.lower) && (t.glued ? true : !words.gluedOnlyScales.has(t.lower));

/** A number being read word by word: what is summed so far and what was seen. */
interface Tally {
  total: number;
  current: number;
  read: boolean;
  digits: boolean;
  scaled: boolean;
  lastScale: number;
}

/** One number without range: digits or words, with scale words. */
function parseSimple(tokens: Token[], i: number, words: NumberWords): Simple | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === "word" && opensFraction(tokens, i, words)) {
    const fraction = parseFraction(tokens, i, words);
    // "half the shells", "a third of them" are parts, not numbers; "three quarters" may still be "three".
    if (fraction || fractionWord(t.lower, words) || t.lower === "a" || t.lower === "an") return fraction;
  }
  const tally: Tally = { total: 0, current: 0, read: false, digits: false, scaled: false, lastScale: 1 };
  let j = i;
  if (t.kind === "num") {
    const v = continentalDigits(t.text, tokens[i + 1], words) ?? parseDigits(t.text);
    if (v === undefined) return undefined;
    Object.assign(tally, { current: v, read: true, digits: true });
    j = i + 1;
  } else if ((t.lower === "a" || t.lower === "an") && (tokens[i + 1]?.lower === "dozen" || isSpacedScale(tokens[i + 1], words))) {
    // "a dozen", "a million": the article stands for one, but only before a scale word.
    tally.current = 1;
    j = i + 1;
  }
  const base = tally.current;
  j = readNumberWords(tokens, i, j, tally, words);
  if (!tally.read) return undefined;
  const value = tally.total + tally.current;
  return { value, last: j - 1, scaled: tally.scaled, digits: tally.digits, base: tally.digits ? base : value / tally.lastScale, scale: tally.lastScale };
}

/** Reads number words, "dozen" and scale words from token `j` (the number began at `i`) into `tally`; the first token not read. */
function readNumberWords(tokens: Token[], i: number, j: number, tally: Tally, words: NumberWords): number {
  for (; j < tokens.length; j++) {
    const w = tokens[j];
    const small = w.kind === "word" ? numberWord(w.lower, words) : undefined;
    // "twenty five", "two hundred fifty", "two thousand five"; "three two" is two numbers.
    if (small !== undefined && !tally.digits && (tally.current % 100 === 0 || (tally.current % 100 >= 20 && tally.current % 10 === 0 && small < 10))) {
      tally.current += small;
      tally.read = true;
      continue;
    }
    // "one and a half million": a half added before the scale word.
    if (w.lower === "and" && tally.read && !tally.digits && tally.current > 0 && tokens[j + 1]?.lower === "a" && tokens[j + 2]?.lower === "half" && isScale(tokens[j + 3], words)) {
      tally.current += 0.5;
      j += 2;
      continue;
    }
    // "two dozen"; "two dozens settlements" as some write it (but "dozens of" is vague).
    if ((w.lower === "dozen" || (w.lower === "dozens" && tally.read && tokens[j + 1]?.lower !== "of")) && (tally.read || j > i)) {
      tally.current = times(tally.current || 1, 12);
      tally.read = true;
      continue;
    }
    if (isScale(w, words) && (tally.read || j > i)) {
      const s = words.scales.get(w.lower)!;
      if (s === 100) tally.current = times(tally.current || 1, 100);
      // A larger scale right after a smaller one multiplies it: "1.2 lakh crore", "a thousand million".
      else if (tally.current === 0 && tally.scaled && s > tally.lastScale && isScale(tokens[j - 1], words)) tally.total = times(tally.total, s);
      else {
        tally.total += times(tally.current || 1, s);
        tally.current = 0;
      }
      Object.assign(tally, { read: true, scaled: true, lastScale: s });
      continue;
    }
    // "74-thousand tons", as some wires write a scale onto its number.
    if (w.text === "-" && w.glued && tally.digits && tally.read && !tally.scaled && tokens[j + 1]?.glued && isSpacedScale(tokens[j + 1], words)) continue;
    // "two hundred and fifty"
    if (w.lower === "and" && !tally.digits && tally.read && (tally.current >= 100 || tally.total > 0) && numberWord(tokens[j + 1]?.lower ?? "", words) !== undefined) continue;
    break;
  }
  return j;
}

/**
 * "dozens of", "hundreds of thousands of", "tens of millions of": the tokens up to the last vague
 * word; or a vague word whose noun was said before ("thousands more").
 */
function parseVague(tokens: Token[], i: number, words: NumberWords): { value: number; last: number } | undefined {
  let value = 1;
  let j = i;
  let read = false;
  while (tokens[j] && words.vague.has(tokens[j].lower) && tokens[j + 1]?.lower === "of") {
    value = times(value, words.vague.get(tokens[j].lower)!);
    read = true;
    // "in the hundreds of thousands", "tens of thousands fled": the last magnitude stands alone.
    if (tokens[j + 2] && words.vague.has(tokens[j + 2].lower) && tokens[j + 3]?.lower !== "of") return { value: times(value, words.vague.get(tokens[j + 2].lower)!), last: j + 2 };
    if (!(tokens[j + 2] && words.vague.has(tokens[j + 2].lower) && tokens[j + 3]?.lower === "of")) return { value, last: j };
    j += 2;
  }
  if (read) return { value, last: j };
  // "thousands more wounded", "dozens others": the noun is the one counted before (the quantity reader's).
  const t = tokens[i];
  // "ran into the thousands": a lone magnitude as a level.
  const level = i >= 2 && tokens[i - 1].lower === "the" && words.vagueLevels.has(tokens[i - 2].lower);
  // "hundreds or thousands of dollars": the first of two magnitudes offered as alternatives.
  const alternative = words.vagueAlternatives.has(tokens[i + 1]?.lower ?? "") && words.vague.has(tokens[i + 2]?.lower ?? "");
  return t && words.vague.has(t.lower) && (words.vagueElided.has(tokens[i + 1]?.lower ?? "") || level || alternative) ? { value: words.vague.get(t.lower)!, last: i } : undefined;
}

/**
 * Reads a number starting at token `i`: a range ("between 5,000 and 6,000", "10,000 to 12,000",
 * "10-12"), a vague magnitude ("millions of"), a qualified scale ("several thousand") or a
 * single number. Hedges before it are not read here.
 */
export function parseNumberAt(tokens: Token[], i: number, words: NumberWords = sharedNumberWords()): ParsedNumber | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.lower === "between") {
    const a = parseSimple(tokens, i + 1, words);
    if (!a || tokens[a.last + 1]?.lower !== "and") return undefined;
    const b = parseSimple(tokens, a.last + 2, words);
    if (!b) return undefined;
    const low = spreadScale(a, b);
    if (!(b.value > low)) return undefined;
    return { value: low, valueMax: b.value, bound: "exact", first: i, last: b.last, vague: false, scaled: a.scaled || b.scaled, digits: a.digits };
  }
  const small = parseSmallCount(tokens, i, words);
  if (small) return small;
  const vague = parseVague(tokens, i, words);
  if (vague) return { value: vague.value, bound: "at_least", first: i, last: vague.last, vague: true, scaled: true, digits: false };
  const two = `${t.lower} ${tokens[i + 1]?.lower ?? ""}`;
  const qualifier = words.qualifiers.has(two) ? two : words.qualifiers.has(t.lower) ? t.lower : undefined;
  if (qualifier) {
    const at = i + qualifier.split(" ").length;
    const w = tokens[at];
    if (w && (w.lower === "dozen" || isSpacedScale(w, words))) {
      // "several dozen" is at least "dozens of" (data/number-words.yaml vague), "several hundred" at least a hundred.
      let value = times(words.qualifiers.get(qualifier)!, w.lower === "dozen" ? (words.vague.get("dozens") ?? 12) : words.scales.get(w.lower)!);
      let last = at;
      // "several hundred thousand"
      while (isSpacedScale(tokens[last + 1], words)) value = times(value, words.scales.get(tokens[++last].lower)!);
      return { value, bound: "at_least", first: i, last, vague: false, scaled: true, digits: false };
    }
    return undefined;
  }
  const a = parseSimple(tokens, i, words);
  if (!a) return undefined;
  const connector = tokens[a.last + 1];
  if (connector && words.rangeWords.has(connector.lower)) {
    const b = parseSimple(tokens, a.last + 2, words);
    // "or" joins small numbers only ("two or three ships"); "-" must be written tight or spaced on both sides.
    const okConnector = connector.lower !== "or" || (b && !a.digits && !b.digits);
    if (b && okConnector && b.digits === a.digits) {
      const low = spreadScale(a, b);
      if (b.value > low) return { value: low, valueMax: b.value, bound: "exact", first: i, last: b.last, vague: false, scaled: a.scaled || b.scaled, digits: a.digits };
    }
  }
  return { value: a.value, bound: "exact", first: i, last: a.last, vague: false, scaled: a.scaled, digits: a.digits };
}

/**
 * "a couple of soldiers", "a handful of journalists" (data/number-words.yaml `small_counts`): read
 * as a vague magnitude, followed by "of"; before a scale word a number ("a couple of hundred",
 * and with no "of": "a couple dozen", "a couple hundred").
 */
function parseSmallCount(tokens: Token[], i: number, words: NumberWords): ParsedNumber | undefined {
  const count = tokens[i + 1] && words.smallCounts.get(tokens[i + 1].lower);
  const link = tokens[i + 2]?.lower === "of" ? i + 2 : multiplier(tokens[i + 2], words) ? i + 1 : -1;
  if (!count || (tokens[i].lower !== "a" && tokens[i].lower !== "an") || link < 0) return undefined;
  let [value, last] = [count.value, i + 1];
  // "a couple of hundred thousand"
  if (multiplier(tokens[link + 1], words)) for (last = link; multiplier(tokens[last + 1], words); last++) value = times(value, multiplier(tokens[last + 1], words)!);
  const scaled = last > i + 1;
  return { value, bound: count.bound, first: i, last, vague: !scaled, scaled, digits: false };
}

/** What a scale word or "dozen" multiplies by, standing apart from its number; else undefined. */
function multiplier(t: Token | undefined, words: NumberWords): number | undefined {
  if (t?.lower === "dozen" && !t.glued) return 12;
  return isSpacedScale(t, words) ? words.scales.get(t!.lower) : undefined;
}

/** In "1 to 2 million" the scale of the upper end also applies to the lower one. */
function spreadScale(a: Simple, b: Simple): number {
  if (!a.scaled && b.scaled && a.value < b.base) return times(a.value, b.scale);
  return a.value;
}

/** Reads a whole phrase as a number ("half a million", "74,000", "dozens of") or undefined. */
export function parseNumber(text: string, words: NumberWords = sharedNumberWords()): ParsedNumber | undefined {
  const tokens = tokenize(text);
  const parsed = parseNumberAt(tokens, 0, words);
  if (!parsed) return undefined;
  const rest = tokens.length - 1 - parsed.last;
  // A vague magnitude ends in "of".
  return rest === 0 || (parsed.vague && rest === 1) ? parsed : undefined;
}
