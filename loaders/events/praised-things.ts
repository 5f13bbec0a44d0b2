/**
 * Praise or support of a thing, not of a side ("Lima supports a political solution", "hailed
 * the deal as a success", "had supported the sale"): PLOVER's SUPPORT is between actors, so a
 * declaration whose object names no party, no pronoun and no people is no act between them.
 * "congratulated both parties", "thanked them", "praised Chile's troops" keep theirs.
 */
import type { ClauseWord } from "./types.ts";

/** Parts of speech of an object's noun phrase that name nothing: "the", "brilliant", "2270", "result". */
const PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "ADV", "PART"]);
/** Most words of the object read. */
const PHRASE_WORDS = 8;
/** Quotation marks a phrase may hold ("supports a “political solution”"). */
const QUOTE = /^["“”'‘’]$/;

/** Whether the object right after `te` is a noun phrase of a thing: no name, pronoun or people noun (`people`) at its head. */
export function aimedAtThing(tokens: readonly ClauseWord[], te: number, people: ReadonlySet<string>): boolean {
  const first = tokens.findIndex((t) => t.start >= te);
  if (first < 0) return false;
  let head: ClauseWord | undefined;
  for (let i = first; i < Math.min(tokens.length, first + PHRASE_WORDS); i++) {
    const t = tokens[i];
    if (t.pos === "PROPN" || t.pos === "PRON") return false;
    if (QUOTE.test(t.lower)) continue;
    if (!PHRASE.has(t.pos)) break;
    if (t.pos === "NOUN") head = t;
  }
  return !!head && !people.has(head.lower);
}
