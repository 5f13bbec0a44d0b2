/**
 * A hedge written onto a scale word: "a million-plus shells", "2 billion-odd dollars". The
 * tokenizer keeps a hyphened word whole, so "million-plus" would hide its scale; split, it reads
 * as "300-plus" does (data/quantity-cues.yaml `post_hedges`). A value word so written ("$2bn-worth
 * of arms", data/quantity-words.yaml `value_words`) is split off as the word it stands for.
 */
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** The tokens with every scale word hyphened onto a hedge split into the scale, the hyphen and the hedge (a value word: the scale and the word). */
export function splitScaleHedges(tokens: Token[], lex: QuantityLexicon): Token[] {
  if (!tokens.some((t) => scaleHedge(t, lex))) return tokens;
  return tokens.flatMap((t) => {
    const at = scaleHedge(t, lex);
    if (!at) return [t];
    const [scale, hedge] = [t.text.slice(0, at), t.text.slice(at + 1)];
    // "billion-worth" reads as "billion worth": the value word opens what the sum buys.
    if (lex.words.valueWords.has(hedge.toLowerCase())) {
      return [
        { ...t, text: scale, lower: scale.toLowerCase(), end: t.start + at },
        { ...t, text: hedge, lower: hedge.toLowerCase(), start: t.start + at + 1, glued: false },
      ];
    }
    return [
      { ...t, text: scale, lower: scale.toLowerCase(), end: t.start + at },
      { ...t, text: "-", lower: "-", kind: "punct" as const, start: t.start + at, end: t.start + at + 1, glued: true },
      { ...t, text: hedge, lower: hedge.toLowerCase(), start: t.start + at + 1, glued: true },
    ];
  });
}

/** Where the hyphen stands in a word that is a scale and a hedge ("million-plus") or a value word ("bn-worth"), else 0. */
function scaleHedge(t: Token, lex: QuantityLexicon): number {
  const at = t.kind === "word" ? t.lower.indexOf("-") : -1;
  if (at <= 0 || !lex.numbers.scales.has(t.lower.slice(0, at))) return 0;
  const rest = t.lower.slice(at + 1);
  if (lex.words.valueWords.has(rest)) return at;
  const hedge: Token[] = [
    { text: "-", lower: "-", kind: "punct", start: 0, end: 1, glued: true },
    { text: rest, lower: rest, kind: "word", start: 1, end: 1 + rest.length, glued: true },
  ];
  return lex.postHedges.match(hedge, 0)?.length === 2 ? at : 0;
}
