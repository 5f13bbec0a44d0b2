/**
 * Numbers as news prose writes them: digits with separators and decimals ("74,000", "1.6"),
 * scale words and abbreviations ("1.6 million", "$1.5bn"), number words ("three",
 * "twenty-five", "a dozen", "half a million"), vague orders of magnitude ("millions of",
 * "hundreds of thousands of") and ranges ("10,000 to 12,000", "between 5 and 6 million").
 *
 * A small hand-written grammar over tokens: number words are a closed class, and what a
 * library would add (tagging, normalising) loses the token offsets the tables need.
 * Every pattern here is linear: no regular expression can backtrack over long input.
 */

import { allMatches } from "./text.ts";

export type Bound = "exact" | "approx" | "at_least" | "at_most";

export interface Token {
  text: string;
  /** Lower case, with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
  /** True when no space stands between this token and the one before. */
  glued: boolean;
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
const TOKEN = new RegExp(
  // A decimal written without its leading zero (".001 per cent") after a space or bracket.
  `(?<=^|[\\s(])\\.\\d+(?![\\d.,]*\\p{L})|${DIGIT}{1,3}(?:${GROUP_SPACE}${DIGIT}{3}(?!${DIGIT}|\\p{L}))+(?:[.,]${DIGIT}+)?|${DIGIT}+(?:(?:[.,]|${ZERO_WIDTH}+)${DIGIT}+)*|\\p{L}+(?:[-'’]\\p{L}+)*|\\S`,
  "gu",
);

/** A token's kind from its first character; every token of every sentence passes here, so ASCII is checked first. */
function kindOf(token: string): Token["kind"] {
  const first = token.charCodeAt(0);
  if ((first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19) || (first === 46 && token.length > 1)) return "num";
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return "word";
  return first < 128 ? "punct" : /\p{L}/u.test(token[0]) ? "word" : "punct";
}

const lowerCase = (token: string) => {
  const lower = token.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
};

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
  if (/^\d*\.\d+$/.test(text)) return Number(text);
  return undefined;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Scale words after a number, spelled out or abbreviated. */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};
/** Abbreviations that are scales only when written onto the number ("1.5bn", "300k"); "mil" may stand apart ("1.6 Mil Shells"). */
const GLUED_ONLY_SCALES = new Set(["k", "m", "b"]);

/**
 * Vague orders of magnitude ("millions of"). The guide's examples fix the values: "dozens of"
 * is at least two dozen (24), "millions of" at least one million; larger scales follow millions.
 */
export const VAGUE: Record<string, number> = {
  dozens: 24, scores: 40, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
/** Vague multipliers before a scale word ("several thousand", "a few hundred"): lower bounds. */
const QUALIFIERS: Record<string, number> = { several: 3, few: 2, "a few": 2, many: 1 };

/** UNITS and TENS in one Map: every token of a sentence is looked up, so the common case must be cheap. */
const SMALL_NUMBERS = new Map<string, number>([...Object.entries(UNITS), ...Object.entries(TENS)]);

/** The value of a single number word ("seven", "twenty-five"), or undefined. */
export function numberWord(word: string): number | undefined {
  // Callers mostly pass a token's lower case: look that up before making another.
  const small = SMALL_NUMBERS.get(word);
  if (small !== undefined) return small;
  if (/[A-Z]/.test(word)) return numberWord(word.toLowerCase());
  if (!word.includes("-")) return undefined;
  // "one-point-six", as broadcasters' scripts spell out a decimal.
  const point = /^([a-z]+)-point-([a-z]+)$/.exec(word);
  if (point) {
    const [whole, tenth] = [numberWord(point[1]), UNITS[point[2]]];
    return whole !== undefined && tenth !== undefined && tenth < 10 ? whole + tenth / 10 : undefined;
  }
  const parts = word.split("-");
  if (parts.length === 2 && Object.hasOwn(TENS, parts[0]) && Object.hasOwn(UNITS, parts[1]) && UNITS[parts[1]] > 0 && UNITS[parts[1]] < 10) return TENS[parts[0]] + UNITS[parts[1]];
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

/** Multiplies without binary noise: 1.6 × 1e6 is 1600000, not 1600000.0000000002. */
function times(a: number, b: number): number {
  return Number((a * b).toPrecision(12));
}

const isScale = (t: Token | undefined) => !!t && Object.hasOwn(SCALES, t.lower) && (t.glued ? true : !GLUED_ONLY_SCALES.has(t.lower));

interface Simple {
  value: number;
  last: number;
  scaled: boolean;
  digits: boolean;
  /** The value before the scale word ("2" in "2 million"), to spread a range's scale. */
  base: number;
  scale: number;
}

/** One number without range: digits or words, with scale words. */
function parseSimple(tokens: Token[], i: number): Simple | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // "half a million", "a half million"
  if (t.lower === "half" || ((t.lower === "a" || t.lower === "one") && tokens[i + 1]?.lower === "half")) {
    let j = t.lower === "half" ? i + 1 : i + 2;
    if (tokens[j]?.lower === "a" || tokens[j]?.lower === "an") j++;
    const scale = tokens[j];
    if (scale && Object.hasOwn(SCALES, scale.lower) && !GLUED_ONLY_SCALES.has(scale.lower)) {
      return { value: SCALES[scale.lower] / 2, last: j, scaled: true, digits: false, base: 0.5, scale: SCALES[scale.lower] };
    }
    return undefined;
  }
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  let digits = false;
  let scaled = false;
  let lastScale = 1;
  if (t.kind === "num") {
    const v = parseDigits(t.text);
    if (v === undefined) return undefined;
    current = v;
    read = true;
    digits = true;
    j = i + 1;
  } else if ((t.lower === "a" || t.lower === "an") && (tokens[i + 1]?.lower === "dozen" || (tokens[i + 1] && !GLUED_ONLY_SCALES.has(tokens[i + 1].lower) && Object.hasOwn(SCALES, tokens[i + 1].lower)))) {
    // "a dozen", "a million": the article stands for one, but only before a scale word.
    current = 1;
    j = i + 1;
  }
  const base = current;
  for (; j < tokens.length; j++) {
    const w = tokens[j];
    const small = w.kind === "word" ? numberWord(w.lower) : undefined;
    // "twenty five", "two hundred fifty", "two thousand five"; "three two" is two numbers.
    if (small !== undefined && !digits && (current % 100 === 0 || (current % 100 >= 20 && current % 10 === 0 && small < 10))) {
      current += small;
      read = true;
      continue;
    }
    // "one and a half million": a half added before the scale word.
    if (w.lower === "and" && read && !digits && current > 0 && tokens[j + 1]?.lower === "a" && tokens[j + 2]?.lower === "half" && isScale(tokens[j + 3])) {
      current += 0.5;
      j += 2;
      continue;
    }
    // "two dozen"; "two dozens settlements" as some write it (but "dozens of" is vague).
    if ((w.lower === "dozen" || (w.lower === "dozens" && read && tokens[j + 1]?.lower !== "of")) && (read || j > i)) {
      current = times(current || 1, 12);
      read = true;
      continue;
    }
    if (isScale(w) && (read || j > i)) {
      const s = SCALES[w.lower];
      if (s === 100) current = times(current || 1, 100);
      else {
        total += times(current || 1, s);
        current = 0;
      }
      read = true;
      scaled = true;
      lastScale = s;
      continue;
    }
    // "74-thousand tons", as some wires write a scale onto its number.
    if (w.text === "-" && w.glued && digits && read && !scaled && tokens[j + 1]?.glued && isScale(tokens[j + 1]) && !GLUED_ONLY_SCALES.has(tokens[j + 1].lower)) continue;
    // "two hundred and fifty"
    if (w.lower === "and" && !digits && read && (current >= 100 || total > 0) && numberWord(tokens[j + 1]?.lower ?? "") !== undefined) continue;
    break;
  }
  if (!read) return undefined;
  const value = total + current;
  return { value, last: j - 1, scaled, digits, base: digits ? base : value / lastScale, scale: lastScale };
}

/** "dozens of", "hundreds of thousands of", "tens of millions of": the tokens up to the last vague word. */
function parseVague(tokens: Token[], i: number): { value: number; last: number } | undefined {
  let value = 1;
  let j = i;
  let read = false;
  while (tokens[j] && tokens[j].lower in VAGUE && tokens[j + 1]?.lower === "of") {
    value = times(value, VAGUE[tokens[j].lower]);
    read = true;
    if (!(tokens[j + 2] && tokens[j + 2].lower in VAGUE && tokens[j + 3]?.lower === "of")) return { value, last: j };
    j += 2;
  }
  return read ? { value, last: j } : undefined;
}

const RANGE_WORDS = new Set(["-", "–", "—", "to", "or"]);

/**
 * Reads a number starting at token `i`: a range ("between 5,000 and 6,000", "10,000 to 12,000",
 * "10-12"), a vague magnitude ("millions of"), a qualified scale ("several thousand") or a
 * single number. Hedges before it are not read here.
 */
export function parseNumberAt(tokens: Token[], i: number): ParsedNumber | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.lower === "between") {
    const a = parseSimple(tokens, i + 1);
    if (!a || tokens[a.last + 1]?.lower !== "and") return undefined;
    const b = parseSimple(tokens, a.last + 2);
    if (!b) return undefined;
    const low = spreadScale(a, b);
    if (!(b.value > low)) return undefined;
    return { value: low, valueMax: b.value, bound: "exact", first: i, last: b.last, vague: false, scaled: a.scaled || b.scaled, digits: a.digits };
  }
  const vague = parseVague(tokens, i);
  if (vague) return { value: vague.value, bound: "at_least", first: i, last: vague.last, vague: true, scaled: true, digits: false };
  const two = `${t.lower} ${tokens[i + 1]?.lower ?? ""}`;
  const qualifier = Object.hasOwn(QUALIFIERS, two) ? two : Object.hasOwn(QUALIFIERS, t.lower) ? t.lower : undefined;
  if (qualifier) {
    const at = i + qualifier.split(" ").length;
    const w = tokens[at];
    if (w && (w.lower === "dozen" || (Object.hasOwn(SCALES, w.lower) && !GLUED_ONLY_SCALES.has(w.lower)))) {
      let value = times(QUALIFIERS[qualifier], w.lower === "dozen" ? 12 : SCALES[w.lower]);
      let last = at;
      // "several hundred thousand"
      while (tokens[last + 1] && Object.hasOwn(SCALES, tokens[last + 1].lower) && !GLUED_ONLY_SCALES.has(tokens[last + 1].lower)) value = times(value, SCALES[tokens[++last].lower]);
      return { value, bound: "at_least", first: i, last, vague: false, scaled: true, digits: false };
    }
    return undefined;
  }
  const a = parseSimple(tokens, i);
  if (!a) return undefined;
  const connector = tokens[a.last + 1];
  if (connector && RANGE_WORDS.has(connector.lower)) {
    const b = parseSimple(tokens, a.last + 2);
    // "or" joins small numbers only ("two or three ships"); "-" must be written tight or spaced on both sides.
    const okConnector = connector.lower !== "or" || (b && !a.digits && !b.digits);
    if (b && okConnector && b.digits === a.digits) {
      const low = spreadScale(a, b);
      if (b.value > low) return { value: low, valueMax: b.value, bound: "exact", first: i, last: b.last, vague: false, scaled: a.scaled || b.scaled, digits: a.digits };
    }
  }
  return { value: a.value, bound: "exact", first: i, last: a.last, vague: false, scaled: a.scaled, digits: a.digits };
}

/** In "1 to 2 million" the scale of the upper end also applies to the lower one. */
function spreadScale(a: Simple, b: Simple): number {
  if (!a.scaled && b.scaled && a.value < b.base) return times(a.value, b.scale);
  return a.value;
}

/** Reads a whole phrase as a number ("half a million", "74,000", "dozens of") or undefined. */
export function parseNumber(text: string): ParsedNumber | undefined {
  const tokens = tokenize(text);
  const parsed = parseNumberAt(tokens, 0);
  if (!parsed) return undefined;
  const rest = tokens.length - 1 - parsed.last;
  // A vague magnitude ends in "of".
  return rest === 0 || (parsed.vague && rest === 1) ? parsed : undefined;
}
