/**
 * Backers: a side named only as the one that backs or helps the doers ("Iranian-backed
 * militias attacked …", "rebels seized the town with the support of the Rwandan army") is no
 * party of their acts, neither actor nor target (data/event-words.yaml backer_suffixes,
 * help_nouns).
 */
import type { Party } from "./types.ts";
import type { EventWords } from "./words.ts";

/** The parties of a sentence without those that only back or help the doers. */
export function withoutBackers(words: EventWords, parties: Party[], text: string): Party[] {
  return parties.filter((p) => !words.backerSuffix.test(text.slice(p.end, p.end + 20)) && !words.helperBefore.test(text.slice(Math.max(0, p.start - 50), p.start)));
}
