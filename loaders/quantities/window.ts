/**
 * The stretch of a sentence that attribution and periods read around a number: sentences may
 * be whole pages of text run together, and a cue 3,000 characters away governs nothing.
 */
import type { Token } from "../numbers.ts";

/** Sentences longer than this are not prose; attribution and periods look at a window around the number. */
export const WINDOW = 400;

/** The index of the first token that ends after `offset`, by binary search (sentences may be huge). */
export function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens within WINDOW characters of [start, end). */
export function windowTokens(tokens: Token[], start: number, end: number): Token[] {
  return tokens.slice(firstTokenAfter(tokens, start - WINDOW), firstTokenAfter(tokens, end + WINDOW));
}
