/**
 * A year that modifies an act's noun dates the act: "the 2004 Madrid bombings", "Obama's
 * landmark 2012 visit to", "a 1990s raid" is not (a decade is no year). The year stands inside
 * the noun's own phrase, after its determiner or possessor, so it is the act's own date and
 * beats any other date of the sentence (the report's, another clause's).
 */
import { periodEnd, type DateMention } from "../dates.ts";

/** A determiner or a possessor, up to two modifiers, a year, up to two more words, then the noun. */
const YEAR_BEFORE_NOUN = /(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+(?:[A-Za-z][\w-]*\s+){0,2}?((?:19|20)\d{2})\s+(?:[A-Z][\w'’.-]*\s+|[a-z][\w-]*\s+){0,2}$/i;

/** The year mention inside the noun phrase that ends at the trigger (sentence offsets), if any. */
export function yearOfNoun(text: string, ts: number): DateMention | undefined {
  const from = Math.max(0, ts - 60);
  const m = YEAR_BEFORE_NOUN.exec(text.slice(from, ts));
  if (!m) return undefined;
  const start = from + m.index + m[0].search(/\b(?:19|20)\d{2}\b/);
  const date = `${m[1]}-01-01`;
  return { text: m[1], start, end: start + 4, date, precision: "year", dateEnd: "", lastDay: periodEnd(date, "year") };
}
