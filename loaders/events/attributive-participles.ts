/**
 * A verb's participle set before a noun as its adjective ("the dispatched unit", "a recently
 * attacked ship", "North Korea's sanctioned firms") describes the noun: it tells no act of
 * the sentence, as "the unit was dispatched" or "Chile dispatched the unit" would.
 */
import type { Word } from "../analysis/index.ts";

/** Words that open the noun phrase the participle stands in: "the", "a", "its", "Peru's". */
const OPENERS: ReadonlySet<string> = new Set(["DET", "PART", "PRON"]);

/** Openers that begin a clause instead ("which attacked ships", "that deployed troops"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["that", "which", "what", "whatever", "who", "whom", "whose", "this", "these", "those", "it", "they", "he", "she", "we", "i", "you"]);

/** A past participle's ending ("dispatched", "sanctioned", "stolen"). */
const PARTICIPLE = /(?:ed|en)$/;

/** Whether words[i] is a past participle set as an adjective between an opener (and adverbs) and its noun. */
function isAttributive(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if ((w.pos !== "VERB" && w.pos !== "ADJ") || !PARTICIPLE.test(w.lower)) return false;
  const next = words[i + 1];
  if (!next || next.pos !== "NOUN") return false;
  let j = i - 1;
  while (j >= 0 && words[j].pos === "ADV") j--;
  const opener = words[j];
  return !!opener && OPENERS.has(opener.pos) && !CLAUSE_OPENERS.has(opener.lower);
}

/** The offsets (sentence-relative: `offset` is the sentence's start) of the participles set as adjectives. */
export function attributiveParticiples(words: readonly Word[], offset: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) if (isAttributive(words, i)) out.add(words[i].start - offset);
  return out;
}
