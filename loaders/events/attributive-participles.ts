/**
 * A verb's participle set before a noun as its adjective ("the dispatched unit", "a recently
 * attacked ship", "North Korea's sanctioned firms") describes the noun: it tells no act of
 * the sentence, as "the unit was dispatched" or "Chile dispatched the unit" would.
 */
import type { Word } from "../analysis/index.ts";
import type { EventWords } from "./words.ts";

/** A past participle's ending ("dispatched", "sanctioned", "stolen"). */
const PARTICIPLE = /(?:ed|en)$/;

/**
 * Whether a word opens a noun phrase: a determiner that is no relative pronoun ("the", "a",
 * "these"; not "which", "that"), a possessive "'s" or a possessive pronoun ("its", "their").
 */
function isPhraseOpener(w: Word, words: Pick<EventWords, "possessivePronouns" | "relativeWords">): boolean {
  if (w.pos === "PART") return true;
  if (w.pos === "DET") return !words.relativeWords.has(w.lower);
  return w.pos === "PRON" && words.possessivePronouns.has(w.lower);
}

/** Whether words[i] is a past participle set as an adjective between an opener (and adverbs) and its noun. */
function isAttributive(sentence: readonly Word[], i: number, words: Pick<EventWords, "possessivePronouns" | "relativeWords">): boolean {
  const w = sentence[i];
  if ((w.pos !== "VERB" && w.pos !== "ADJ") || !PARTICIPLE.test(w.lower)) return false;
  if (sentence[i + 1]?.pos !== "NOUN") return false;
  let j = i - 1;
  while (j >= 0 && sentence[j].pos === "ADV") j--;
  return j >= 0 && isPhraseOpener(sentence[j], words);
}

/** The offsets (sentence-relative: `offset` is the sentence's start) of the participles set as adjectives. */
export function attributiveParticiples(sentence: readonly Word[], offset: number, words: Pick<EventWords, "possessivePronouns" | "relativeWords">): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < sentence.length; i++) if (isAttributive(sentence, i, words)) out.add(sentence[i].start - offset);
  return out;
}
