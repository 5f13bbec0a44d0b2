/**
 * The sentences the explainer writes from the tables, true by construction: a figure is
 * always linked with its span as the article writes it ("millions of rockets and artillery
 * shells", "74,000 metric tons of explosives": the unit and the vagueness are the
 * article's own), and two figures are compared only when they share claimant, unit and
 * period. A paragraph is a list of segments, text or links, that the page renders
 * (src/components/story.js `prose`), so that tests can read exactly what a reader reads.
 */
import type { ArticleRow } from "./articles.ts";
import type { EstimatePoint, Estimates } from "./estimates.ts";
import type { QuantityRow } from "./quantities.ts";
import { escapeRegExp } from "./text.ts";

export type Segment = string | { text: string; href: string };
export type Paragraph = Segment[];

export const formatDay = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const formatMonth = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
/** "1 report", "3 reports": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function listing(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Compact number in words: 1600000 → "1.6 million". */
export function amount(value: number): string {
  if (value >= 1e9) return `${+(value / 1e9).toFixed(1)} billion`;
  if (value >= 1e6) return `${+(value / 1e6).toFixed(1)} million`;
  return value.toLocaleString("en-US");
}

/**
 * A figure short enough for a big number, never more precise than the article: "1.6
 * million", "3,000–4,000", and for an amount written without digits its own words
 * ("millions", "hundreds of thousands"), not the value the table gives it.
 */
export function shortAmount(row: { text: string; item: string; value: number; value_max: number | "" | null }): string {
  return amountInWords(row) ?? (row.value_max ? `${amount(row.value)}–${amount(Number(row.value_max))}` : amount(row.value));
}

/**
 * The words an amount is written in, when they hold no digit: "dozens" for "dozens of KN-23
 * missiles", "hundreds of thousands" for "hundreds of thousands of 152mm shells". The digits
 * of the item's own name (a model, a calibre) are not the amount's; null when the amount is
 * written in digits ("some 50 Koksan guns").
 */
export function amountInWords(row: { text: string; item: string }): string | null {
  const words = row.text.slice(0, itemStart(row));
  if (/\d/.test(words)) return null;
  return words.replace(/\s+of\s*$/i, "").trim() || row.text;
}

/** Where the item begins in the amount's text ("… of North Korean KN-23 missiles"), or its end. */
function itemStart({ text, item }: { text: string; item: string }): number {
  if (!item) return text.length;
  if (text.endsWith(item) && text.length > item.length) return text.length - item.length;
  const first = item.split(/\s+/)[0];
  const at = text.search(new RegExp(`(?<=\\s)${escapeRegExp(first)}(?=\\s|$)`));
  return at > 0 ? at : text.length;
}

export const quantityLink = (q: QuantityRow): Segment => ({ text: q.text, href: `./sources/${q.article_id}#${q.quantity_id}` });
const pointLink = (p: EstimatePoint): Segment => ({ text: p.text, href: p.href });

/** Pairs of one claimant's figures the opening paragraph sets side by side, at most (the latest). */
export const MAX_PAIRS = 6;

/** Pairs of one claimant's figures for one measure that may be set side by side: same unit, same period. */
export function comparablePairs(points: EstimatePoint[]): Array<[EstimatePoint, EstimatePoint]> {
  const groups = new Map<string, EstimatePoint[]>();
  for (const p of points.filter((p) => p.named)) {
    const key = [p.measure, p.claimant, p.unit, p.period_start, p.period_end].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].flatMap((group) => {
    const sorted = [...group].sort((a, b) => a.date.localeCompare(b.date));
    return sorted.slice(1).filter((p, i) => p.date !== sorted[i].date).map((p, i) => [sorted[i], p] as [EstimatePoint, EstimatePoint]);
  });
}

/** When a figure was given: "said 22 June 2024" when its statement is dated, else "reported 24 June 2024". */
export const whenClaimed = (p: Pick<EstimatePoint, "date" | "date_basis">): string => `${p.date_basis === "statement" ? "said" : "reported"} ${formatDay(p.date)}`;

/** The paragraph that opens the explainer, over the estimates chart. */
export function estimatesParagraph(estimates: Estimates): Paragraph {
  const { points, undated } = estimates;
  if (!points.length) {
    return [`No article in this collection gives a dated figure for what was sent or received${undated.length ? ` (${plural(undated.length, "undated figure")} below the chart)` : ""}.`];
  }
  const claimants = new Set(points.map((p) => p.claimant)).size;
  const dates = points.map((p) => p.date).sort();
  const out: Paragraph = [
    `The articles give ${plural(points.length, "dated estimate")} of what was sent or received, from ${plural(claimants, "source")}, made between ${formatMonth(dates[0])} and ${formatMonth(dates.at(-1)!)}.`,
  ];
  for (const measure of estimates.measures) {
    const latest = points.filter((p) => p.measure === measure).at(-1);
    if (!latest) continue;
    out.push(` ${measure}: the latest is `, pointLink(latest), ` (${latest.named ? latest.claimant : `${latest.claimant.replace(/ \(no claimant named\)$/, "")}, no claimant named`}, ${whenClaimed(latest)}).`);
  }
  // A few pairs read as a paragraph; at thousands of articles there are hundreds: the latest, and how many more.
  const pairs = comparablePairs(points);
  const shown = pairs.length > MAX_PAIRS ? [...pairs].sort((a, b) => a[1].date.localeCompare(b[1].date)).slice(-MAX_PAIRS) : pairs;
  for (const [before, after] of shown) {
    out.push(` ${after.claimant} gave `, pointLink(before), ` on ${formatDay(before.date)} and `, pointLink(after), ` on ${formatDay(after.date)}.`);
  }
  if (pairs.length > shown.length) out.push(` ${plural(pairs.length - shown.length, "earlier pair")} of one claimant's figures for one period ${pairs.length - shown.length === 1 ? "is" : "are"} in the quantities table.`);
  return out;
}

/** The unit a category is most often counted in, and its largest amount in that unit. */
export function largestInCommonUnit(quantities: QuantityRow[], category: string): QuantityRow | undefined {
  const rows = quantities.filter((q) => q.category === category && q.value > 0 && !q.change);
  const counts = new Map<string, number>();
  for (const q of rows) counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return rows.filter((q) => q.unit === unit).sort((a, b) => b.value - a.value || a.quantity_id.localeCompare(b.quantity_id))[0];
}

/** "How much": what the amounts are counted in, and the largest of the commonest unit, never compared across units. */
export function howMuchParagraph(quantities: QuantityRow[], articles: ArticleRow[]): Paragraph {
  const munitions = quantities.filter((q) => q.category === "munitions");
  const weights = quantities.filter((q) => q.category === "mass");
  if (!munitions.length && !weights.length) return ["No amount of munitions or weight has been extracted yet."];
  const units = [...new Set(munitions.map((q) => q.unit))].sort();
  const out: Paragraph = [
    `The articles give ${plural(munitions.length, "count")} of munitions${units.length ? `, in ${plural(units.length, "unit")} (${listing(units.map((u) => `“${u}”`))})` : ""}, and ${plural(weights.length, "weight")}. Figures in different units are not compared here: a shell is counted, a cargo is weighed.`,
  ];
  const outlets = new Map(articles.map((a) => [a.article_id, a.outlet || "an unnamed outlet"]));
  for (const category of ["munitions", "mass"]) {
    const top = largestInCommonUnit(quantities, category);
    if (!top) continue;
    const same = quantities.filter((q) => q.unit === top.unit && q.value === top.value && q.value_max === top.value_max && q.item === top.item);
    const articleIds = [...new Set(same.map((q) => q.article_id))];
    out.push(
      ` The largest amount in ${top.unit}: `,
      quantityLink(top),
      `, ${top.attributed_to ? `attributed to ${top.attributed_to}` : "with no claimant named"}, in ${plural(articleIds.length, "article")} (${listing([...new Set(articleIds.map((id) => outlets.get(id) ?? "an unnamed outlet"))])}).`,
    );
  }
  return out;
}

/** The plain text of a paragraph, as a reader reads it. */
export const paragraphText = (paragraph: Paragraph): string => paragraph.map((s) => (typeof s === "string" ? s : s.text)).join("");
