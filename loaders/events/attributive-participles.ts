/**
 * A verb's participle set before a noun as its adjective ("the dispatched unit", "a recently
 * attacked ship", "North Korea's sanctioned firms", "two dozen wounded Peruvian soldiers")
 * describes the noun: it tells no act of the sentence, as "the unit was dispatched" or "Chile
 * dispatched the unit" would. So does a trigger word set before a noun for the people an act
 * befell ("kidnap victims").
 */
import type { Word } from "../analysis/index.ts";
import { parseNumber } from "../numbers.ts";
import type { EventWords } from "./words.ts";

type AttributiveWords = Pick<EventWords, "possessivePronouns" | "relativeWords" | "victimNouns">;

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

/** A year ("in 2014 attacked …") counts no people: no opener of a noun phrase. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Whether the noun comes right after words[i] or after a name of up to two words ("wounded
 * Peruvian soldiers", "wounded North Korean soldiers"); not after an adjective, which a verb
 * may take in its object ("both expressed deep concern").
 */
function nounFollows(sentence: readonly Word[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < sentence.length; k++) {
    if (sentence[k].pos === "NOUN") return true;
    if (sentence[k].pos !== "PROPN") return false;
  }
  return false;
}

/** Whether words[i] is a past participle set as an adjective between an opener (and adverbs) and its noun. */
function isAttributive(sentence: readonly Word[], i: number, words: AttributiveWords): boolean {
  const w = sentence[i];
  if ((w.pos !== "VERB" && w.pos !== "ADJ") || !PARTICIPLE.test(w.lower)) return false;
  if (!nounFollows(sentence, i)) return false;
  let j = i - 1;
  while (j >= 0 && sentence[j].pos === "ADV") j--;
  return j >= 0 && (isPhraseOpener(sentence[j], words) || isCount(sentence, j));
}

/**
 * "24 wounded soldiers", "two dozen wounded soldiers": a count opens the phrase as a determiner
 * does; a year or a day of a month ("on March 24 attacked …") does not.
 */
function isCount(sentence: readonly Word[], j: number): boolean {
  if (sentence[j].pos === "NUM") return !YEAR.test(sentence[j].lower) && sentence[j - 1]?.pos !== "PROPN";
  // The noun is a count's scale ("two dozen", "several hundred"), not a noun it counts ("two leaders").
  const prev = sentence[j - 1];
  return sentence[j].pos === "NOUN" && prev !== undefined && parseNumber(`${prev.text} ${sentence[j].text}`)?.last === 1;
}

/** Whether words[i] is a noun or verb set as the modifier of a noun for the people an act befell ("kidnap victims"). */
function modifiesVictims(sentence: readonly Word[], i: number, words: AttributiveWords): boolean {
  const w = sentence[i];
  const next = sentence[i + 1];
  return (w.pos === "NOUN" || w.pos === "VERB") && next !== undefined && words.victimNouns.has(next.lower);
}

/** The offsets (sentence-relative: `offset` is the sentence's start) of the participles set as adjectives. */
export function attributiveParticiples(sentence: readonly Word[], offset: number, words: AttributiveWords): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < sentence.length; i++) if (isAttributive(sentence, i, words) || modifiesVictims(sentence, i, words)) out.add(sentence[i].start - offset);
  return out;
}
