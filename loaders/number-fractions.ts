/**
 * Parts of numbers: fraction words ("half", "three-quarters") and the parts of a scale or a dozen
 * they make ("half a million", "a quarter of a billion", "a half-dozen"), read over the tokens of
 * loaders/numbers.ts. The words are data/number-words.yaml (`fractions`, `units`, `scales`).
 */

import type { NumberWords } from "./number-words.ts";
import type { Token } from "./numbers.ts";

/** Multiplies without binary noise: 1.6 × 1e6 is 1600000, not 1600000.0000000002. */
export function times(a: number, b: number): number {
  return Number((a * b).toPrecision(12));
}

/** A scale word written apart from its number ("million", "bn"; not "k"). */
export const isSpacedScale = (t: Token | undefined, words: NumberWords) => !!t && words.scales.has(t.lower) && !words.gluedOnlyScales.has(t.lower);

export interface Simple {
  value: number;
  last: number;
  scaled: boolean;
  digits: boolean;
  /** The value before the scale word ("2" in "2 million"), to spread a range's scale. */
  base: number;
  scale: number;
}

/** The value of a fraction word ("half", "quarters") or of one with its number ("three-quarters", "two-thirds"). */
export function fractionWord(word: string, words: NumberWords): { numerator?: number; part: number } | undefined {
  const part = words.fractions.get(word);
  if (part !== undefined) return { part };
  const dash = word.indexOf("-");
  const whole = dash > 0 ? words.units.get(word.slice(0, dash)) : undefined;
  const of = dash > 0 ? words.fractions.get(word.slice(dash + 1)) : undefined;
  return whole !== undefined && of !== undefined ? { numerator: whole, part: of } : undefined;
}

/** What a part of a dozen or of a scale written as one word counts: "half-dozen" 6, "half-million" 500,000. */
function dozenPart(word: string, words: NumberWords): number | undefined {
  const part = /^(\p{L}+)-(\p{L}{4,})$/u.exec(word);
  const fraction = part ? words.fractions.get(part[1]) : undefined;
  const whole = part?.[2] === "dozen" ? 12 : part ? words.scales.get(part[2]) : undefined;
  return fraction === undefined || whole === undefined ? undefined : fraction * whole;
}

/**
 * A part of a scale word: "half a million", "a half million", "a quarter of a million",
 * "three-quarters of a million", "two thirds of a billion" (data/number-words.yaml `fractions`).
 */
export function parseFraction(tokens: Token[], i: number, words: NumberWords): Simple | undefined {
  let j = i;
  let numerator = 1;
  const opener = tokens[j].lower;
  if (opener === "a" || opener === "an" || opener === "one") j++;
  else if (words.units.has(opener) && !fractionWord(opener, words)) [numerator, j] = [words.units.get(opener)!, j + 1];
  // "a half-dozen", written as one word: half of a dozen.
  const ofDozen = dozenPart(tokens[j]?.lower ?? "", words);
  if (ofDozen !== undefined) return { value: times(numerator, ofDozen), last: j, scaled: false, digits: false, base: times(numerator, ofDozen), scale: 1 };
  const fraction = tokens[j] ? fractionWord(tokens[j].lower, words) : undefined;
  if (!fraction || (fraction.numerator !== undefined && j > i)) return undefined;
  j++;
  if (tokens[j]?.lower === "of") j++;
  if (tokens[j]?.lower === "a" || tokens[j]?.lower === "an") j++;
  const scale = tokens[j];
  const base = times(fraction.numerator ?? numerator, fraction.part);
  // "half a dozen", "a half dozen": a part of twelve, no scale.
  if (scale?.lower === "dozen") return { value: times(base, 12), last: j, scaled: false, digits: false, base: times(base, 12), scale: 1 };
  if (!isSpacedScale(scale, words)) return undefined;
  const value = words.scales.get(scale.lower)!;
  // "a third of a million" counts whole things: 333,333, not 333,333.33 (which reads as a rate).
  return { value: Math.round(times(base, value)), last: j, scaled: true, digits: false, base, scale: value };
}

/** Whether a fraction reading may start at token `i`: a fraction word, or one word before one ("a quarter"). */
export function opensFraction(tokens: Token[], i: number, words: NumberWords): boolean {
  if (fractionWord(tokens[i].lower, words) || dozenPart(tokens[i].lower, words) !== undefined) return true;
  const next = tokens[i + 1];
  return !!next && !next.glued && (!!fractionWord(next.lower, words) || dozenPart(next.lower, words) !== undefined) && (["a", "an", "one"].includes(tokens[i].lower) || words.units.has(tokens[i].lower));
}
