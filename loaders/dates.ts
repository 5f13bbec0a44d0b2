/**
 * Dates in prose, resolved against the article's date with a past bias: in a news
 * article "in September", "on Tuesday" or "from August to January" point back in time,
 * unless the clause looks forward ("will", "next month", "is hosting").
 *
 * chrono-node finds the expressions and their stated parts; the calendar arithmetic
 * (which year, which week, how precise) is ours, because chrono resolves to the
 * closest date, sometimes in the future, and has no notion of precision.
 */
import * as chrono from "chrono-node";
import { sharedDateWords, type DateCues } from "./date-words.ts";
import { addDays, civilOf, isoOfCivil, mondayOf, monthStart, parseIso, periodEnd, toIso, weekday, type Precision } from "./calendar-days.ts";
import { allMatches } from "./text.ts";

export { addDays, mondayOf, monthEnd, monthStart, parseIso, periodEnd, toIso, weekday, WEEKDAYS, type Precision } from "./calendar-days.ts";


export interface DateMention {
  /** The words that gave the date ("last week", "in July", "on June 24"). */
  text: string;
  start: number;
  end: number;
  /** First day of what is meant: the day, the week's Monday, the month's or year's first day. */
  date: string;
  precision: Precision;
  /** For a stated range ("from August to January"), the first day of its last unit, else "". */
  dateEnd: string;
  /** Last day of the whole period meant (the day itself for a day). */
  lastDay: string;
}

/** The other languages chrono reads, for a page's date stamp printed in its own ("4 Giugno 2025", "4. Juni 2025"). */
const OTHER_LOCALES = [chrono.de, chrono.fr, chrono.it, chrono.es, chrono.pt, chrono.nl, chrono.sv, chrono.fi, chrono.ru, chrono.uk, chrono.ja, chrono.zh];

/**
 * A full date (day, month in words, year) written in another language than English, as the
 * first that one of chrono's other locales reads whole from the text; all-digit dates are
 * left alone ("04.06.2025" is the 4th of June or April 6th by country).
 */
export function foreignFullDate(text: string): { date: string; text: string } | undefined {
  for (const locale of OTHER_LOCALES) {
    const [found] = locale.parse(text, new Date(Date.UTC(2000, 0, 1)));
    if (!found || !/\p{L}/u.test(found.text) || !found.start.isCertain("year") || !found.start.isCertain("month") || !found.start.isCertain("day")) continue;
    const [year, month, day] = [found.start.get("year")!, found.start.get("month")!, found.start.get("day")!];
    // A word for "today" ("oggi", "heute") is certain of the reference day: a stamp writes its year.
    if (!found.text.includes(String(year))) continue;
    return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, text: found.text };
  }
  return undefined;
}

/** Whether a clause speaks of the future (data/date-words.yaml `future_cues`), so that a bare date may lie ahead of the article. */
export function looksForward(clause: string, cues: DateCues = sharedDateWords().cues): boolean {
  return cues.looksForward.test(clause);
}

interface RelativeRule {
  pattern: RegExp;
  resolve: (ref: string, match: RegExpExecArray) => { date: string; precision: Precision } | undefined;
}

const year = (ref: string) => civilOf(ref)?.[0] ?? parseIso(ref).getUTCFullYear();
const month = (ref: string) => civilOf(ref)?.[1] ?? parseIso(ref).getUTCMonth() + 1;
const shiftMonth = (ref: string, by: number) => {
  const d = parseIso(ref);
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + by, 1)));
};

/** Relative expressions chrono resolves without precision, or not at all. */
const RELATIVE_RULES: RelativeRule[] = [
  {
    pattern: /\b(?:(?:earlier|later) )?(this|last|next|past|previous|coming) (week|month|year)\b/gi,
    resolve: (ref, m) => {
      const which = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const step = which === "last" || which === "previous" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      // "the past week/month/year" is a span ending now, not a calendar unit.
      if (which === "past") return undefined;
      if (unit === "week") return { date: addDays(mondayOf(ref), 7 * step), precision: "week" };
      if (unit === "month") return { date: shiftMonth(ref, step), precision: "month" };
      return { date: `${year(ref) + step}-01-01`, precision: "year" };
    },
  },
  {
    pattern: /\b(yesterday|today|tonight)\b/gi,
    resolve: (ref, m) => ({ date: addDays(ref, m[1].toLowerCase() === "yesterday" ? -1 : 0), precision: "day" }),
  },
];

/**
 * The mentions found in a text so far, none overlapping another. A few are checked one by
 * one; past that, a map of characters makes checking a new one cost its length, not the
 * number of mentions so far (a text full of dates would otherwise be quadratic).
 */
class MentionCollector {
  readonly mentions: DateMention[] = [];
  private readonly spans: Array<[number, number]> = [];
  private characters: Uint8Array | undefined;
  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  /** Adds a mention at [start, end) of the text unless it overlaps one already there. */
  add(start: number, end: number, date: string, precision: Precision, dateEnd = "", lastDay = ""): void {
    if (!this.claim(start, end)) return;
    this.mentions.push({
      text: this.text.slice(start, end),
      start: start + this.offset,
      end: end + this.offset,
      date,
      precision,
      dateEnd,
      lastDay: lastDay || periodEnd(dateEnd || date, precision),
    });
  }

  private claim(start: number, end: number): boolean {
    if (end <= start) return true;
    if (this.characters) {
      for (let i = start; i < end; i++) if (this.characters[i]) return false;
      this.characters.fill(1, start, end);
      return true;
    }
    for (const [s, e] of this.spans) if (start < e && s < end) return false;
    this.spans.push([start, end]);
    if (this.spans.length > 16) {
      this.characters = new Uint8Array(this.text.length + 1);
      for (const [s, e] of this.spans) this.characters.fill(1, s, e);
    }
    return true;
  }
}

/**
 * Finds the date expressions in a text and resolves them against `ref` (an ISO date).
 * `offset` is added to positions, so a sentence's mentions index the article.
 * Without a reference date only absolute dates (with a year) are resolved.
 * `expressions`, if given, are `readDateExpressions(text)` read before: a text read
 * against several reference dates is parsed once.
 */
export function findDates(
  text: string,
  ref: string | undefined,
  offset = 0,
  expressions?: readonly DateExpression[],
  cues: DateCues = sharedDateWords().cues,
): DateMention[] {
  const found = new MentionCollector(text, offset);
  if (ref) {
    for (const rule of RELATIVE_RULES) {
      for (const m of allMatches(rule.pattern, text)) {
        const resolved = rule.resolve(ref, m as RegExpExecArray);
        if (resolved) found.add(m.index!, m.index! + m[0].length, resolved.date, resolved.precision);
      }
    }
  }
  // A bare year after a preposition ("in 2023") needs no reference date.
  for (const m of allMatches(cues.yearAfterPreposition, text)) found.add(m.index!, m.index! + m[0].length, `${m[1]}-01-01`, "year");

  const read = expressions ?? readDateExpressions(text);
  const forward = read.length > 0 && cues.looksForward.test(text);
  for (const expression of read) {
    const resolved = resolveExpression(expression, ref, forward && !cues.pastVerbBefore.test(text.slice(Math.max(0, expression.index - 24), expression.index)));
    if (!resolved) continue;
    const start = expression.index + leadingPreposition(text, expression.index, cues);
    found.add(start, expression.index + expression.text.length, resolved.date, resolved.precision, resolved.dateEnd, resolved.lastDay);
  }
  return withYearOfMonth(text, offset, found.mentions.sort((a, b) => a.start - b.start));
}

/**
 * "August last year", "in March this year": the year named right after a month is the
 * month's year. Read apart, the month would fall in the reference year.
 */
function withYearOfMonth(text: string, offset: number, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const month = mentions[i];
    const year = mentions[i + 1];
    if (month.precision === "month" && !month.dateEnd && year && year.precision === "year" && /^(?:last|this|next) year$/i.test(year.text) && /^\s+$/.test(text.slice(month.end - offset, year.start - offset))) {
      const date = `${year.date.slice(0, 4)}${month.date.slice(4)}`;
      out.push({ ...month, text: text.slice(month.start - offset, year.end - offset), end: year.end, date, lastDay: periodEnd(date, "month") });
      i++;
    } else out.push(month);
  }
  return out;
}

/**
 * chrono's parsers that can never give a mention we keep: times of day, "now", "in two
 * weeks", "three days ago", "next month" (our RELATIVE_RULES read those, with precision).
 * Every parser runs its pattern over every sentence, so leaving these out makes date
 * reading about twice as fast.
 */
const PARSERS_WITHOUT_NAMED_DATES = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeExpressionParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENCasualDateParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

function namedDateReader(): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(false);
  configuration.parsers = configuration.parsers.filter((parser) => !PARSERS_WITHOUT_NAMED_DATES.has(parser.constructor.name));
  return new chrono.Chrono(configuration);
}

/** Built once: a chrono instance holds only its configuration, no state between parses. */
const NAMED_DATE_READER = namedDateReader();

/** Characters of text chrono reads at once, and how far a chunk reaches past its end. */
const CHUNK = 4000;
const CHUNK_OVERLAP = 200;

/**
 * chrono.parse over a text, a few thousand characters at a time. chrono re-scans the rest
 * of the text after every match, which is quadratic on a long sentence full of dates (a
 * 1 MB line of "June 24, " would take minutes). Each chunk ends at a space and reads on
 * CHUNK_OVERLAP characters so that an expression starting near its end is read whole;
 * only results that start within the chunk proper are kept. Texts shorter than a chunk,
 * which is every real sentence, are parsed in one go exactly as before.
 */
function parseInChunks(text: string, instant: Date): Array<{ result: chrono.ParsedResult; index: number }> {
  if (text.length <= CHUNK + CHUNK_OVERLAP) return NAMED_DATE_READER.parse(text, { instant, timezone: 0 }).map((result) => ({ result, index: result.index }));
  const results: Array<{ result: chrono.ParsedResult; index: number }> = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHUNK);
    const space = text.slice(to, to + CHUNK_OVERLAP).indexOf(" ");
    if (space >= 0) to += space;
    if (text.length - to <= CHUNK_OVERLAP) to = text.length;
    const chunk = text.slice(from, Math.min(text.length, to + CHUNK_OVERLAP));
    for (const result of NAMED_DATE_READER.parse(chunk, { instant, timezone: 0 })) {
      if (result.index < to - from) results.push({ result, index: result.index + from });
    }
    from = to;
  }
  return results;
}

/** How far back the mention's preposition starts ("on Monday", "in July", "from August …"). */
function leadingPreposition(text: string, index: number, cues: DateCues): number {
  const before = cues.prepositionBefore.exec(text.slice(Math.max(0, index - 8), index));
  return before ? -before[0].length : 0;
}

interface Resolved {
  date: string;
  precision: Precision;
  dateEnd: string;
  lastDay: string;
}

function known(component: chrono.ParsedComponents): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of ["year", "month", "day", "weekday"] as const) if (component.isCertain(key)) out[key] = component.get(key)!;
  return out;
}

/** chrono also reads "a day after" or "now" as dates; we keep only named months, weekdays and years. */
const NAMES_A_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:19|20)\d{2}\b/i;

/**
 * What every text holds from which chrono gives a mention that NAMES_A_DATE accepts: a
 * mention is a substring of the text, and each branch of NAMES_A_DATE starts with one of
 * these letter runs. Deliberately without word boundaries, which hold in a mention's text
 * but maybe not in the whole text, so that the test never skips a date.
 */
const MAY_NAME_A_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|19\d\d|20\d\d/i;

/** A date expression chrono found: where, its words, and the parts the text states (not those chrono implies). */
export interface DateExpression {
  index: number;
  /** chrono's words without the comma, full stop or space it may take after them. */
  text: string;
  start: Record<string, number>;
  end?: Record<string, number>;
}

/**
 * Any instant will do for reading: only the parts a text states are kept, and those do
 * not depend on the date it is read against. Resolution against the article's date is
 * resolveExpression's.
 */
const READING_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * The expressions of a text that name a month, a weekday or a year, as chrono reads them.
 * This is the costly step of date finding, so callers that resolve the same text against
 * more than one date read it once and pass the expressions to findDates.
 */
export function readDateExpressions(text: string): DateExpression[] {
  // A text without the letters of a month, a weekday or a year cannot yield one.
  if (!MAY_NAME_A_DATE.test(text)) return [];
  const expressions: DateExpression[] = [];
  for (const { result, index } of parseInChunks(text, READING_INSTANT)) {
    if (!NAMES_A_DATE.test(result.text)) continue;
    const start = known(result.start);
    // Times of day, "now", bare numbers and relative phrases chrono invents are not dates here.
    if (start.month === undefined && start.weekday === undefined && start.year === undefined) continue;
    const written = result.text.replace(/[,.\s]+$/, "");
    expressions.push({ index, text: written, start: dottedDayFirst(written, start), end: result.end ? known(result.end) : undefined });
  }
  return expressions;
}

/** Day, month and year joined by dots ("05.11.2024"). */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * "05.11.2024" is the 5th of November: where dates are written with dots (Europe, Russia,
 * Ukraine, Turkey …) the day comes first, while chrono's English reads the month first, as
 * the slashes of "5/11/2024" do in the United States.
 */
function dottedDayFirst(text: string, start: Record<string, number>): Record<string, number> {
  const m = DOTTED_DATE.exec(text);
  if (!m || Number(m[2]) > 12 || Number(m[1]) > 31) return start;
  return { ...start, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
}

function resolveExpression(expression: DateExpression, ref: string | undefined, forward: boolean): Resolved | undefined {
  const start = expression.start;
  if (!expression.end) {
    const single = resolvePoint(start, ref, forward);
    return single && { ...single, dateEnd: "", lastDay: periodEnd(single.date, single.precision) };
  }
  const end = expression.end;
  const endPoint = resolvePoint({ ...start, ...end, year: end.year ?? start.year, weekday: end.weekday } as Record<string, number>, ref, forward);
  if (!endPoint) return undefined;
  let startPoint = resolvePoint({ ...start, year: start.year ?? year(endPoint.date) }, ref, forward);
  if (!startPoint) return undefined;
  // A range runs forward: "from August to January" starts in the year before January.
  if (startPoint.date > endPoint.date && start.year === undefined) {
    startPoint = resolvePoint({ ...start, year: year(endPoint.date) - 1 }, ref, forward)!;
  }
  return {
    date: startPoint.date,
    precision: startPoint.precision,
    dateEnd: endPoint.date,
    lastDay: periodEnd(endPoint.date, endPoint.precision),
  };
}

/** Resolves stated parts (year, month, day, weekday) to a date, biased to the past of `ref`. */
function resolvePoint(parts: Record<string, number>, ref: string | undefined, forward: boolean): { date: string; precision: Precision } | undefined {
  const { year: y, month: m, day: d, weekday: wd } = parts;
  if (m !== undefined) {
    const precision: Precision = d !== undefined ? "day" : "month";
    const make = (yy: number) => (d !== undefined ? isoOfCivil(yy, m, d) : monthStart(yy, m));
    if (y !== undefined) return { date: make(y), precision };
    if (!ref) return undefined;
    const refYear = year(ref);
    let date = make(refYear);
    const latest = precision === "day" ? addDays(ref, 1) : monthStart(refYear, month(ref));
    if (!forward && date > latest) date = make(refYear - 1);
    // Looking forward, a date far behind the article is next year's ("in January", written in December).
    if (forward && date < addDays(ref, -183)) date = make(refYear + 1);
    return { date, precision };
  }
  if (y !== undefined && m === undefined && wd === undefined) return { date: `${y}-01-01`, precision: "year" };
  if (wd !== undefined && ref) {
    // chrono numbers weekdays Sunday = 0; ours Monday = 0.
    const target = (wd + 6) % 7;
    const back = (weekday(ref) - target + 7) % 7;
    return { date: forward && back !== 0 ? addDays(ref, 7 - back) : addDays(ref, -back), precision: "day" };
  }
  return undefined;
}
