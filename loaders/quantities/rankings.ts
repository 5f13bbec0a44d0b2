/**
 * The size of a ranking that something is placed in: "among the top 10 buyers", "one of the
 * world's five largest exporters". The number counts the ranking's places, not material things.
 */
import { parseNumberAt, type Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** A superlative: "top", "leading", or an -est adjective ("largest", "biggest"). */
function superlative(t: Token | undefined, lex: QuantityLexicon): boolean {
  return !!t && t.kind === "word" && (lex.words.superlatives.has(t.lower) || (/^\p{Ll}{2,}est$/u.test(t.text) && !lex.words.stopWords.has(t.lower)));
}

/**
 * Whether an unhedged number sizes a ranking: a superlative just before it ("the top 10") or
 * just after ("the five largest"), after a determiner, a possessive between ("the world's"), and a
 * word that places something in the set before them ("among", "one of", "in").
 */
export function sizesRanking(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  if (r.bound !== "exact" || r.valueMax !== "") return false;
  const before = tokens[r.first - 1];
  let j: number;
  if (superlative(before, lex) && before!.lower !== "most" && before!.lower !== "least") j = r.first - 2;
  else if (superlative(tokens[(parseNumberAt(tokens, r.first, lex.numbers)?.last ?? r.last) + 1], lex)) j = r.first - 1;
  else return false;
  // "the world's", "Asia's", "the": what opens the ranked phrase.
  if (/'s?$/.test(tokens[j]?.lower ?? "") && tokens[j]!.kind === "word") j--;
  if (!lex.words.determiners.has(tokens[j]?.lower ?? "")) return j < r.first - 2 && lex.words.rankingMemberships.has(tokens[j]?.lower ?? "");
  return lex.words.rankingMemberships.has(tokens[j - 1]?.lower ?? "");
}
