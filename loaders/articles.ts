/**
 * The articles table: one row per source article, with its title, outlet and
 * publication date, stated by the article or inferred from its text.
 */
import { z } from "zod";
import { isRealDate, type Article } from "./corpus.ts";
import { sentenceDateExpressions } from "./document.ts";
import { addDays, findDates, looksForward, mondayOf, parseIso, toIso, weekday, WEEKDAYS, type DateMention } from "./dates.ts";
import { compilePattern, DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { escapeRegExp, splitSentences, type Sentence } from "./text.ts";
import { join } from "node:path";

export interface ArticleRow {
  article_id: string;
  title: string;
  outlet: string;
  published: string;
  published_basis: "metadata" | "inferred" | "unknown";
  published_note: string;
  url: string;
  file: string;
  sentences: number;
  characters: number;
}

export interface CalendarEntry {
  event: string;
  date: string;
  patterns: RegExp[];
}

export interface Outlet {
  name: string;
  aliases: string[];
}

export interface ArticleDictionaries {
  calendar: CalendarEntry[];
  outlets: Outlet[];
}

const calendarSchema = z.array(
  z.object({
    event: z.string().min(1),
    date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD"), z.date()]),
    patterns: z.array(z.string().min(1)).min(1),
  }),
);
const outletsSchema = z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) }));

/** The calendar and outlets of `dir`, loaded once and shared while the files are unchanged. */
export function sharedArticleDictionaries(dir = DATA_DIR): ArticleDictionaries {
  return memoiseDictionary("articles", dir, ["calendar.yaml", "outlets.yaml"], () => loadArticleDictionaries(dir));
}

export function loadArticleDictionaries(dir = DATA_DIR): ArticleDictionaries {
  const calendarFile = join(dir, "calendar.yaml");
  const calendar = loadDictionary("calendar.yaml", calendarSchema, dir).map((entry) => ({
    event: entry.event,
    date: entry.date instanceof Date ? toIso(entry.date) : entry.date,
    patterns: entry.patterns.map((p) => compilePattern(calendarFile, p, "i")),
  }));
  return { calendar, outlets: loadDictionary("outlets.yaml", outletsSchema, dir) };
}

/** Builds the articles row of one article. */
export function articleRow(article: Article, dictionaries: ArticleDictionaries, sentences = splitSentences(article)): ArticleRow {
  const published = inferPublished(article, sentences, dictionaries.calendar);
  return {
    article_id: article.id,
    title: article.meta.title ?? findHeadline(article),
    outlet: article.meta.outlet ?? findOutlet(article, dictionaries.outlets),
    published: published.date,
    published_basis: published.basis,
    published_note: published.note,
    url: article.meta.url ?? "",
    file: article.file.split(/[\\/]/).pop() ?? article.file,
    sentences: sentences.length,
    characters: article.raw.length,
  };
}

const SMALL_WORDS = new Set("a an and as at but by for from in into of on or over the to vs with".split(" "));

/**
 * A headline: the first line of the prose, standing alone (a blank line or a dateline
 * follows), short, without a closing period or a credit, in title case or in the
 * sentence case many outlets now use. Text on the same line as a `date` header is a
 * deck or a caption, not a headline.
 */
export function findHeadline(article: Article): string {
  const body = article.raw.slice(article.bodyStart);
  const sameLineAsHeader = article.meta.publishedSource === "date line" && !/^\r?\n/.test(body);
  if (sameLineAsHeader) return "";
  const lines = body.split(/\r?\n/);
  const first = lines[0].trim().replace(/^#+\s*/, "");
  const rest = lines.slice(1).join("\n").trim();
  if (!first || !rest || first.length > 160 || /[.!?:]["”’]?$/.test(first) || /(?:--|—|–)\s|\(\w+\)\s*$|[.!?]["”’]?\s+[A-Z][A-Z.&/]+$/.test(first)) return "";
  const words = first.split(/\s+/).map((w) => w.replace(/^['"‘“(]+|['"’”),:;]+$/g, ""));
  const content = words.filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3 || words.length > 20) return "";
  const capitalised = content.filter((w) => /^[\p{Lu}\d]/u.test(w));
  if (capitalised.length / content.length >= 0.75) return first;
  // Sentence case: a line of its own, set off by a blank line or followed by a dateline.
  const standsAlone = /^\s*$/.test(lines[1] ?? "") || /^[A-Z][A-Z .'’-]{2,}(?:,| \(|\s+(?:--|—|–))/.test(lines[1] ?? "");
  return standsAlone && /^[\p{Lu}\d'"‘“]/u.test(first) ? first : "";
}

/**
 * The forms of an outlet's signature, the article's own first, photo credits last; group 1
 * is the outlet. `alias` is the alternation of the outlets' known aliases.
 */
function signaturePatterns(alias: string): RegExp[] {
  const name = String.raw`[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}`;
  // A wire's name in parentheses may open in lower case: "(dpa-AFX)".
  const wire = String.raw`\p{L}[\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}`;
  return [
    new RegExp(String.raw`\((${name})\)\s*$`, "m"),
    // A wire's credit: "SOURCE: AA", "(MENAFN) North Korea has …", "PYONGYANG (dpa-AFX) -".
    new RegExp(String.raw`^[ \t]*(?:SOURCE|Source):[ \t]*(${name})[ \t]*$`, "m"),
    new RegExp(String.raw`^[ \t]*\((${wire})\) ?(?:--|—|–|-)? ?[A-Z]`, "mu"),
    new RegExp(String.raw`^[ \t]*[A-Z][A-Z .'-]+ \((${wire})\) ?(?:--|—|–|-) `, "mu"),
    // TASS's "September 13. /TASS/." and a byline "Reuters | Washington DC | Updated: …".
    new RegExp(String.raw`\d\. /([A-Z][A-Z-]+)/\.`),
    new RegExp(String.raw`^[ \t]*(${alias}) \| `, "m"),
    // The outlet speaking of itself: "Support The Moscow Times!", "by … and The Kyiv
    // Independent news desk", "originally published by Radio Free Asia", "…, Censor.NET reports."
    new RegExp(String.raw`^[ \t]*Support (${name})!`, "m"),
    new RegExp(String.raw`\b(?:by|and) (${name}) news desk\b`),
    new RegExp(String.raw`\boriginally published by (${name})\b`),
    new RegExp(String.raw`, (${name}) reports\.[ \t]*$`, "m"),
    // [ \t]*, not \s*: at every line start \s* would run over all the blank lines below it.
    new RegExp(String.raw`^[ \t]*[Ww]ith (?:additional )?reporting by (${name})`, "m"),
    new RegExp(String.raw`Follow (${name})['’]s coverage`),
    new RegExp(String.raw`\((${alias})\)`),
    new RegExp(String.raw`^[A-Z][A-Z .,'-]+(?:,[^()\n]{0,30})? \((${alias})\) ?(?:--|—|–|-)`, "m"),
    // Any wire's dateline or timestamp: "TOKYO, May 24 (KUNA) --", "2025-07-13 02:28:33 (MENAFN)".
    new RegExp(String.raw`^[ \t]*[A-Z][A-Z .'-]+, [A-Z][a-z]{2,8}\.? \d{1,2} \((${name})\) ?(?:--|—|–|-)`, "m"),
    new RegExp(String.raw`^[ \t]*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})? \((${name})\)`, "m"),
    new RegExp(String.raw`(?:^|\s)[—–-]\s*(${alias})\s*$`, "m"),
    // Words after the slash are separated by spaces that \s* cannot also take (no backtracking).
    new RegExp(String.raw`[.!?]\s+(${alias})(?:/[\w.-]+(?: +[\w.-]+)*)?\s*$`, "m"),
    new RegExp(String.raw`\b(${alias})/[A-Z][\w.-]*`),
  ];
}

/** The outlet from a signature: "(Yonhap)", "With reporting by Reuters", "Follow AP's coverage", "— AFP", a photo credit. */
export function findOutlet(article: Article, outlets: Outlet[]): string {
  const body = article.raw.slice(article.bodyStart);
  const byAlias = new Map<string, string>();
  for (const outlet of outlets) for (const alias of outlet.aliases) byAlias.set(alias, outlet.name);
  const alias = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  for (const signature of signaturePatterns(alias)) {
    const match = signature.exec(body);
    if (match) return byAlias.get(match[1]) ?? match[1];
  }
  return "";
}

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
        anchors.push({ date: toIso(d), why: `the ${anniversary[1]}th anniversary of the ${entry.event} (${entry.date})`, sentence });
      } else {
        anchors.push({ date: entry.date, why: `the ${entry.event}`, sentence });
      }
      break;
    }
  }
  return anchors;
}

const NOT_A_PERSON = new Set(
  "Korea Russia States Nations Council Ministry Union Kingdom Department Agency House Forces Post Times News Security Affairs Office Party Army Navy Command Peninsula Ukraine China Japan America Europe Asia Moscow Washington Pyongyang Seoul Kyiv Beijing Tokyo Kremlin Pentagon Korean Russian American Ukrainian Chinese Japanese European Western Soviet".split(
    " ",
  ),
);

/**
 * Surnames named in a sentence: the last word of a run of capitalised words, such as "John Kirby".
 * Runs are found whole and cut into names here: the pattern `(?:[A-Z][a-z]+ )+([A-Z][a-z]{2,})\b`
 * retried the rest of a run at every word, quadratic on a long run of short capitalised words.
 */
function personNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const run of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+/g)) {
    const words = run[0].split(" ");
    const after = run.index! + run[0].length;
    const wordEnd = (j: number) => j < words.length - 1 || !/\w/.test(text[after] ?? "");
    for (let i = 0; i < words.length - 1; ) {
      let j = words.length - 1;
      while (j > i && !(words[j].length >= 3 && wordEnd(j))) j--;
      if (j === i) break;
      if (!NOT_A_PERSON.has(words[j])) names.add(words[j]);
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
function tiedEvents(dated: Anchor[]): (sentence: Sentence) => Anchor | undefined {
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
    const indices = [...personNames(sentence.text)].map(latestNaming).filter((i) => i >= 0);
    if (indices.length === 0) return undefined;
    return indices.map((i) => dated[i]).reduce((a, b) => (b.date > a.date || (b.date === a.date && dated.indexOf(b) < dated.indexOf(a)) ? b : a));
  };
}

/**
 * Infers the publication date from the text: the latest dated event it reports sets
 * the earliest possible day; "last week" next to a dated event puts that event in the
 * week before publication; bare weekdays ("said Thursday") fall within the publication
 * week. Years come from years in the text or from the reference calendar.
 */
export function inferPublished(article: Article, sentences: Sentence[], calendar: CalendarEntry[]): PublishedDate {
  if (article.meta.published) {
    const date = article.meta.published;
    const source = article.meta.publishedNote ?? (article.meta.publishedSource === "date line" ? `Header line 'date ${date}'` : "Front matter field `published`");
    return { date, basis: "metadata", note: `${source}; it is a ${capitalise(WEEKDAYS[weekday(date)])}.` };
  }
  // A timestamp opening the text ("2025-07-13 02:28:33 (MENAFN) …") is the wire's own.
  const stamp = /^\s*(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}/.exec(article.raw.slice(article.bodyStart, article.bodyStart + 40));
  if (stamp && isRealDate(stamp[1])) {
    return { date: stamp[1], basis: "inferred", note: `The text opens with the timestamp ${stamp[0].trim()}; it is a ${capitalise(WEEKDAYS[weekday(stamp[1])])}.` };
  }
  const why: string[] = [];
  const anchors: Anchor[] = [];
  for (const sentence of sentences) {
    if (looksForward(sentence.text)) continue;
    anchors.push(...calendarAnchors(sentence, calendar));
    for (const m of findDates(sentence.text, undefined, sentence.start, sentenceDateExpressions(sentence))) {
      if (m.precision === "day" || m.precision === "month" || m.precision === "year") {
        anchors.push({ date: m.date, why: `"${m.text}"`, sentence, day: m.precision === "day" });
      }
    }
  }
  const dateline = datelineDate(article);
  if (anchors.length === 0) {
    const stated = dateline ? ` The dateline gives ${dateline.text}, but no year.` : "";
    return { date: "", basis: "unknown", note: `No date line, no year in the text and no event of the reference calendar (data/calendar.yaml) to date it by.${stated}` };
  }
  const floor = anchors.reduce((a, b) => (b.date > a.date ? b : a));
  why.push(`It cannot predate ${floor.date}, the date of ${floor.why}, which it reports.`);
  if (dateline) {
    // A wire dateline ("SEOUL, March 4 (Reuters) -") states the day; the text gives the year.
    const year = parseIso(floor.date).getUTCFullYear();
    let date = `${year}-${dateline.monthDay}`;
    if (date < floor.date) date = `${year + 1}-${dateline.monthDay}`;
    return { date, basis: "inferred", note: `No date line. The dateline gives ${dateline.text}. ${why.join(" ")} So it is ${capitalise(WEEKDAYS[weekday(date)])} ${date}.` };
  }

  const weekdays = sentences.flatMap((s) =>
    looksForward(withoutQuotes(s.text)) ? [] : [...s.text.matchAll(/\b(?:on |last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:[A-Z][a-z]{2,}\.? )?\d)/g)].filter((m) => !/^last /i.test(m[0])).map((m) => WEEKDAYS.indexOf(m[1].toLowerCase())),
  );

  // Day-level dates without a year ("Nov. 18"): read in the first year on or after the floor,
  // unless a later year makes them fall on weekdays the article names ("released on Monday").
  const yearOf = (iso: string) => parseIso(iso).getUTCFullYear();
  const dated: Anchor[] = anchors.filter((a) => !a.why.startsWith('"'));
  const yearless: Array<{ monthDay: string; text: string; sentence: Sentence }> = [];
  for (const sentence of sentences) {
    if (looksForward(sentence.text)) continue;
    const ref = `${yearOf(floor.date) + 1}-${floor.date.slice(5)}`;
    for (const m of findDates(sentence.text, ref, sentence.start, sentenceDateExpressions(sentence))) {
      if (m.precision !== "day" || /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(m.text) && !/\d/.test(m.text)) continue;
      if (/\b\d{4}\b/.test(m.text)) dated.push({ date: m.date, why: `"${m.text}"`, sentence, day: true });
      else yearless.push({ monthDay: m.date.slice(5), text: m.text, sentence });
    }
  }
  // A day a few months before the latest dated event is in its year ("on Jan. 2" beside
  // "Jan. 11, 2024"); only a day half a year before it is read in the next year.
  const inYear = (year: number, monthDay: string) => {
    const date = `${year}-${monthDay}`;
    return date < addDays(floor.date, -183) ? `${year + 1}-${monthDay}` : date;
  };
  const weekdayMatches = (year: number) => yearless.filter((d) => weekdays.includes(weekday(inYear(year, d.monthDay)))).length;
  let year = yearOf(floor.date);
  // A floor that is a day with its year ("Jan. 11, 2024") holds the days near it in its year;
  // a month or a calendar event may lie a year or two before the days the text names.
  const later = floor.day ? [] : [year + 1, year + 2];
  for (const candidate of later) if (yearless.length && weekdayMatches(candidate) > weekdayMatches(year)) year = candidate;
  if (year !== yearOf(floor.date)) why.push(`In ${year}, ${yearless.map((d) => d.text).join(", ")} fall${yearless.length > 1 ? "" : "s"} on the weekday${yearless.length > 1 ? "s" : ""} the article names.`);
  for (const d of yearless) dated.push({ date: inYear(year, d.monthDay), why: `"${d.text}"`, sentence: d.sentence, day: true });
  const latest = dated.length ? dated.reduce((a, b) => (b.date > a.date ? b : a)) : floor;
  if (latest !== floor) why.push(`The latest dated event is ${latest.why} (${latest.date}).`);

  // Constraints from "last week": the dated event it is tied to lies in the week before.
  const lastWeekFloors: string[] = [];
  const latestTied = tiedEvents(dated);
  for (const sentence of sentences.filter((s) => /\blast week\b/i.test(s.text))) {
    const event = latestTied(sentence);
    if (!event) continue;
    const week = addDays(mondayOf(event.date), 7);
    lastWeekFloors.push(week);
    why.push(`"Last week" puts ${event.why} (${event.date}) in the week before publication, so it runs in the week of ${week}.`);
  }

  // An event of the calendar or a month or year the text names is a floor, not a date: the
  // article may have run years later. Only a named day or "last week" tied to one dates it.
  if (!latest.day && lastWeekFloors.length === 0) {
    return { date: "", basis: "unknown", note: `No date line. ${why.join(" ")} The text names no day that dates it more closely, so the date is unknown.` };
  }
  const start = [latest.date, ...lastWeekFloors].reduce((a, b) => (b > a ? b : a));
  const weekEnd = lastWeekFloors.length ? addDays(lastWeekFloors.reduce((a, b) => (b > a ? b : a)), 6) : addDays(start, 13);
  let best = "";
  let bestScore = -1;
  for (let day = start; day <= weekEnd; day = addDays(day, 1)) {
    // Every bare weekday must fall within the six days before publication; best within its week.
    const back = weekdays.map((wd) => (weekday(day) - wd + 7) % 7);
    if (back.some((b) => b > 6)) continue;
    const sameWeek = back.filter((b) => b <= weekday(day)).length;
    if (sameWeek > bestScore) {
      best = day;
      bestScore = sameWeek;
    }
  }
  if (!best) best = start;
  if (weekdays.length) {
    why.push(`The weekday${weekdays.length > 1 ? "s" : ""} named (${[...new Set(weekdays)].map((w) => capitalise(WEEKDAYS[w])).join(", ")}) fall${weekdays.length > 1 ? "" : "s"} within the publication week, so the best date is ${capitalise(WEEKDAYS[weekday(best)])} ${best}.`);
  } else {
    why.push(`Best date ${best}, the earliest day that fits; it could be a day or two later.`);
  }
  return { date: best, basis: "inferred", note: `No date line. ${why.join(" ")}` };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The month and day of a wire dateline at the start of the prose: "SEOUL, March 4 (Reuters) -", "VOSTOCHNY /Amur Region/, September 13. /TASS/.". */
export function datelineDate(article: Article): { text: string; monthDay: string; at: number } | undefined {
  const head = article.raw.slice(article.bodyStart, article.bodyStart + 2000);
  const match =
    /^[ \t]*[A-Z][A-Z .'’-]{2,}(?:, [A-Z][a-z]+)?, ([A-Z][a-z]{2,8})\.? (\d{1,2})\b(?:, \d{4})? ?(?:\([\w .&]+\))? ?(?:--|—|–|-)/m.exec(head) ??
    /^[ \t]*[A-Z][A-Z .'’-]{2,}(?: \/[A-Z][\w .-]*\/)?, ([A-Z][a-z]{2,8})\.? (\d{1,2})\. \/[A-Z][A-Z-]+\/\./m.exec(head);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase());
  const day = Number(match[2]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  return { text: `"${match[1]} ${match[2]}"`, monthDay: `${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`, at: article.bodyStart + match.index };
}

/** A sentence with its quotations blanked out: a quote's "will" does not make the attribution future. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, '""');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export type { DateMention };
