/**
 * The object that cancels a verb's sense: "meet Ukraine's critical security and defence needs"
 * is no meeting. The words of the noun phrase right after the trigger (the analysis layer's
 * parts of speech: determiners, possessives, adjectives, numbers, nouns and "and") are looked
 * up in the entry's `object_excludes` (data/event-verbs.yaml); the phrase's last word counts
 * whatever its tag, as the tagger may read a plural noun closing a clause as a verb ("needs").
 * In a passive the object stands first, as the subject ("the bill was killed by the Senate").
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

/** Parts of speech of a subject's last word. */
const SUBJECT_HEAD: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON", "ADJ"]);
/** Forms of "be" that make a participle passive ("was killed", "has been struck down", "is being attacked"). */
const PASSIVE_BE: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"]);

/**
 * Whether the trigger at [ts, te) is cancelled by its object: the noun phrase after it, or, in a
 * passive, its subject ("the amendment was killed by the Senate", "her plan was attacked"),
 * which is the verb's object put first.
 */
export function objectCancels(excludes: ReadonlySet<string>, tokens: readonly ClauseWord[], ts: number, te: number): boolean {
  return excludes.size > 0 && (phraseAfterCancels(excludes, tokens, te) || passiveSubjectCancels(excludes, tokens, ts));
}

/** Whether the trigger is a passive participle whose subject's head, right before its "be", is one of the cancelling nouns. */
function passiveSubjectCancels(excludes: ReadonlySet<string>, tokens: readonly ClauseWord[], ts: number): boolean {
  const head = passiveSubjectHead(tokens, ts);
  return !!head && excludes.has(head.lower);
}

/** The head of a passive participle's subject ("the amendment" of "the amendment has been killed"), or none when the trigger at `ts` is no passive. */
export function passiveSubjectHead(tokens: readonly ClauseWord[], ts: number): ClauseWord | undefined {
  let i = tokens.findIndex((t) => t.start === ts) - 1;
  while (i >= 0 && tokens[i].pos === "ADV") i--;
  if (i < 0 || !PASSIVE_BE.has(tokens[i].lower)) return undefined;
  // "has been", "will be", "had not been": the auxiliaries and adverbs before the "be".
  while (i >= 0 && (tokens[i].pos === "AUX" || tokens[i].pos === "ADV" || tokens[i].pos === "PART" || PASSIVE_BE.has(tokens[i].lower))) i--;
  // The tagger may read a noun before an auxiliary as an adjective ("her rival has been").
  return i >= 0 && SUBJECT_HEAD.has(tokens[i].pos) ? tokens[i] : undefined;
}

/** Whether a word of the noun phrase right after `te` is one of the nouns that cancel the entry's sense. */
function phraseAfterCancels(excludes: ReadonlySet<string>, tokens: readonly ClauseWord[], te: number): boolean {
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
