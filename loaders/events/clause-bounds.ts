/**
 * Where a clause opened by a conjunction begins, read from the analysis layer's parts of
 * speech: "resigned while students threatened to …" (the threat has a subject of its own,
 * not the party before "while"), "will not accept migrants if fighting spreads in Peru" (Peru belongs
 * to the "if" clause, not to the verb before it).
 */
import type { ClauseWord, RoleContext } from "./types.ts";

/** Parts of speech of a noun phrase's words ("the opposition", "most local leaders"). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Parts of speech between a subject and its verb ("has also", "did not"). */
const VERB_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);

/** The words of [from, to) in the sentence. */
const wordsIn = (ctx: RoleContext, from: number, to: number): readonly ClauseWord[] => ctx.tokens.filter((w) => w.start >= from && w.end <= to);

/**
 * The subject of the verb at `ctx.ts` when a conjunction after `from` opens its clause: a
 * conjunction, then a noun phrase holding a noun, then only auxiliaries and adverbs up to
 * the verb ("while students threatened", "after a Serbian army jet shot"). Its span, or
 * undefined when the verb's clause opens before `from`.
 */
export function subjectAfterConjunction(ctx: RoleContext, from: number): { start: number; end: number } | undefined {
  const words = wordsIn(ctx, from, ctx.ts);
  let i = words.length - 1;
  while (i >= 0 && VERB_GAP.has(words[i].pos)) i--;
  const head = i;
  while (i >= 0 && NOUN_PHRASE.has(words[i].pos)) i--;
  if (i < 0 || i === head || !words.slice(i + 1, head + 1).some((w) => w.pos === "NOUN")) return undefined;
  return ctx.words.conjunctions.has(words[i].lower) ? { start: words[i + 1].start, end: words[head].end } : undefined;
}

/** Whether a clause opens in [from, to): a conjunction, then a verb of its own before `to` ("if fighting spreads in …"). */
export function clauseOpensBetween(ctx: RoleContext, from: number, to: number): boolean {
  const words = wordsIn(ctx, from, to);
  const at = words.findIndex((w) => ctx.words.conjunctions.has(w.lower) && (w.pos === "SCONJ" || w.pos === "ADP"));
  return at >= 0 && words.slice(at + 1).some((w) => w.pos === "VERB" || w.pos === "AUX");
}
