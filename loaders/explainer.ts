/**
 * What the explainer (src/index.md) shows, computed when the site is built: counts, the
 * few rows its sentences quote, and its charts' data, small whatever the corpus. The page
 * used to parse the four tables' CSVs (about 110 MB at 10,000 articles) to draw the same.
 *
 * The charts get rows when they draw a mark per row, and counts past MAX_MARKS rows, when
 * they draw bars that count: events per period, acting country and type; statements per
 * period, country and stance (arquero groups them), the period being the one the chart
 * would pick from the dates (periodOf: weeks, months or years), which each row names.
 */
import * as aq from "arquero";
import { splitCodes as codes } from "./actors.ts";
import type { ArticleRow } from "./articles.ts";
import type { EventRow } from "./events/index.ts";
import type { StatementRow } from "./statements.ts";
import type { Tables } from "./tables.ts";
import type { Paragraph } from "./story-prose.ts";
import { timelineParagraph } from "./timeline-prose.ts";
import { amountDots, asAmountRows, type AmountDots } from "./amount-groups.ts";

/** Marks past which the timeline and stance charts count instead (MAX_MARKS of src/components/binned-chart.js). */
export const MAX_MARKS = 400;

/** Categories of the amounts the explainer charts: what is sent, not distances or counts of countries. */
export const MATERIAL = ["munitions", "mass", "money", "personnel"];

export type ExplainerEvent = Pick<EventRow, "event_id" | "article_id" | "event_type" | "event_mode" | "actor" | "target" | "status" | "date" | "date_end" | "date_precision" | "date_text" | "summary" | "evidence">;
export type ExplainerStatement = Pick<StatementRow, "statement_id" | "article_id" | "speaker" | "speaker_country" | "stance" | "quote" | "date">;
/** Rows of counts for a chart: the columns it groups by, and `n` rows of the table. */
export type CountRow = Record<string, string> & { n: number };

export interface Explainer {
  articles: { count: number; outlets: string[]; first: string; last: string };
  events: {
    count: number;
    dated: number;
    /** North Korea's aid to Russia reported as done or alleged (not planned or denied), and how many of those are alleged. */
    transfers: number;
    transfersAlleged: number;
    /** Visits and summits held (or reported held), and those only planned. */
    consults: number;
    consultsPlanned: number;
    disputes: number;
    /** The earliest dated accusation, whoever makes it, and the latest dated treaty, pact or agreement. */
    firstAccusation: ExplainerEvent | null;
    agreement: ExplainerEvent | null;
    /** The paragraph over the timeline (loaders/timeline-prose.ts). */
    paragraph: Paragraph;
    /** The first day of the time axis, and the events dated before it (the first three of them). */
    axisStart: string;
    beforeAxis: { count: number; first: ExplainerEvent[] };
    /** The chart's data: the dated events from axisStart on, or their counts (`counted`). */
    chart: Array<ExplainerEvent | CountRow>;
    counted: boolean;
  };
  statements: {
    count: number;
    charges: number;
    warnings: number;
    denials: number;
    undated: number;
    undatedDenials: number;
    /** Codes of the countries the denials speak for. */
    denyingCountries: string[];
    firstDenial: ExplainerStatement | null;
    /** For each stance of a contest (accuse, condemn, deny, warn, threaten), the countries spoken for, most statements first ("" for media and analysts). */
    voices: StanceVoices;
    chart: Array<ExplainerStatement | CountRow>;
    counted: boolean;
  };
  /** The amounts chart's dots (loaders/amount-groups.ts). */
  amounts: AmountDots;
}

/** A stance and the countries its statements speak for, with their counts, most first. */
export type StanceVoices = Array<{ stance: string; countries: Array<{ code: string; n: number }> }>;

/** The stances the statements page's opening sets side by side. */
const CONTEST = ["accuse", "condemn", "deny", "warn", "threaten"];

/** Who accuses, condemns, denies, warns and threatens: every country a statement speaks for counts it (a joint statement, each). */
export function stanceVoices(statements: Pick<StatementRow, "stance" | "speaker_country">[]): StanceVoices {
  return CONTEST.map((stance) => {
    const counts = new Map<string, number>();
    for (const s of statements.filter((s) => s.stance === stance)) {
      const spoken = codes(s.speaker_country);
      for (const code of spoken.length ? spoken : [""]) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return { stance, countries: [...counts].map(([code, n]) => ({ code, n })).sort((a, b) => b.n - a.n || a.code.localeCompare(b.code)) };
  }).filter((v) => v.countries.length);
}

const pick = <T extends object, K extends keyof T>(row: T, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
const EVENT_COLUMNS = ["event_id", "article_id", "event_type", "event_mode", "actor", "target", "status", "date", "date_end", "date_precision", "date_text", "summary", "evidence"] as const;
const STATEMENT_COLUMNS = ["statement_id", "article_id", "speaker", "speaker_country", "stance", "quote", "date"] as const;
const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

export type Period = "week" | "month" | "year";
const DAY = 864e5;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The period the count charts bar by (periodFor of src/components/binned-chart.js): weeks over a few months, months over a few years, else years. */
export function periodOf(dates: string[]): Period {
  const times = dates.map(utc);
  const days = times.length ? (Math.max(...times) - Math.min(...times)) / DAY : 0;
  return days <= 200 ? "week" : days <= 6 * 366 ? "month" : "year";
}

/** The first day of a date's period: its week's Monday, its month's or its year's first day. */
export function periodStart(date: string, period: Period): string {
  if (period === "year") return `${date.slice(0, 4)}-01-01`;
  if (period === "month") return `${date.slice(0, 7)}-01`;
  const time = utc(date);
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - sinceMonday * DAY).toISOString().slice(0, 10);
}

/** Dated rows counted per period (`date` its first day) and the other columns, each naming the period. */
function countsBy(rows: Array<Record<string, string>>, columns: string[]): CountRow[] {
  if (!rows.length) return [];
  const period = periodOf(rows.map((r) => r.date));
  const starts = rows.map((r) => ({ ...r, date: periodStart(r.date, period) }));
  return aq.from(starts).groupby("date", ...columns).count({ as: "n" }).orderby("date", ...columns).derive({ period: aq.escape(() => period) }).objects() as CountRow[];
}

/**
 * The first day of the time axes: a year before the earliest article, so that a date of
 * background (a photo caption of years before) does not squeeze the period the articles
 * cover (axisStart of src/components/timeline-chart.js, which the timeline page uses).
 */
export function axisStart(articles: Pick<ArticleRow, "published">[], events: Pick<EventRow, "date">[]): string {
  const dates = events.map((e) => e.date).filter(Boolean).sort();
  const published = articles.map((a) => a.published).filter(Boolean).sort();
  if (!published.length) return dates[0] ?? "";
  const start = `${Number(published[0].slice(0, 4)) - 1}${published[0].slice(4)}`;
  return dates.find((d) => d >= start) ?? start;
}

function eventsPart(events: EventRow[], articles: ArticleRow[]): Explainer["events"] {
  const slim = (e: EventRow) => pick(e, EVENT_COLUMNS);
  const accusations = events.filter((e) => e.event_type === "ACCUSE" && e.date).sort(byDate);
  const agreement = events.filter((e) => e.event_type === "AGREE" && e.date && /treaty|pact|agreement/i.test(`${e.event_mode} ${e.summary}`)).sort(byDate).at(-1);
  const from = axisStart(articles, events);
  // A shipment planned or denied is no report of arms reaching Russia.
  const transfers = events.filter((e) => e.event_type === "AID" && codes(e.actor)[0] === "PRK" && e.target.includes("RUS") && ["occurred", "alleged"].includes(e.status));
  const onAxis = events.filter((e) => e.date && (e.date_end || e.date) >= from);
  const before = events.filter((e) => e.date && (e.date_end || e.date) < from);
  // The chart draws a mark per event and acting country (an event with two actors stands in two lanes).
  const counted = onAxis.reduce((n, e) => n + codes(e.actor).length, 0) > MAX_MARKS;
  const counts = {
    count: events.length,
    dated: events.filter((e) => e.date).length,
    transfers: transfers.length,
    transfersAlleged: transfers.filter((e) => e.status === "alleged").length,
    consults: events.filter((e) => e.event_type === "CONSULT" && ["occurred", "alleged"].includes(e.status)).length,
    consultsPlanned: events.filter((e) => e.event_type === "CONSULT" && e.status === "planned").length,
    disputes: events.filter((e) => ["ACCUSE", "REJECT", "THREATEN"].includes(e.event_type)).length,
    firstAccusation: accusations[0] ? slim(accusations[0]) : null,
    agreement: agreement ? slim(agreement) : null,
  };
  return {
    ...counts,
    paragraph: timelineParagraph(counts),
    axisStart: from,
    beforeAxis: { count: before.length, first: before.slice(0, 3).map(slim) },
    chart: counted ? countsBy(onAxis.map((e) => ({ date: e.date, actor: e.actor, event_type: e.event_type })), ["actor", "event_type"]) : onAxis.map(slim),
    counted,
  };
}

function statementsPart(statements: StatementRow[], articles: ArticleRow[]): Explainer["statements"] {
  const published = new Map(articles.map((a) => [a.article_id, a.published]));
  // The earliest denial: by its own date, else by its article's; undated ones last, in table order.
  const when = (s: StatementRow) => s.date || published.get(s.article_id) || "9999";
  const denials = statements.filter((s) => s.stance === "deny");
  const earliestDenial = denials.reduce<StatementRow | undefined>((a, b) => (a === undefined || when(b) < when(a) ? b : a), undefined);
  const stances = new Map((aq.from(statements.length ? statements : [{ stance: "" }]).groupby("stance").count().objects() as Array<{ stance: string; count: number }>).map((r) => [r.stance, r.count]));
  const stance = (...names: string[]) => names.reduce((n, name) => n + (stances.get(name) ?? 0), 0);
  const dated = statements.filter((s) => s.date);
  const counted = dated.length > MAX_MARKS;
  // Counted by the first country a statement speaks for, as the chart's bands are.
  const firstCountry = (s: StatementRow) => ({ date: s.date, speaker_country: codes(s.speaker_country)[0] ?? "", stance: s.stance });
  return {
    count: statements.length,
    charges: stance("accuse", "condemn"),
    warnings: stance("warn", "threaten"),
    denials: denials.length,
    undated: statements.length - dated.length,
    undatedDenials: denials.filter((s) => !s.date).length,
    denyingCountries: [...new Set(denials.flatMap((s) => codes(s.speaker_country)))],
    firstDenial: earliestDenial ? pick(earliestDenial, STATEMENT_COLUMNS) : null,
    voices: stanceVoices(statements),
    chart: counted ? countsBy(dated.map(firstCountry), ["speaker_country", "stance"]) : dated.map((s) => pick(s, STATEMENT_COLUMNS)),
    counted,
  };
}

/** The explainer's figures and charts' data from the tables. */
export function explainerOf(tables: Pick<Tables, "articles" | "events" | "statements" | "quantities">): Explainer {
  const { articles, events, statements, quantities } = tables;
  const published = articles.map((a) => a.published).filter(Boolean).sort();
  const material = asAmountRows(quantities.filter((q) => MATERIAL.includes(q.category)));
  return {
    articles: { count: articles.length, outlets: [...new Set(articles.map((a) => a.outlet).filter(Boolean))].sort(), first: published[0] ?? "", last: published.at(-1) ?? "" },
    events: eventsPart(events, articles),
    statements: statementsPart(statements, articles),
    amounts: amountDots(material, articles),
  };
}
