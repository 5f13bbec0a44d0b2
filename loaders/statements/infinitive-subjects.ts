/**
 * An infinitive with a subject of its own after "for" ("there is little point for Peru to respond",
 * "it is time for the council to say so"): it tells what someone might do, not what anyone said, so
 * its verb of saying is no anchor, and its noun phrase no speaker.
 */
import type { Ctx } from "./sentence.ts";

/** Parts of speech of the noun phrase between "for" and "to". */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);

/** How many words that noun phrase may take. */
const SUBJECT_WORDS = 5;

/** Whether the verb at token `i` is an infinitive after "for" and its own subject ("for Peru to respond"). */
export function forSubjectInfinitive(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  if (!ctx.words.infinitiveMarkers.has(tokens[i - 1]?.lower ?? "")) return false;
  for (let k = i - 2; k >= 0 && k >= i - 2 - SUBJECT_WORDS; k--) {
    if (tokens[k].lower === "for") return k < i - 2;
    if (!SUBJECT_TAGS.has(tokens[k].pos)) return false;
  }
  return false;
}

/**
 * Whether the verb at token `i` is an infinitive after a form of "be" ("the bank is to blame", "the
 * minister is to announce the plan on Monday", "the aim was to warn them"): blame laid on the subject, a
 * plan or a purpose, not words anyone said; its subject is no speaker.
 */
export function beInfinitive(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  if (!ctx.words.infinitiveMarkers.has(tokens[i - 1]?.lower ?? "")) return false;
  let k = i - 2;
  // "is partly to blame", "was not to say": adverbs between.
  while (k >= 0 && (tokens[k].pos === "ADV" || tokens[k].pos === "PART") && !ctx.words.infinitiveMarkers.has(tokens[k].lower)) k--;
  return k >= 0 && ctx.words.passiveAuxiliaries.has(tokens[k].lower) && tokens[k].lower !== "being";
}
