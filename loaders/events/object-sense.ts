/**
 * The object that cancels a verb's sense: "meet Ukraine's critical security and defence needs"
 * is no meeting. The words of the noun phrase right after the trigger (the analysis layer's
 * parts of speech: determiners, possessives, adjectives, numbers, nouns and "and") are looked
 * up in the entry's `object_excludes` (data/event-verbs.yaml); the phrase's last word counts
 * whatever its tag, as the tagger may read a plural noun closing a clause as a verb ("needs").
 */
import type { ClauseWord } from "./types.ts";

/** Parts of speech inside a noun phrase: "Ukraine 's critical security and defence needs". */
const PHRASE: ReadonlySet<string> = new Set(["DET", "PRON", "PROPN", "PART", "ADJ", "NUM", "NOUN", "CCONJ"]);
/** Parts of speech of a phrasal verb's particle ("struck down", "fought back against"). */
const PARTICLE: ReadonlySet<string> = new Set(["ADP", "ADV", "PART"]);
/** Most words of the object's noun phrase that are read. */
const PHRASE_WORDS = 8;

/**
 * A word that keeps the noun phrase going though it is no part of its kind: a hyphen inside a
 * compound ("a high-level delegation"), or "of" after a quantity ("thousands of refugees", "some of the changes").
 */
function joins(w: ClauseWord, before: ClauseWord | undefined, after: ClauseWord | undefined): boolean {
  if (w.lower === "-") return before?.end === w.start && after?.start === w.end;
  return w.lower === "of" && (before?.pos === "NOUN" || before?.pos === "NUM" || before?.pos === "DET");
}

/** Whether a word of the noun phrase right after `te` is one of the nouns that cancel the entry's sense. */
export function objectCancels(excludes: ReadonlySet<string>, tokens: readonly ClauseWord[], te: number): boolean {
  if (!excludes.size) return false;
  // The word before the phrase is the trigger: "withdrawal of ambassadors" joins by its "of".
  let first = tokens.findIndex((t) => t.start >= te);
  if (first < 0) return false;
  // A phrasal verb's particle stands between the verb and its object: "struck down the law".
  if (PARTICLE.has(tokens[first].pos) && PHRASE.has(tokens[first + 1]?.pos ?? "")) first++;
  const end = Math.min(tokens.length, first + PHRASE_WORDS);
  for (let i = first; i < end; i++) {
    const w = tokens[i];
    if (excludes.has(w.lower)) return true;
    if (!PHRASE.has(w.pos) && !joins(w, tokens[i - 1], tokens[i + 1])) return false;
  }
  return false;
}
