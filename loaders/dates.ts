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

export type Precision = "day" | "week" | "month" | "year";

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

const DAY_MS = 86_400_000;

export function parseIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekday(iso: string): number {
  return (parseIso(iso).getUTCDay() + 6) % 7;
}

export function mondayOf(iso: string): string {
  return addDays(iso, -weekday(iso));
}

export function monthStart(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return toIso(d);
}

export function monthEnd(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month, 0)));
}

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** The last day of the period that a mention of this precision starting at `date` covers. */
export function periodEnd(date: string, precision: Precision): string {
  const d = parseIso(date);
  if (precision === "day") return date;
  if (precision === "week") return addDays(date, 6);
  if (precision === "month") return monthEnd(d.getUTCFullYear(), d.getUTCMonth() + 1);
  return `${d.getUTCFullYear()}-12-31`;
}

/** Whether a clause speaks of the future, so that a bare date may lie ahead of the article. */
export function looksForward(clause: string): boolean {
  return /\b(?:will|would|shall|plans?|planned|planning|intends?|expected|scheduled|is to|are to|set to|going to|next|upcoming|coming|later this|is hosting|will host|to be held|to hold|as early as|due to|by the end of)\b/i.test(
    clause,
  );
}

/**
 * A date right after a past-tense verb ("pledged Friday", "said on Monday") is past even
 * in a sentence that looks forward ("… that her country would stand by Russia"). Verbs of
 * scheduling ("expected on Friday") still look forward.
 */
const PAST_VERB_BEFORE = /\b(?!(?:expected|scheduled|planned|slated|postponed|delayed|due|set)\b)(?:[a-z]+ed|said|told|met|sent|held|began|spoke|wrote|made|gave|took)\s+(?:on\s+)?$/i;

interface RelativeRule {
  pattern: RegExp;
  resolve: (ref: string, match: RegExpExecArray) => { date: string; precision: Precision } | undefined;
}

const year = (ref: string) => parseIso(ref).getUTCFullYear();
const month = (ref: string) => parseIso(ref).getUTCMonth() + 1;
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
  {
    pattern: /\b(?:in|since|during|by|of|until|through|early|late|mid-?|throughout) ((?:19|20)\d{2})\b(?![-–]\d)/gi,
    resolve: (_ref, m) => ({ date: `${m[1]}-01-01`, precision: "year" }),
  },
];

/**
 * Finds the date expressions in a text and resolves them against `ref` (an ISO date).
 * `offset` is added to positions, so a sentence's mentions index the article.
 * Without a reference date only absolute dates (with a year) are resolved.
 */
export function findDates(text: string, ref: string | undefined, offset = 0): DateMention[] {
  const mentions: DateMention[] = [];
  // Characters already part of a mention: checking a new one costs its length, not the
  // number of mentions so far (a text full of dates would otherwise be quadratic).
  const taken = new Uint8Array(text.length + 1);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  };
  const add = (start: number, end: number, date: string, precision: Precision, dateEnd = "", lastDay = "") => {
    if (overlaps(start, end)) return;
    taken.fill(1, start, end);
    mentions.push({
      text: text.slice(start, end),
      start: start + offset,
      end: end + offset,
      date,
      precision,
      dateEnd,
      lastDay: lastDay || periodEnd(dateEnd || date, precision),
    });
  };

  if (ref) {
    for (const rule of RELATIVE_RULES) {
      for (const m of text.matchAll(rule.pattern)) {
        const resolved = rule.resolve(ref, m as RegExpExecArray);
        if (resolved) add(m.index!, m.index! + m[0].length, resolved.date, resolved.precision);
      }
    }
  } else {
    const yearRule = RELATIVE_RULES[RELATIVE_RULES.length - 1];
    for (const m of text.matchAll(yearRule.pattern)) add(m.index!, m.index! + m[0].length, `${m[1]}-01-01`, "year");
  }

  // chrono is the slowest step of the extraction; a text without the letters of a month,
  // a weekday or a year cannot yield a mention that resolveChrono keeps.
  if (!MAY_NAME_A_DATE.test(text)) return mentions.sort((a, b) => a.start - b.start);
  const instant = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const forward = looksForward(text);
  for (const { result, index } of parseInChunks(text, instant)) {
    const resolved = resolveChrono(result, ref, forward && !PAST_VERB_BEFORE.test(text.slice(Math.max(0, index - 24), index)));
    if (!resolved) continue;
    const start = index + leadingPreposition(text, index);
    add(start, index + result.text.replace(/[,.\s]+$/, "").length, resolved.date, resolved.precision, resolved.dateEnd, resolved.lastDay);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

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
  if (text.length <= CHUNK + CHUNK_OVERLAP) return chrono.en.parse(text, { instant, timezone: 0 }).map((result) => ({ result, index: result.index }));
  const results: Array<{ result: chrono.ParsedResult; index: number }> = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHUNK);
    const space = text.slice(to, to + CHUNK_OVERLAP).indexOf(" ");
    if (space >= 0) to += space;
    if (text.length - to <= CHUNK_OVERLAP) to = text.length;
    const chunk = text.slice(from, Math.min(text.length, to + CHUNK_OVERLAP));
    for (const result of chrono.en.parse(chunk, { instant, timezone: 0 })) {
      if (result.index < to - from) results.push({ result, index: result.index + from });
    }
    from = to;
  }
  return results;
}

/** How far back the mention's preposition starts ("on Monday", "in July", "from August …"). */
function leadingPreposition(text: string, index: number): number {
  const before = /\b(on|in|from|since|by|until|during|of)\s+$/i.exec(text.slice(Math.max(0, index - 8), index));
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

function resolveChrono(result: chrono.ParsedResult, ref: string | undefined, forward: boolean): Resolved | undefined {
  if (!NAMES_A_DATE.test(result.text)) return undefined;
  const start = known(result.start);
  // Times of day, "now", bare numbers and relative phrases chrono invents are not dates here.
  if (start.month === undefined && start.weekday === undefined && start.year === undefined) return undefined;
  if (!result.end) {
    const single = resolvePoint(start, ref, forward);
    return single && { ...single, dateEnd: "", lastDay: periodEnd(single.date, single.precision) };
  }
  const end = known(result.end);
  const endPoint = resolvePoint({ ...start, ...end, year: end.year ?? start.year, weekday: end.weekday } as Record<string, number>, ref, forward);
  if (!endPoint) return undefined;
  let startPoint = resolvePoint({ ...start, year: start.year ?? parseIso(endPoint.date).getUTCFullYear() }, ref, forward);
  if (!startPoint) return undefined;
  // A range runs forward: "from August to January" starts in the year before January.
  if (startPoint.date > endPoint.date && start.year === undefined) {
    startPoint = resolvePoint({ ...start, year: parseIso(endPoint.date).getUTCFullYear() - 1 }, ref, forward)!;
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
    const make = (yy: number) => (d !== undefined ? toIso(new Date(Date.UTC(yy, m - 1, d))) : monthStart(yy, m));
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
