/**
 * A page's own date stamps: a line near the top that is a full date and little else, and a
 * full date opening the prose before a dash. publication-date.ts reads them before it infers.
 */
import type { Article } from "./source-file.ts";
import { isRealDate } from "./source-file.ts";
import type { DateWords } from "./date-words.ts";
import { findDates, foreignFullDate, WEEKDAYS } from "./dates.ts";

/** How many lines with words may stand before the prose's opening date: a headline and a standfirst. */
const OPENING_LINES = 3;

/**
 * A full date that opens the prose before a dash, as a dateline without a city: "Tuesday,
 * October 01, 2024 - The guard warned …", also after the headline ("18th June 2024 – (Lima) …").
 */
export function openingDate(article: Article): { date: string; text: string } | undefined {
  for (const line of topLines(article, OPENING_LINES)) {
    const date = lineOpeningDate(line);
    if (date) return date;
  }
  return undefined;
}

function lineOpeningDate(line: string): { date: string; text: string } | undefined {
  const lead = /^\s*([^\n]{8,40}?)\s+(?:--|[-–—])\s/.exec(line);
  if (!lead) return undefined;
  const dates = findDates(lead[1], undefined);
  if (dates.length !== 1 || dates[0].precision !== "day" || !/\b\d{4}\b/.test(dates[0].text) || !isRealDate(dates[0].date)) return undefined;
  // Only a weekday may stand beside the date: "Kyiv, May 2, 2024 -" is a dateline the wires' reader takes.
  const rest = lead[1].replace(dates[0].text, "").match(/\p{L}+/gu) ?? [];
  return rest.every((word) => WEEKDAYS.includes(word.toLowerCase())) ? { date: dates[0].date, text: lead[1].trim() } : undefined;
}

/** How far into the text a page's date stamp may stand: the headline, standfirst and byline lines (blank lines not counted). */
const STAMP_LINES = 12;

/**
 * A page's date stamp: a line near the top that is a full date and little else
 * ("September 10, 2024", "2024-06-24", "Updated: 10 September 2024 14:02 GMT"), as a web
 * page prints under its headline. A date inside a sentence or a caption is not one.
 */
export function dateStampLine(article: Article, words: DateWords): { date: string; text: string } | undefined {
  // Blank lines between a page's header lines are no lines of its own: only the lines with words count.
  const lines = topLines(article, STAMP_LINES);
  // A byline line sets its fields apart with bars: "By The Times | Created at 2025-03-27 00:25 | Updated at …".
  for (const raw of lines.flatMap((line) => line.split(/\s[|｜]\s/))) {
    const line = raw.trim();
    // A social post embedded in the page signs with its account and its own day: "— Jane Doe (@jdoe) May 2, 2024".
    if (line.length === 0 || line.length > 60 || /\(@\w+\)/.test(line)) continue;
    const dates = findDates(line, undefined);
    const english = dates.length === 1 && dates[0].precision === "day" && /\b\d{4}\b/.test(dates[0].text) ? { date: dates[0].date, text: dates[0].text } : undefined;
    // A page in another language's template may print its stamp in that language ("4 Giugno 2025").
    const stamp = english ?? (dates.length === 0 && /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(line) ? foreignFullDate(line) : undefined);
    if (!stamp || !isRealDate(stamp.date)) continue;
    const rest = line.replace(stamp.text, "");
    // "Staff Desk Published: 16 June 2025, 05:01 PM": a label before the date makes the line a stamp.
    const labelled = words.stampLabel.test(line.slice(0, line.indexOf(stamp.text)));
    if ((labelled || (rest.match(/\p{L}+/gu) ?? []).length <= 3) && !/[.!?]\s*$/.test(rest.trim())) return { date: stamp.date, text: line };
  }
  return undefined;
}

/** The first `count` lines with words of the text (a headline, a standfirst, a byline), read within its first 2,000 characters. */
function topLines(article: Article, count: number): string[] {
  return article.raw.slice(article.bodyStart, article.bodyStart + 2000).split(/\r?\n/).filter((line) => line.trim()).slice(0, count);
}
