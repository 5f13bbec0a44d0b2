/**
 * The words that decide how dates are read (data/date-words.yaml): whether a clause looks
 * forward, which words before a date make it past, which years are dates, and how a named
 * day dates an article (days that open a running period, deadlines, capitalised words that
 * are not surnames). Data, so that an editor can extend them.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary, phraseList, wordList } from "./dictionaries.ts";
import { escapeRegExp, literalAlternatives } from "./text.ts";


const dateWordsSchema = z.object({
  period_openers: wordList,
  deadline_words: wordList,
  deadline_nouns: wordList,
  not_surnames: wordList,
  future_cues: phraseList,
  past_verbs: wordList,
  scheduling_participles: wordList,
  year_prepositions: wordList,
  date_prepositions: wordList,
  stamp_labels: phraseList,
  archive_captions: phraseList,
});

/** The patterns dates.ts reads a clause with. */
export interface DateCues {
  /** A clause that speaks of the future ("will", "is to", "next"). */
  looksForward: RegExp;
  /** The text before a date ends in a past-tense verb, perhaps with "on" ("said on"). */
  pastVerbBefore: RegExp;
  /** A bare year after a year preposition ("in 2023"); the year is group 1. Global. */
  yearAfterPreposition: RegExp;
  /** The text before a date ends in one of its prepositions ("on ", "in "). */
  prepositionBefore: RegExp;
}

export interface DateWords {
  /** A date mention's text or the words before it open with a period opener ("since …"). */
  opensPeriod: RegExp;
  /** … or heads a clause whose verb the day dates ("since the war broke out on April 15, 2023"). */
  opensPeriodClause: RegExp;
  /** … or with a deadline word ("until …", "expires …"). */
  setsDeadline: RegExp;
  /** A day before a noun of deadline ("the January 31 deadline"): a deadline, whatever precedes it. */
  namesDeadline: RegExp;
  notSurnames: ReadonlySet<string>;
  cues: DateCues;
  /** A label of a page's date stamp ending the text before a date ("Published:", "Updated"). */
  stampLabel: RegExp;
  /** A sentence that captions an archive picture: "FILE – …" opening it, or "file photo" in it. */
  archiveCaption: RegExp;
}

/** A pattern for a date mention's text, or the text just before it, ending or starting in one of `words`. */
const before = (words: string[]) => new RegExp(`(?:^|\\s)(?:${words.map((w) => escapeRegExp(w)).join("|")})\\s*$`, "i");

/** The alternatives of a pattern, longest first, each phrase's spaces matching any run of spaces. */
const alternatives = (words: string[]) => literalAlternatives(words, { anySpace: true });

function dateCues(w: z.infer<typeof dateWordsSchema>): DateCues {
  return {
    looksForward: new RegExp(`\\b(?:${alternatives(w.future_cues)})\\b`, "i"),
    // Regular past tenses end in -ed; a scheduling participle is not one.
    pastVerbBefore: new RegExp(`\\b(?!(?:${alternatives(w.scheduling_participles)})\\b)(?:[a-z]+ed|${alternatives(w.past_verbs)})\\s+(?:on\\s+)?$`, "i"),
    yearAfterPreposition: new RegExp(`\\b(?:${alternatives(w.year_prepositions)}) ((?:19|20)\\d{2})\\b(?![-–]\\d)`, "gi"),
    prepositionBefore: new RegExp(`\\b(${alternatives(w.date_prepositions)})\\s+$`, "i"),
  };
}

export function loadDateWords(dir = DATA_DIR): DateWords {
  const w = loadDictionary("date-words.yaml", dateWordsSchema, dir);
  return {
    opensPeriod: before(w.period_openers),
    // The clause's words have no comma: "Since then, troops attacked on May 5" tells an event.
    opensPeriodClause: new RegExp(`\\b(?:${alternatives(w.period_openers)})\\s+(?:[\\w'’-]+\\s+){1,6}?(?:(?:on|in)\\s+)?$`, "i"),
    setsDeadline: before(w.deadline_words),
    namesDeadline: new RegExp(`^\\s*(?:${alternatives(w.deadline_nouns)})\\b`, "i"),
    notSurnames: new Set(w.not_surnames),
    cues: dateCues(w),
    stampLabel: new RegExp(`\\b(?:${alternatives(w.stamp_labels)})\\b\\s*(?:on|at)?\\s*:?\\s*$`, "i"),
    // Case matters: "FILE –" opening a caption is a wire's mark, "file" in a sentence is not.
    archiveCaption: new RegExp(`^\\W*(?:${alternatives(w.archive_captions)})\\s*[-–—:]|\\b(?:${alternatives(w.archive_captions.filter((c) => c.includes(" ")))})\\b`),
  };
}

/** The date words of `dir` (default `data/`), read again only when the file changes. */
export function sharedDateWords(dir = DATA_DIR): DateWords {
  return memoiseDictionary("date-words", dir, ["date-words.yaml"], () => loadDateWords(dir));
}
