/**
 * A sum whose scale the writer left out, told again in brackets with one: "SEK48.1 (US$4.6
 * billion)" is 48.1 billion crowns, as a sum far below its own conversion cannot be.
 */
import type { Token } from "../numbers.ts";
import { readQuantity, type Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** How many times larger than the sum its bracketed conversion must be for the sum to want its scale. */
const MISSING_SCALE_RATIO = 1e4;

/** The sum with the scale of the conversion in brackets after it, where its own is plainly missing; else the sum unchanged. */
export function scaleFromConversion(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (r.category !== "money" || r.valueMax !== "" || tokens[r.last + 1]?.text !== "(") return r;
  if (tokens.slice(r.first, r.last + 1).some((t) => lex.numbers.scales.has(t.lower))) return r;
  const other = readQuantity(tokens, r.last + 2, lex)?.reading;
  if (!other || other.category !== "money" || other.value < r.value * MISSING_SCALE_RATIO) return r;
  const scale = tokens.slice(other.first, other.last + 1).map((t) => lex.numbers.scales.get(t.lower)).find((s) => s !== undefined);
  return scale ? { ...r, value: r.value * scale } : r;
}
