/**
 * The `attributed_to` of a number: the cue that governs it within its sentence's window, else
 * a next sentence of the same paragraph that only attributes the figure ("That figure comes
 * from …", data/quantity-words.yaml).
 */
import type { Gazetteer } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";
import { tokenize, type Token } from "../numbers.ts";
import { findCues, pickCue, type Context } from "./claimants.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { WINDOW, windowTokens } from "./window.ts";

export function attribution(doc: ArticleDoc, index: number, tokens: Token[], start: number, end: number, lex: QuantityLexicon, gazetteer: Gazetteer): string {
  const raw = doc.article.raw;
  const contextOf = (toks: Token[], sentenceStart: number): Context => {
    const claimantNounAt = (k: number) => !!lex.claimantNouns.match(toks, k);
    if (toks.length === 0) return { tokens: toks, mentions: [], raw, sentenceStart, words: lex.words, claimantNounAt };
    const from = toks[0].start;
    return { tokens: toks, mentions: gazetteer.find(raw.slice(from, toks[toks.length - 1].end), from), raw, sentenceStart, words: lex.words, claimantNounAt };
  };
  // "he said": the person last named in this or the three sentences before.
  const pronoun = (at: number): string | undefined => {
    const from = doc.sentences[Math.max(0, index - 3)].start;
    const people = gazetteer.find(raw.slice(from, at), from).filter((m) => m.actor.kind === "person");
    return people.pop()?.actor.name;
  };
  const window = windowTokens(tokens, start, end);
  const mayAttribute = (toks: Token[]) => toks.some((t) => lex.attributionPhraseStarts.has(t.lower) || lex.attributionVerbs.has(t.lower));
  const cues = mayAttribute(window) ? findCues(contextOf(window, doc.sentences[index].start), lex, pronoun) : [];
  const own = pickCue(cues, start, end, window, lex.words);
  if (own || cues.length > 0) return own;
  const next = doc.sentences[index + 1];
  if (next && next.paragraph === doc.sentences[index].paragraph && lex.words.attributingFollowUp.test(next.text) && next.text.length < 2 * WINDOW) {
    return findCues(contextOf(tokenize(next.text, next.start), next.start), lex, pronoun)[0]?.claimant ?? "";
  }
  return "";
}
