/**
 * Whether a mention names an act told before: its trigger is a noun whose phrase opens with a
 * definite determiner ("the strike", "these Russian attacks"). An act of a kind that recurs
 * (strikes, launches) told by a verb or an indefinite noun is a new one ("Russia also
 * launched strikes on Kharkiv") and joins no other telling (merging.ts).
 */
import type { ClauseWord } from "./types.ts";

/** Parts of speech between the determiner and the trigger ("the Russian missile strike", "the army's raid"). */
const MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM", "PART"]);

export function namesActToldBefore(tokens: readonly ClauseWord[], ts: number, definite: ReadonlySet<string>): boolean {
  const at = tokens.findIndex((t) => t.start === ts);
  if (at < 0 || (tokens[at].pos !== "NOUN" && tokens[at].pos !== "PROPN")) return false;
  let i = at - 1;
  while (i >= 0 && MODIFIERS.has(tokens[i].pos) && !definite.has(tokens[i].lower)) i--;
  return i >= 0 && definite.has(tokens[i].lower);
}
