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
  const afterAt = (parseNumberAt(tokens, r.first, lex.numbers)?.last ?? r.last) + 1;
  let j: number;
  if (superlative(before, lex) && before!.lower !== "most" && before!.lower !== "least") j = r.first - 2;
  else if (superlative(tokens[afterAt], lex) && !window(tokens, afterAt, lex)) j = r.first - 1;
  else return false;
  // "the world's", "Asia's", "the": what opens the ranked phrase.
  if (/'s?$/.test(tokens[j]?.lower ?? "") && tokens[j]!.kind === "word") j--;
  if (!lex.words.determiners.has(tokens[j]?.lower ?? "")) return j < r.first - 2 && lex.words.rankingMemberships.has(tokens[j]?.lower ?? "");
  // "the nation's two largest unions": a superlative of size ranks with no word of membership.
  if (lex.words.sizeSuperlatives.has(tokens[afterAt]?.lower ?? "")) return true;
  return lex.words.rankingMemberships.has(tokens[j - 1]?.lower ?? "");
}

/** "the five most recent polls", "the three latest tests": a superlative of time counts a window of things, no ranking. */
function window(tokens: Token[], at: number, lex: QuantityLexicon): boolean {
  const word = tokens[at].lower === "most" ? tokens[at + 1]?.lower : tokens[at].lower;
  return lex.words.windowSuperlatives.has(word ?? "");
}

/**
 * The first token of a rank ending at token `k`, or -1: an ordinal in digits, which the tokeniser
 * splits ("3" "rd"), or a word of data/quantity-words.yaml `rank_words` ("third", "last").
 */
function rankEndingAt(tokens: Token[], k: number, lex: QuantityLexicon): number {
  const t = tokens[k];
  if (!t) return -1;
  if (tokens[k - 1]?.kind === "num" && tokens[k - 1].end === t.start && t.lower !== "s" && lex.words.ordinalSuffixes.has(t.lower)) return k - 1;
  return lex.words.rankWords.has(t.lower) ? k : -1;
}

/**
 * Whether an unhedged number sizes the field a rank is given in: "ranks third among 40 countries",
 * "placed 5th out of 32 states", "came last of 12 bidders" (a word may stand between the rank and
 * the membership word: "out of"). A rank after a determiner or an article places one of a series:
 * "the first of 12 jets", "a first batch of six units" count the jets and the units.
 */
export function fieldOfRank(tokens: Token[], r: Reading, lex: QuantityLexicon): boolean {
  if (r.bound !== "exact" || r.valueMax !== "" || !lex.words.rankingMemberships.has(tokens[r.first - 1]?.lower ?? "")) return false;
  let at = rankEndingAt(tokens, r.first - 2, lex);
  // "out of", not a noun: "a first batch of six units" counts the batch's units.
  const between = tokens[r.first - 2];
  if (at < 0 && between?.kind === "word" && between.pos !== "NOUN") at = rankEndingAt(tokens, r.first - 3, lex);
  const opener = tokens[at - 1]?.lower ?? "";
  return at >= 0 && !lex.words.determiners.has(opener) && !lex.words.articles.has(opener);
}
