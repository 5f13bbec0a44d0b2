/**
 * The words that decide how a named day dates an article (data/date-words.yaml): days that
 * open a running period, deadlines, and capitalised words that are not surnames. Data, so
 * that an editor can extend them.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary, wordList } from "./dictionaries.ts";
import { escapeRegExp } from "./text.ts";

const dateWordsSchema = z.object({
  period_openers: wordList,
  deadline_words: wordList,
  not_surnames: wordList,
});

export interface DateWords {
  /** A date mention's text or the words before it open with a period opener ("since …"). */
  opensPeriod: RegExp;
  /** … or with a deadline word ("until …", "expires …"). */
  setsDeadline: RegExp;
  notSurnames: ReadonlySet<string>;
}

/** A pattern for a date mention's text, or the text just before it, ending or starting in one of `words`. */
const before = (words: string[]) => new RegExp(`(?:^|\\s)(?:${words.map((w) => escapeRegExp(w)).join("|")})\\s*$`, "i");

export function loadDateWords(dir = DATA_DIR): DateWords {
  const w = loadDictionary("date-words.yaml", dateWordsSchema, dir);
  return { opensPeriod: before(w.period_openers), setsDeadline: before(w.deadline_words), notSurnames: new Set(w.not_surnames) };
}
