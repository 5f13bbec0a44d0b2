/**
 * The publication date of an article, as its metadata states it or as its text implies it:
 * a wire's timestamp or dateline, the latest dated event it reports, "last week" tied to a
 * dated event, and the weekdays it names. Where the text cannot date it, "unknown" with the
 * reason, never a guessed year.
 */
import { isRealDate, type Article } from "./source-file.ts";
import { datelinesNear } from "./dateline.ts";
import { dateStampLine, openingDate } from "./date-stamps.ts";
import { sentenceDateExpressions } from "./document.ts";
import type { DateWords } from "./date-words.ts";
import { addDays, findDates, looksForward, mondayOf, parseIso, toIso, weekday, WEEKDAYS, type DateMention } from "./dates.ts";
import type { ArticleRow, CalendarEntry } from "./articles.ts";
import type { Sentence } from "./text.ts";

export interface PublishedDate {
  date: string;
  basis: ArticleRow["published_basis"];
  note: string;
}

interface Anchor {
  date: string;
  why: string;
  sentence?: Sentence;
  /** A day the text names ("on Jan. 2", "Nov. 2"): news is published days after such a day. */
  day?: boolean;
}

const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th) anniversary of (?:the )?/gi;

/** Events of the reference calendar that a sentence mentions, with anniversaries resolved. */
function calendarAnchors(sentence: Sentence, calendar: CalendarEntry[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const entry of calendar) {
    for (const pattern of entry.patterns) {
      const match = pattern.exec(sentence.text);
      if (!match) continue;
      const before = sentence.text.slice(Math.max(0, match.index - 40), match.index);
      const anniversary = [...before.matchAll(ANNIVERSARY)].pop();
      if (anniversary) {
        const years = Number(anniversary[1]);
        const d = parseIso(entry.date);
        d.setUTCFullYear(d.getUTCFullYear() + years);
        anchors.push({ date: toIso(d), why: `the ${anniversary[1]}th anniversary of “${entry.event}” (${entry.date}, the reference calendar)`, sentence });
      } else {
        // "signed on Wednesday" beside the calendar's Wednesday: the article tells the event as of its week.
        const told = namesWeekday(sentence.text, weekday(entry.date));
        anchors.push({ date: entry.date, why: `“${entry.event}” (the reference calendar${told ? `, told as of ${capitalise(WEEKDAYS[weekday(entry.date)])}` : ""})`, sentence, day: told });
      }
      break;
    }
  }
  return anchors;
}


/**
 * Surnames named in a sentence: the last word of a run of capitalised words, such as "John Kirby".
 * Runs are found whole and cut into names here: the pattern `(?:[A-Z][a-z]+ )+([A-Z][a-z]{2,})\b`
 * retried the rest of a run at every word, quadratic on a long run of short capitalised words.
 */
function personNames(text: string, notSurnames: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const run of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+/g)) {
    const words = run[0].split(" ");
    const after = run.index! + run[0].length;
    const wordEnd = (j: number) => j < words.length - 1 || !/\w/.test(text[after] ?? "");
    for (let i = 0; i < words.length - 1; ) {
      let j = words.length - 1;
      while (j > i && !(words[j].length >= 3 && wordEnd(j))) j--;
      if (j === i) break;
      if (!notSurnames.has(words[j])) names.add(words[j]);
      i = j + 1;
    }
  }
  return names;
}

/**
 * The dated event a "last week" sentence is tied to: the latest of its own, else the latest
 * of the sentences that name a person it names (the first in `dated` order among equals).
 * Each name is looked up once over all dated sentences, not once per "last week" sentence:
 * that made a long article's reading quadratic (a 3 MB article spent 18 s here).
 */
function tiedEvents(dated: Anchor[], notSurnames: ReadonlySet<string>): (sentence: Sentence) => Anchor | undefined {
  const later = (a: Anchor | undefined, b: Anchor) => (a === undefined || b.date > a.date ? b : a);
  const own = new Map<Sentence, Anchor>();
  for (const anchor of dated) if (anchor.sentence) own.set(anchor.sentence, later(own.get(anchor.sentence), anchor));
  const byName = new Map<string, number>();
  const latestNaming = (name: string) => {
    let found = byName.get(name);
    if (found === undefined) {
      found = -1;
      dated.forEach((a, i) => {
        if (a.sentence?.text.includes(name) && (found! < 0 || a.date > dated[found!].date)) found = i;
      });
      byName.set(name, found);
    }
    return found;
  };
  return (sentence) => {
    const mine = own.get(sentence);
    if (mine) return mine;
    // A name personNames finds in a sentence is in its text: searching the text for each name suffices.
    const indices = [...personNames(sentence.text, notSurnames)].map(latestNaming).filter((i) => i >= 0);
    if (indices.length === 0) return undefined;
    return indices.map((i) => dated[i]).reduce((a, b) => (b.date > a.date || (b.date === a.date && dated.indexOf(b) < dated.indexOf(a)) ? b : a));
  };
}

/** The date the article states: its front matter or `date` line, or a wire's timestamp opening the text. */
function statedDate(article: Article, words: DateWords): PublishedDate | undefined {
  const line = dateStampLine(article, words);
  if (article.meta.published) {
    const date = article.meta.published;
    // A crawl's `date` header line may not be the page's day; the page's own stamp under its headline is.
    if (article.meta.publishedSource === "date line" && line && line.date !== date) {
      return { date: line.date, basis: "inferred", note: `The page's own date stamp "${line.text}" stands on a line of its own at the top of the text; the header line's ${date} is the crawl's. It is a ${capitalise(WEEKDAYS[weekday(line.date)])}.` };
    }
    const source = article.meta.publishedNote ?? (article.meta.publishedSource === "date line" ? `Header line 'date ${date}'` : "Front matter field `published`");
    return { date, basis: "metadata", note: `${source}; it is a ${capitalise(WEEKDAYS[weekday(date)])}.` };
  }
  // A timestamp opening the text ("2025-07-13 02:28:33 (MENAFN) …") is the wire's own.
  const stamp = /^\s*(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}/.exec(article.raw.slice(article.bodyStart, article.bodyStart + 40));
  if (stamp && isRealDate(stamp[1])) {
    return { date: stamp[1], basis: "inferred", note: `The text opens with the timestamp ${stamp[0].trim()}; it is a ${capitalise(WEEKDAYS[weekday(stamp[1])])}.` };
  }
  if (line) return { date: line.date, basis: "inferred", note: `The date stamp "${line.text}" stands on a line of its own at the top of the text; it is a ${capitalise(WEEKDAYS[weekday(line.date)])}.` };
  const opening = openingDate(article);
  if (opening) return { date: opening.date, basis: "inferred", note: `The text opens with the date "${opening.text}" before a dash, as a dateline; it is a ${capitalise(WEEKDAYS[weekday(opening.date)])}.` };
  return undefined;
}

/** What the article reports as past: events of the calendar, and days, months and years it names. */
function pastAnchors(sentences: Sentence[], calendar: CalendarEntry[], words: DateWords, archive: ReadonlySet<Sentence>): Anchor[] {
  const anchors: Anchor[] = [];
  for (const sentence of sentences) {
    if (looksForward(sentence.text, words.cues)) continue;
    anchors.push(...calendarAnchors(sentence, calendar));
    for (const m of findDates(sentence.text, undefined, sentence.start, sentenceDateExpressions(sentence), words.cues)) {
      const role = dayRole(sentence, m, words, archive);
      if (role !== "deadline" && (m.precision === "day" || m.precision === "month" || m.precision === "year")) {
        anchors.push({ date: m.date, why: archive.has(sentence) ? `"${m.text}" (the day of an archive picture's caption)` : `"${m.text}"`, sentence, day: m.precision === "day" && role === "event" });
      }
    }
  }
  return anchors;
}

/**
 * What a named day is to the article: an `event` it reports, the opening of a period still
 * running (`floor`: "since October 7, 2023", "since the war broke out on April 15, 2023") or an archive picture's day (`floor`: "FILE – …"),
 * or a `deadline` ("until June 5", "expires April 30"), by the words just before it or opening it.
 */
function dayRole(sentence: Sentence, mention: DateMention, words: DateWords, archive: ReadonlySet<Sentence>): "event" | "floor" | "deadline" {
  // An archive picture's day ("FILE – … on Monday, July 10, 2023") may be years before the story.
  if (archive.has(sentence)) return "floor";
  const before = sentence.text.slice(Math.max(0, mention.start - sentence.start - 30), mention.start - sentence.start);
  const opening = `${before} ${/^\S+/.exec(mention.text)?.[0] ?? ""}`;
  const after = sentence.text.slice(mention.start - sentence.start + mention.text.length);
  if (words.setsDeadline.test(before) || words.setsDeadline.test(opening) || words.namesDeadline.test(after)) return "deadline";
  if (words.opensPeriod.test(before) || words.opensPeriod.test(opening)) return "floor";
  const clause = sentence.text.slice(Math.max(0, mention.start - sentence.start - 60), mention.start - sentence.start);
  if (words.opensPeriodClause.test(clause)) return "floor";
  return "event";
}

/**
 * The sentences that caption an archive picture: "FILE – …" opening their line (the credit
 * is cut from the sentence itself), or "file photo" in them.
 */
function archiveCaptions(article: Article, sentences: Sentence[], words: DateWords): Set<Sentence> {
  return new Set(sentences.filter((s) => words.archiveCaption.test(lineOpening(article.raw, s.start) + s.text)));
}

/** The text from the start of its line to `at`, when that is a short credit's length (a look back of bounded length: a page of one long line stays linear). */
function lineOpening(raw: string, at: number): string {
  const head = raw.slice(Math.max(0, at - 40), at);
  const newline = head.lastIndexOf("\n");
  return newline >= 0 ? head.slice(newline + 1) : at <= 40 ? head : "";
}

/**
 * The weekdays the article names as past ("said Thursday"), as indices of WEEKDAYS; "last Monday"
 * is not one. In a clause that looks forward only a weekday right after a past verb is past
 * ("is considering sending monitors, an official said on Wednesday").
 */
function bareWeekdays(sentences: Sentence[], words: DateWords): number[] {
  return sentences.flatMap((s) => {
    const forward = looksForward(withoutQuotes(s.text), words.cues);
    return [...s.text.matchAll(/\b(?:on |last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:[A-Z][a-z]{2,}\.? )?\d)/g)]
      .filter((m) => !/^last /i.test(m[0]) && (!forward || words.cues.pastVerbBefore.test(s.text.slice(Math.max(0, m.index - 24), m.index))))
      .map((m) => WEEKDAYS.indexOf(m[1].toLowerCase()));
  });
}

const yearOf = (iso: string) => parseIso(iso).getUTCFullYear();

/** Whether a text names a weekday (an index of WEEKDAYS) as a word of its own ("on Wednesday"). */
function namesWeekday(text: string, day: number): boolean {
  return new RegExp(`\\b${WEEKDAYS[day]}\\b`, "i").test(text);
}

/**
 * The days the text names, with a year: as written ("Jan. 11, 2024"), or for a day without
 * one ("Nov. 18") the first year on or after the floor, unless a later year makes such days
 * fall on weekdays the article names ("released on Monday"). Adds to `why` when it does.
 */
function namedDays(sentences: Sentence[], floor: Anchor, weekdays: number[], words: DateWords, archive: ReadonlySet<Sentence>, why: string[]): Anchor[] {
  const days: Anchor[] = [];
  const yearless: Array<{ monthDay: string; text: string; sentence: Sentence }> = [];
  for (const sentence of sentences) {
    if (looksForward(sentence.text, words.cues)) continue;
    const ref = `${yearOf(floor.date) + 1}-${floor.date.slice(5)}`;
    for (const m of findDates(sentence.text, ref, sentence.start, sentenceDateExpressions(sentence), words.cues)) {
      // A day without a number ("Wednesday", "Sun") is no day the text names: weekdays are read apart.
      if (m.precision !== "day" || !/\d/.test(m.text)) continue;
      if (dayRole(sentence, m, words, archive) !== "event") continue;
      const year = /\b\d{4}\b/.test(m.text) ? undefined : soleYear(sentence.text, words);
      if (/\b\d{4}\b/.test(m.text)) days.push({ date: m.date, why: `"${m.text}"`, sentence, day: true });
      else if (year) days.push({ date: `${year}-${m.date.slice(5)}`, why: `"${m.text}" (in ${year}, the year its sentence names)`, sentence, day: true });
      else yearless.push({ monthDay: m.date.slice(5), text: m.text, sentence });
    }
  }
  // An event of the reference calendar that the text tells without a time of its own
  // ("Russia's full-scale invasion") only says the page is later, by any number of years: a
  // day without a year cannot take its year from it, nor from weekdays that may be other
  // days' ("signed Wednesday" beside "21 June"). Such a page stays undated rather than dated a
  // year wrong. Told as recent ("In July, North Korea recognized …", "earlier this year"), the
  // event's year is the page's.
  if (!floor.day && !floor.why.startsWith('"') && !toldAsRecent(floor, words)) return days;
  // A day a few months before the latest dated event is in its year ("on Jan. 2" beside
  // "Jan. 11, 2024"); only a day half a year before it is read in the next year.
  const inYear = (year: number, monthDay: string) => {
    const date = `${year}-${monthDay}`;
    return date < addDays(floor.date, -183) ? `${year + 1}-${monthDay}` : date;
  };
  const weekdayMatches = (year: number) => yearless.filter((d) => weekdays.includes(weekday(inYear(year, d.monthDay)))).length;
  // A floor that is a day with its year ("Jan. 11, 2024") holds the days near it in its year;
  // a month or a calendar event may lie a year or two before the days the text names.
  const year = yearByWeekdays(yearOf(floor.date), !floor.day, weekdayMatches);
  if (year !== yearOf(floor.date)) why.push(`In ${year}, ${yearless.map((d) => d.text).join(", ")} fall${yearless.length > 1 ? "" : "s"} on the weekday${yearless.length > 1 ? "s" : ""} the article names.`);
  for (const d of yearless) days.push({ date: inYear(year, d.monthDay), why: `"${d.text}"`, sentence: d.sentence, day: true });
  return days;
}

/**
 * The one year a sentence names, if it names just one and tells it as the time of what happened
 * after a preposition ("exports in 2024 had reached … as of Dec. 4"): its days without a year
 * are in it. A year told as an end ahead ("by 2026") or a period's start ("since 2022") is not.
 */
function soleYear(text: string, words: DateWords): string | undefined {
  const years = new Set([...text.matchAll(/\b(?:19|20)\d{2}\b(?![-–\/]\d)/g)].map((m) => m[0]));
  if (years.size !== 1) return undefined;
  const told = [...text.matchAll(words.cues.yearAfterPreposition)].map((m) => text.slice(0, m.index! + m[0].length - m[1].length));
  return told.length > 0 && told.every((lead) => !words.setsDeadline.test(lead) && !words.opensPeriod.test(lead)) ? [...years][0] : undefined;
}

/** A calendar event told with a date that gives no year ("In July, …", "earlier this year"): it happened within the year. */
function toldAsRecent(anchor: Anchor, words: DateWords): boolean {
  const sentence = anchor.sentence;
  if (!sentence) return false;
  return findDates(sentence.text, anchor.date, sentence.start, sentenceDateExpressions(sentence), words.cues).some((m) => !/\b\d{4}\b/.test(m.text));
}

/** Constraints from "last week": the dated event it is tied to lies in the week before, so publication runs in the week after. */
function lastWeekFloors(sentences: Sentence[], dated: Anchor[], words: DateWords, why: string[]): string[] {
  const floors: string[] = [];
  const latestTied = tiedEvents(dated, words.notSurnames);
  for (const sentence of sentences.filter((s) => /\blast week\b/i.test(s.text))) {
    const event = latestTied(sentence);
    if (!event) continue;
    const week = addDays(mondayOf(event.date), 7);
    floors.push(week);
    why.push(`"Last week" puts ${event.why}, on ${event.date}, in the week before publication, so it runs in the week of ${week}.`);
  }
  return floors;
}

/**
 * The year of a dateline's day: the first on or after the floor, unless the floor is only a
 * month, a year or an event of the calendar ("since February 2022") and a year or two later the
 * day falls on the weekday its lead names ("SEOUL, Oct 30 (Reuters) - … said on Wednesday").
 */
function datelineYear(monthDay: string, floor: Anchor, weekdays: number[], why: string[]): string {
  const first = yearOf(floor.date) + (`${yearOf(floor.date)}-${monthDay}` < floor.date ? 1 : 0);
  const year = yearByWeekdays(first, !floor.day, (y) => (weekdays.includes(weekday(`${y}-${monthDay}`)) ? 1 : 0));
  if (year !== first) why.push(`In ${year}, the dateline's day falls on the weekday the report names.`);
  return `${year}-${monthDay}`;
}

/**
 * The year, from `first` up to two later when `later` allows, in which most of the text's days
 * fall on the weekdays it names (`matches` counts them); the earliest on a tie.
 */
function yearByWeekdays(first: number, later: boolean, matches: (year: number) => number): number {
  const candidates = later ? [first, first + 1, first + 2] : [first];
  return candidates.reduce((best, year) => (matches(year) > matches(best) ? year : best));
}

/** The day from `start` to `weekEnd` in whose week most of the bare weekdays fall, each within the six days before it. */
function bestDay(start: string, weekEnd: string, weekdays: number[]): string {
  let best = "";
  let bestScore = -1;
  for (let day = start; day <= weekEnd; day = addDays(day, 1)) {
    const back = weekdays.map((wd) => (weekday(day) - wd + 7) % 7);
    if (back.some((b) => b > 6)) continue;
    const sameWeek = back.filter((b) => b <= weekday(day)).length;
    if (sameWeek > bestScore) {
      best = day;
      bestScore = sameWeek;
    }
  }
  return best || start;
}

/**
 * Infers the publication date from the text: the latest dated event it reports sets
 * the earliest possible day; "last week" next to a dated event puts that event in the
 * week before publication; bare weekdays ("said Thursday") fall within the publication
 * week. Years come from years in the text or from the reference calendar.
 */
export function inferPublished(article: Article, sentences: Sentence[], dictionaries: { calendar: CalendarEntry[]; dateWords: DateWords }): PublishedDate {
  const stated = statedDate(article, dictionaries.dateWords);
  if (stated) return stated;
  const words = dictionaries.dateWords;
  const dateline = datelineDate(article);
  // A dateline with its year ("SEOUL, Nov 2, 2025 (AFP) -") dates the page by itself.
  if (dateline?.year) return { date: `${dateline.year}-${dateline.monthDay}`, basis: "inferred", note: `No date line. The dateline gives ${dateline.text}.` };
  const archive = archiveCaptions(article, sentences, words);
  const anchors = pastAnchors(sentences, dictionaries.calendar, words, archive);
  if (anchors.length === 0) {
    const given = dateline ? ` The dateline gives ${dateline.text}, but no year.` : "";
    return { date: "", basis: "unknown", note: `No date line, no year in the text and no event of the reference calendar (data/calendar.yaml) to date it by.${given}` };
  }
  const floor = anchors.reduce((a, b) => (b.date > a.date ? b : a));
  const why = [`It reports ${floor.why}, so it cannot predate ${floor.date}.`];
  if (dateline) {
    // A wire dateline ("SEOUL, March 4 (Reuters) -") states the day; the text gives the year.
    // The lead under a dateline tells the news of the dateline's day: its weekday is that day's.
    const lead = sentences.filter((s) => s.end > dateline.at).slice(0, 1);
    const date = datelineYear(dateline.monthDay, floor, bareWeekdays(lead, words), why);
    return { date, basis: "inferred", note: `No date line. The dateline gives ${dateline.text}. ${why.join(" ")} So it is ${capitalise(WEEKDAYS[weekday(date)])} ${date}.` };
  }
  const weekdays = bareWeekdays(sentences, words);
  const dated: Anchor[] = [...anchors.filter((a) => !a.why.startsWith('"')), ...namedDays(sentences, floor, weekdays, words, archive, why)];
  const latest = dated.length ? dated.reduce((a, b) => (b.date > a.date ? b : a)) : floor;
  if (latest !== floor) why.push(`The latest dated event is ${latest.why}, on ${latest.date}.`);
  const weekFloors = lastWeekFloors(sentences, dated, words, why);
  // An event of the calendar or a month or year the text names is a floor, not a date: the
  // article may have run years later. Only a named day or "last week" tied to one dates it.
  if (!latest.day && weekFloors.length === 0) {
    return { date: "", basis: "unknown", note: `No date line. ${[...new Set(why)].join(" ")} The text names no day that dates it more closely, so the date is unknown.` };
  }
  // A named day bounds publication from below but does not date it: a report may run weeks
  // after the day it tells (or a caption's photo). A weekday the article names ("said
  // Thursday") or "last week" ties publication to the days it names.
  if (weekdays.length === 0 && weekFloors.length === 0) {
    return { date: "", basis: "unknown", note: `No date line. ${[...new Set(why)].join(" ")} The text names no weekday and no week that ties publication to that day, so the date is unknown.` };
  }
  const start = [latest.date, ...weekFloors].reduce((a, b) => (b > a ? b : a));
  const weekEnd = weekFloors.length ? addDays(weekFloors.reduce((a, b) => (b > a ? b : a)), 6) : addDays(start, 13);
  const best = bestDay(start, weekEnd, weekdays);
  if (weekdays.length) {
    why.push(`The weekday${weekdays.length > 1 ? "s" : ""} named (${[...new Set(weekdays)].map((w) => capitalise(WEEKDAYS[w])).join(", ")}) fall${weekdays.length > 1 ? "" : "s"} within the publication week, so the best date is ${capitalise(WEEKDAYS[weekday(best)])} ${best}.`);
  } else {
    why.push(`Best date ${best}, the earliest day that fits; it could be a day or two later.`);
  }
  // Two "last week" sentences tied to one event give one reason.
  return { date: best, basis: "inferred", note: `No date line. ${[...new Set(why)].join(" ")}` };
}

/** The month and day of a wire dateline near the start of the prose: "SEOUL, March 4 (Reuters) -", "VOSTOCHNY /Amur Region/, September 13. /TASS/.". */
export function datelineDate(article: Article): { text: string; monthDay: string; year?: number; at: number } | undefined {
  const dated = datelinesNear(article.raw, article.bodyStart, 2000).find((d) => d.monthDay);
  return dated && { text: `"${dated.dayText}"`, monthDay: dated.monthDay!, year: dated.year, at: dated.start };
}

/** A sentence with its quotations blanked out: a quote's "will" does not make the attribution future. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, '""');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

