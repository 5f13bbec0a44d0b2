/**
 * Calls told as statements (speech-acts.ts): the words said are a demand on a party when a verb
 * or noun of demand stands right before them ("issued a statement demanding that the ministry
 * release the files", "reiterated its demand that the board resign"), or when they put a modal of
 * obligation on a party other than the speaker's side ("the minister must resign", "it is time for
 * the mayor to go"). The words are in data/event-speech-acts.yaml (`requests`).
 */
import { z } from "zod";
import { phraseList, wordList } from "../dictionaries.ts";
import { literalAlternatives } from "../text.ts";
import type { StatementRow } from "../statements/index.ts";

export const obligationsSchema = z
  .object({ modals: phraseList, openings: phraseList, own_subjects: phraseList, not_after: phraseList, likely_after_be: wordList, clause_words: wordList })
  .strict();

/** The patterns of a call told before the words said, and of an obligation put in them. */
export interface CallPatterns {
  /** A verb or noun of demand ending the words before the words said, with "that" or none. */
  before: RegExp;
  /** Words said that open by obliging a party other than the speaker's side. */
  obliged: RegExp;
}

/** The call patterns of the dictionary's `before` forms and `obligations` (compiled once per load). */
export function callPatterns(before: readonly string[], o: z.infer<typeof obligationsSchema>): CallPatterns {
  const own = `(?!(?:${literalAlternatives(o.own_subjects, { anySpace: true })})(?![\\w'’-]))`;
  const clause = `(?!(?:${literalAlternatives(o.clause_words)})\\b)`;
  // The modal's next word must not make it a likelihood or an inference ("should be close", "must have").
  const obligation = `(?!(?:not\\s+)?(?:${literalAlternatives(o.not_after)})(?![\\w'’-]))(?!(?:not\\s+)?be\\s+(?:${literalAlternatives(o.likely_after_be)})\\b)`;
  const subject = `${own}(?:${clause}[\\w'’.-]+\\s+){1,8}?(?:${literalAlternatives(o.modals, { anySpace: true })})\\s+${obligation}`;
  const opened = `(?:${literalAlternatives(o.openings, { anySpace: true })})\\s+${own}`;
  return {
    before: new RegExp(`\\b(?:${literalAlternatives(before)})(?:\\s+(?:[\\w-]+\\s+)?that)?\\s*[,:]?\\s*["“]?$`, "i"),
    obliged: new RegExp(`^["“]?(?:${opened}|${subject})`, "i"),
  };
}

/**
 * Whether the statement is a call by the patterns: a verb or noun of demand right before its words,
 * or an obligation its words put on a party the statement names (a target): "the race should be
 * tight" names none.
 */
export function calledFor(s: StatementRow, calls: CallPatterns): boolean {
  if (s.target !== "" && calls.obliged.test(s.quote)) return true;
  const before = wordsBefore(s);
  return before !== undefined && calls.before.test(before);
}

/** The sentence's words before the words said, found by their first words (up to a split of a direct quotation). */
export function wordsBefore(s: StatementRow): string | undefined {
  const start = s.evidence.indexOf(s.quote.split(" … ")[0].slice(0, 40));
  return start > 0 ? s.evidence.slice(0, start) : undefined;
}
