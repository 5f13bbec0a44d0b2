/**
 * A span of time told in recurring things, which the table leaves out as it leaves out "in the
 * past nine years": "in the past nine elections", "over the last three seasons" — the count
 * dates what is said (data/quantity-words.yaml span_prepositions, span_windows).
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** "in the past nine elections": a preposition of time, "the", a word of the window, then the count. */
export function spanCount(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  const w = lex.words;
  return w.spanWindows.has(tokens[r.first - 1]?.lower ?? "") && tokens[r.first - 2]?.lower === "the" && w.spanPrepositions.has(tokens[r.first - 3]?.lower ?? "");
}
