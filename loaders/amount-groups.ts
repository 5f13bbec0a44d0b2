/**
 * The dots of the amounts chart (src/components/quantities-chart.js), grouped when the site
 * is built: the same amount, item and claimant in several articles is one dot that says how
 * many articles carry it, so that repeated reports do not hide one another. The explainer
 * groups its material amounts, the quantities page every amount (loaders/site-files.ts).
 */
import * as aq from "arquero";
import type { ArticleRow } from "./articles.ts";
import type { QuantityRow } from "./quantities.ts";
import { amountInWords } from "./story-prose.ts";

/** Dots above which each dot no longer gets its own label. */
const MAX_LABELLED = 150;
/** Sentences a dot's tooltip quotes; the table has them all. */
const TOOLTIP_SENTENCES = 6;

/** An amount as the pages type it: no upper bound or claimant is null. */
export type AmountRow = Omit<QuantityRow, "value_max" | "attributed_to"> & { value_max: number | null; attributed_to: string | null };

/** A dot of the chart: what the chart reads, and no more. */
export interface AmountDot {
  counted: string;
  category: string;
  value: number;
  value_max: number | null;
  articles: number;
  label: string;
  tooltip: string;
}

export interface AmountDots {
  rows: AmountDot[];
  /** Past MAX_LABELLED dots: one dot per amount whoever claims it, and only each row's largest labelled. */
  crowded: boolean;
}

const format = (n: number): string => {
  if (n >= 1e9) return `${+(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${+(n / 1e6).toPrecision(3)} million`;
  return n.toLocaleString("en-US");
};

/** The amount as a label: "millions" for "millions of shells", never the "1 million" the table stores for it. */
function written(q: AmountRow): string {
  return amountInWords(q) ?? `${format(q.value)}${q.value_max ? `–${format(q.value_max)}` : ""}`;
}

/** What a row counts, as the chart's row label: "artillery shells (shells)". */
export function countedLabel(q: Pick<QuantityRow, "item" | "unit">): string {
  const item = q.item || q.unit;
  return q.unit && q.unit !== item && !String(item).endsWith(q.unit) ? `${item} (${q.unit})` : item;
}

/** Who a dot is labelled with: the claimant, else the outlet that printed it. */
function source(q: AmountRow, outlets: Map<string, string>): string {
  if (q.attributed_to) return q.attributed_to;
  const outlet = outlets.get(q.article_id);
  return outlet ? `${outlet} (no claimant named)` : "no claimant named";
}

interface Group {
  rows: AmountRow[];
  articles: number;
}

/** The rows of each dot, in the order of each dot's first row: by amount and claimant, or by amount alone. */
function groupRows(quantities: AmountRow[], byClaimant: boolean): Group[] {
  const rows = quantities.filter((q) => Number(q.value) > 0);
  if (!rows.length) return [];
  const keyed = aq
    .from(rows.map((q, index) => ({ index, article_id: q.article_id, counted: countedLabel(q), value: q.value, value_max: q.value_max ?? "", claimant: byClaimant ? q.attributed_to ?? "" : "" })))
    .groupby("counted", "value", "value_max", "claimant")
    .rollup({ first: aq.op.min("index"), indices: aq.op.array_agg("index"), articles: aq.op.distinct("article_id") })
    .orderby("first")
    .objects() as Array<{ indices: number[]; articles: number }>;
  return keyed.map((g) => ({ rows: g.indices.map((i) => rows[i]), articles: g.articles }));
}

/** The dot of a group: its label and its tooltip, from the group's first row. */
function dotOf({ rows, articles }: Group, byClaimant: boolean, outlets: Map<string, string>): AmountDot {
  const first = rows[0];
  const claimants = [...new Set(rows.map((r) => r.attributed_to || "not named"))];
  const who = byClaimant ? source(first, outlets) : `${new Set(rows.map((r) => r.attributed_to || "unnamed")).size} claimants`;
  return {
    counted: countedLabel(first),
    category: first.category,
    value: first.value,
    value_max: first.value_max ?? null,
    articles,
    label: `${written(first)} · ${who}${articles > 1 ? ` · ${articles} articles` : ""}`,
    tooltip: [
      first.text,
      `${first.bound === "exact" ? "" : `${first.bound.replace("_", " ")} · `}${first.unit} · ${first.category}`,
      `Claimed by: ${byClaimant ? first.attributed_to || "not named" : claimants.slice(0, 8).join("; ")}`,
      ...rows.slice(0, TOOLTIP_SENTENCES).map((r) => `${r.article_id}: “${r.evidence}”`),
      ...(rows.length > TOOLTIP_SENTENCES ? [`… and ${rows.length - TOOLTIP_SENTENCES} more`] : []),
    ].join("\n"),
  };
}

/**
 * The dots of the chart: one per amount and claimant, or past MAX_LABELLED of them one per
 * amount (whoever claims it), sized by the articles that carry it.
 */
export function amountDots(quantities: AmountRow[], articles: Array<Pick<ArticleRow, "article_id" | "outlet">> = []): AmountDots {
  const outlets = new Map(articles.map((a) => [a.article_id, a.outlet]));
  let byClaimant = true;
  let groups = groupRows(quantities, byClaimant);
  const crowded = groups.length > MAX_LABELLED;
  if (crowded) groups = groupRows(quantities, (byClaimant = false));
  return { rows: groups.map((g) => dotOf(g, byClaimant, outlets)), crowded };
}

/** Quantity rows as the pages type them (typed-rows.js): no upper bound and no claimant are null. */
export const asAmountRows = (quantities: QuantityRow[]): AmountRow[] =>
  quantities.map((q) => ({ ...q, value_max: q.value_max === "" ? null : q.value_max, attributed_to: q.attributed_to || null }));
