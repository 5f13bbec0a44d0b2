/**
 * The explainer's headline figures, "estimates over time": the amounts of the quantities
 * table that estimate what was sent or received (data/estimates.yaml says which units and
 * which words), one point per claimant, date of the claim and amount, each linked to its
 * sentence. Derived from the table's columns alone: no article, sentence or figure is named.
 */
import * as aq from "arquero";
import { z } from "zod";
import { splitCodes } from "./actors.ts";
import { loadDictionary } from "./dictionaries.ts";
import type { ArticleRow } from "./articles.ts";
import type { EventRow } from "./events/index.ts";
import type { QuantityRow } from "./quantities.ts";
import type { StatementRow } from "./statements.ts";
import type { Tables } from "./tables.ts";
import { escapeRegExp } from "./text.ts";

const EstimatesSchema = z.object({
  measures: z.array(z.object({ label: z.string().min(1), units: z.array(z.string().min(1)).min(1) }).strict()).min(1),
  transfer_words: z.array(z.string().min(1)).min(1),
  flow: z.object({ from: z.array(z.string().min(1)).min(1), to: z.array(z.string().min(1)).min(1) }).strict().optional(),
}).strict();

export type EstimatesDictionary = z.infer<typeof EstimatesSchema>;

export function loadEstimatesDictionary(dir?: string): EstimatesDictionary {
  return loadDictionary("estimates.yaml", EstimatesSchema, dir);
}

/** One point of the chart: a claimant's figure for one measure, as of one date. */
export interface EstimatePoint {
  measure: string;
  claimant: string;
  /** Whether the claimant is named in the sentence; else `claimant` is the outlet. */
  named: boolean;
  /**
   * The date of the claim, YYYY-MM-DD: the day the statement that carries the figure was
   * made when the article dates it to the day, else the publication date of the (first)
   * article reporting it.
   */
  date: string;
  /** What `date` is: the day of the statement, or the day the article was published. */
  date_basis: "statement" | "article";
  /** The publication date of the (first) article reporting the claim, YYYY-MM-DD, or "". */
  reported: string;
  value: number;
  value_max: number | null;
  bound: QuantityRow["bound"];
  unit: string;
  item: string;
  /** The amount as the first article writes it. */
  text: string;
  period_start: string;
  period_end: string;
  evidence: string;
  /** The sentence in the first article that reports it: ./sources/<article>#<quantity_id>. */
  href: string;
  /** How many articles report the same figure from the same claimant on that date. */
  articles: number;
}

export interface Estimates {
  measures: string[];
  points: EstimatePoint[];
  /** Estimates in articles with no publication date: listed, not placed on the time axis. */
  undated: EstimatePoint[];
  /** Set when the points were thinned for the chart (thinForChart): by what period, and how many dated figures and undated ones there were. */
  thinned?: { by: ThinningPeriod | null; points: number; undated: number };
}

/** Dots past which the estimates chart shows each claimant's largest figure per month (a few hundred stay legible). */
export const MAX_ESTIMATE_POINTS = 400;
/** Undated figures listed under the chart at most; the rest are counted. */
export const MAX_UNDATED_LISTED = 20;

export type ThinningPeriod = "month" | "quarter" | "year";
const PERIOD_OF: Record<ThinningPeriod, (date: string) => string> = {
  month: (date) => date.slice(0, 7),
  quarter: (date) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`,
  year: (date) => date.slice(0, 4),
};

/** Each claimant's largest figure per measure and period; the articles of the period's figures are added up. */
function largestPerPeriod(points: EstimatePoint[], period: ThinningPeriod): EstimatePoint[] {
  const ranked = aq
    .from(points.map((p, index) => ({ index, measure: p.measure, claimant: p.claimant, period: PERIOD_OF[period](p.date), value: p.value, date: p.date, articles: p.articles })))
    .groupby("measure", "claimant", "period")
    .derive({ total: aq.op.sum("articles") })
    .orderby(aq.desc("value"), aq.desc("date"))
    .derive({ rank: aq.op.row_number() })
    .filter((d: { rank: number }) => d.rank === 1)
    .objects() as Array<{ index: number; total: number }>;
  return ranked.sort((a, b) => a.index - b.index).map((r) => ({ ...points[r.index], articles: r.total }));
}

/**
 * The estimates as the chart draws them: as they are up to MAX_ESTIMATE_POINTS dots; past
 * that, each claimant's largest figure per measure and month (else quarter, else year: the
 * finest period that keeps the dots under the maximum), and the first MAX_UNDATED_LISTED
 * undated figures. At 10,000 articles the points were some 15,000 dots and 8 MB.
 */
export function thinForChart(estimates: Estimates, max = MAX_ESTIMATE_POINTS): Estimates {
  const { points, undated } = estimates;
  if (points.length <= max && undated.length <= MAX_UNDATED_LISTED) return estimates;
  let kept = points;
  let by: ThinningPeriod | null = null;
  if (points.length > max) {
    for (by of ["month", "quarter", "year"] as const) {
      kept = largestPerPeriod(points, by);
      if (kept.length <= max) break;
    }
  }
  return { ...estimates, points: kept, undated: undated.slice(0, MAX_UNDATED_LISTED), thinned: { by, points: points.length, undated: undated.length } };
}

/** Whether a sentence says that something was sent, shipped, received… */
export function transferTest(words: string[]): (sentence: string) => boolean {
  const pattern = new RegExp(`\\b(?:${words.map(escapeRegExp).join("|")})\\b`, "i");
  return (sentence) => pattern.test(sentence);
}

/** Who a figure is from: the claimant the sentence names, else the outlet that prints it. */
function claimantOf(q: QuantityRow, outlet: string | undefined): { claimant: string; named: boolean } {
  if (q.attributed_to) return { claimant: q.attributed_to, named: true };
  return { claimant: outlet ? `${outlet} (no claimant named)` : "no claimant named", named: false };
}

/**
 * The day each figure was claimed, where a statement dated to the day carries it: the
 * statement's span holds the figure (the Washington Post "said on Saturday" that it counted
 * 1.6 million shells). A day after the article's own date is a misreading and is not used.
 */
export function claimDays(quantities: QuantityRow[], statements: StatementRow[], articles: ArticleRow[]): Map<string, string> {
  if (!quantities.length || !statements.length) return new Map();
  const dated = statements.filter((s) => s.date_precision === "day" && /^\d{4}-\d{2}-\d{2}$/.test(s.date));
  if (!dated.length) return new Map();
  const joined = aq
    .from(quantities.map((q) => ({ quantity_id: q.quantity_id, article_id: q.article_id, q_start: q.char_start, q_end: q.char_end })))
    .join(aq.from(dated.map((s) => ({ article_id: s.article_id, s_start: s.char_start, s_end: s.char_end, said: s.date }))), "article_id")
    .filter((d: { s_start: number; s_end: number; q_start: number; q_end: number }) => d.s_start <= d.q_start && d.q_end <= d.s_end)
    .join_left(aq.from(articles.map((a) => ({ article_id: a.article_id, published: a.published || "" }))), "article_id")
    .filter((d: { said: string; published: string }) => !d.published || d.said <= d.published)
    .groupby("quantity_id")
    .rollup({ said: aq.op.max("said") })
    .objects() as Array<{ quantity_id: string; said: string }>;
  return new Map(joined.map((r) => [r.quantity_id, r.said]));
}

/**
 * Sentences (article and text) that tell a transfer against the story's flow: an event whose
 * actor is a receiver and whose target a sender ("Pyongyang had received more than 9,000
 * containers from Russia" when the chart counts what North Korea sent Russia).
 */
function reversedSentences(events: EventRow[], flow: EstimatesDictionary["flow"]): Set<string> {
  if (!flow) return new Set();
  const reversed = events.filter((e) => splitCodes(e.actor).some((c) => flow.to.includes(c)) && splitCodes(e.target).some((c) => flow.from.includes(c)));
  return new Set(reversed.map((e) => `${e.article_id}\u0000${e.evidence}`));
}

export type EstimateTables = Pick<Tables, "quantities" | "articles"> & Partial<Pick<Tables, "statements" | "events">>;

/** The estimates of the dictionary's measures in the quantities table, by claimant and date of the claim. */
export function estimatesOf(tables: EstimateTables, dictionary: EstimatesDictionary): Estimates {
  const { quantities, articles, statements = [], events = [] } = tables;
  const measureOf = new Map(dictionary.measures.flatMap((m) => m.units.map((u) => [u, m.label] as const)));
  const isTransfer = transferTest(dictionary.transfer_words);
  const reversed = reversedSentences(events, dictionary.flow);
  const outlets = new Map(articles.map((a) => [a.article_id, a.outlet]));
  const published = new Map(articles.map((a) => [a.article_id, a.published || ""]));
  const estimates = quantities.filter(
    (q) => measureOf.has(q.unit) && q.value > 0 && !q.change && isTransfer(q.evidence) && !reversed.has(`${q.article_id}\u0000${q.evidence}`),
  );
  const said = claimDays(estimates, statements, articles);
  const rows = estimates.map((q) => ({
    ...q, measure: measureOf.get(q.unit)!, ...claimantOf(q, outlets.get(q.article_id)), value_max: q.value_max === "" ? null : q.value_max,
    date: said.get(q.quantity_id) ?? published.get(q.article_id) ?? "", reported: published.get(q.article_id) ?? "",
    date_basis: said.has(q.quantity_id) ? ("statement" as const) : ("article" as const),
  }));
  if (!rows.length) return { measures: [], points: [], undated: [] };
  // The same figure from the same claimant on the same date is one point, whichever
  // articles repeat it; it links to the first of them.
  const grouped = aq
    .from(rows)
    .orderby("article_id", "char_start")
    .groupby("measure", "claimant", "named", "date", "value", "value_max", "bound", "unit")
    .rollup({
      articles: aq.op.distinct("article_id"),
      first: aq.op.array_agg("quantity_id"),
    })
    .objects() as Array<Record<string, unknown>>;
  const byId = new Map(rows.map((q) => [q.quantity_id, q]));
  const points = grouped.map((g): EstimatePoint => {
    const q = byId.get((g.first as string[])[0])!;
    return {
      measure: q.measure, claimant: q.claimant, named: q.named, date: q.date, date_basis: q.date_basis, reported: q.reported, value: q.value, value_max: q.value_max,
      bound: q.bound, unit: q.unit, item: q.item, text: q.text, period_start: q.period_start, period_end: q.period_end,
      evidence: q.evidence, href: `./sources/${q.article_id}#${q.quantity_id}`, articles: Number(g.articles),
    };
  });
  const order = dictionary.measures.map((m) => m.label);
  const byDate = (a: EstimatePoint, b: EstimatePoint) =>
    order.indexOf(a.measure) - order.indexOf(b.measure) || a.date.localeCompare(b.date) || a.claimant.localeCompare(b.claimant) || a.value - b.value;
  return {
    measures: order.filter((m) => points.some((p) => p.measure === m)),
    points: points.filter((p) => p.date).sort(byDate),
    undated: points.filter((p) => !p.date).sort(byDate),
  };
}
