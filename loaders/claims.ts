/**
 * Claims across articles: rows of different articles that report the same thing — the
 * same amount of the same item, the same event type between the same actors within a few
 * days, the same speaker's same kind of statement — grouped, with how many independent
 * articles and outlets tell it and when it was first and last reported. Readers see what
 * is corroborated and what rests on one report.
 *
 * Grouping is linear-ish: rows are bucketed by an exact key (a Map), and only inside a
 * bucket are they sorted by date and swept once for date windows. No pair of rows is
 * ever compared across buckets, so the cost is O(n log n), not O(n²).
 */
import type { ArticleRow } from "./articles.ts";
import { addDays } from "./dates.ts";
import type { EventRow } from "./events/index.ts";
import type { QuantityRow } from "./quantities.ts";
import { CLAIMS, type RowOf } from "./schema.ts";
import type { StatementRow } from "./statements.ts";

/** A row of the claims table (its schema is in loaders/schema.ts). */
export type ClaimRow = RowOf<typeof CLAIMS>;

export interface ClaimInput {
  articles: ArticleRow[];
  quantities: QuantityRow[];
  events: EventRow[];
  statements: StatementRow[];
}

/** Days either side within which two reports of the same event or statement are one claim. */
export const CLAIM_WINDOW_DAYS = 3;

/** A row reduced to what grouping needs. */
export interface ClaimItem {
  kind: ClaimRow["kind"];
  key: string;
  summary: string;
  rowId: string;
  articleId: string;
  /** Period the row is about, or "" when undated (undated rows form their own group). */
  from: string;
  to: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
const codes = (s: string) => s.split(";").map((c) => c.trim()).filter(Boolean).sort().join(";");

/** Three significant digits: "about 1.6 million" and "1,600,000" are one amount. */
function amountKey(value: number): string {
  return Number.isFinite(value) ? Number(value.toPrecision(3)).toString() : "";
}

/** Mutual acts are the same whoever the article names first. */
const SYMMETRIC_TYPES = new Set(["CONSULT", "AGREE", "COOPERATE"]);

export function quantityItem(q: QuantityRow): ClaimItem {
  return {
    kind: "quantity",
    key: `quantity|${norm(q.unit)}|${amountKey(Number(q.value))}`,
    summary: `${q.text || `${q.value} ${q.unit}`}${q.item ? ` (${q.item})` : ""}`,
    rowId: q.quantity_id,
    articleId: q.article_id,
    // The same amount is the same claim whatever period each article gives it.
    from: "",
    to: "",
  };
}

export function eventItem(e: EventRow): ClaimItem {
  const parties = SYMMETRIC_TYPES.has(e.event_type) ? `${codes(`${e.actor};${e.target}`)}` : `${codes(e.actor)}>${codes(e.target)}`;
  return {
    kind: "event",
    key: `event|${e.event_type}|${parties}|${e.status}`,
    summary: e.summary,
    rowId: e.event_id,
    articleId: e.article_id,
    from: e.date,
    to: e.date_end || e.date,
  };
}

export function statementItem(s: StatementRow): ClaimItem {
  return {
    kind: "statement",
    key: `statement|${norm(s.speaker)}|${s.stance}|${codes(s.target)}`,
    summary: `${s.speaker}: ${s.quote}`.slice(0, 200),
    rowId: s.statement_id,
    articleId: s.article_id,
    from: s.date,
    to: s.date,
  };
}

/**
 * `a.localeCompare(b)`, without building a collator per comparison: ECMA-402 defines
 * localeCompare as a fresh `Intl.Collator` of the default locale, so the order is the same.
 */
const compareText = new Intl.Collator().compare;

/** An item in its bucket: the bucket says its key. */
type BucketItem = Omit<ClaimItem, "key">;

/** What a claim reads of an article. */
export type ClaimArticle = Pick<ArticleRow, "article_id" | "outlet" | "published">;

/** Groups every table's rows into claims; one claim per group, sorted by kind and key. */
export function buildClaims(tables: ClaimInput): ClaimRow[] {
  const groups = claimGroups();
  tables.articles.forEach(groups.addArticle);
  tables.quantities.forEach((q) => groups.add(quantityItem(q)));
  tables.events.forEach((e) => groups.add(eventItem(e)));
  tables.statements.forEach((s) => groups.add(statementItem(s)));
  return groups.claims();
}

/**
 * Claims made as the rows come, for a corpus whose rows are not all in memory at once
 * (loaders/table-files.ts): each row's item goes into its bucket when it arrives, and the
 * claims are made from the buckets at the end. Items of one kind must come in the order of
 * their table's rows; the kinds may interleave (a claim never mixes kinds, and claims of
 * different keys are ordered by key).
 */
export function claimGroups() {
  const buckets = new Map<string, BucketItem[]>();
  const articles = new Map<string, ClaimArticle>();
  return {
    addArticle(article: ClaimArticle): void {
      articles.set(article.article_id, { article_id: article.article_id, outlet: article.outlet, published: article.published });
    },
    add({ key, ...item }: ClaimItem): void {
      // Kept without its key (its bucket's), and with the article's id string shared: a
      // corpus of 10,000 articles has some 300,000 items.
      item.articleId = articles.get(item.articleId)?.article_id ?? item.articleId;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    },
    claims(): ClaimRow[] {
      const claims: ClaimRow[] = [];
      for (const [key, bucket] of buckets) {
        for (const window of windows(bucket)) for (const [n, group] of onePerArticle(window).entries()) claims.push(toClaim(key, group, articles, n));
      }
      return claims.sort((a, b) => compareText(a.kind, b.kind) || compareText(a.key, b.key) || compareText(a.date, b.date));
    },
  };
}

/**
 * Splits one bucket into date windows: dated rows sorted by start and swept once (a row
 * joins the current window when it starts within CLAIM_WINDOW_DAYS of the window's end);
 * undated rows are one group of their own, since nothing says they differ.
 */
export function windows<T extends BucketItem>(bucket: T[]): T[][] {
  const undated = bucket.filter((i) => !i.from);
  const dated = bucket.filter((i) => i.from).sort((a, b) => compareText(a.from, b.from));
  const groups: T[][] = [];
  let current: T[] = [];
  let end = "";
  for (const item of dated) {
    if (current.length > 0 && item.from <= addDays(end, CLAIM_WINDOW_DAYS)) {
      current.push(item);
      if (item.to > end) end = item.to;
    } else {
      if (current.length) groups.push(current);
      current = [item];
      end = item.to;
    }
  }
  if (current.length) groups.push(current);
  if (undated.length) groups.push(undated);
  return groups;
}

/**
 * Rows of one article in one group are different events the article tells apart (two
 * denials on two occasions), so a claim takes at most one row per article: the k-th row
 * of each article goes to the k-th claim.
 */
export function onePerArticle<T extends BucketItem>(group: T[]): T[][] {
  const seen = new Map<string, number>();
  const out: T[][] = [];
  for (const item of group) {
    const n = seen.get(item.articleId) ?? 0;
    seen.set(item.articleId, n + 1);
    (out[n] ??= []).push(item);
  }
  return out;
}

/** A short stable hash (FNV-1a), so a claim's id depends on its key and window only. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, "0");
}

function toClaim(key: string, group: BucketItem[], articles: Map<string, ClaimArticle>, n = 0): ClaimRow {
  const articleIds = [...new Set(group.map((i) => i.articleId))].sort();
  const outletNames = [...new Set(articleIds.map((id) => articles.get(id)?.outlet ?? "").filter(Boolean))].sort();
  // An article that names no outlet is not counted as an outlet of its own: it may be a
  // copy of a report already counted (wire copy reprinted without its credit).
  const unnamed = articleIds.filter((id) => !articles.get(id)?.outlet).length;
  const outlets = outletNames.length;
  const published = articleIds.map((id) => articles.get(id)?.published ?? "").filter(Boolean).sort();
  const date = group.map((i) => i.from).filter(Boolean).sort()[0] ?? "";
  return {
    claim_id: `c-${hash(`${key}|${date}|${n}`)}`,
    kind: group[0].kind,
    key,
    summary: group[0].summary,
    articles: articleIds.length,
    outlets,
    outlet_names: outletNames.join("; "),
    article_ids: articleIds.join(";"),
    row_ids: group.map((i) => i.rowId).join(";"),
    first_reported: published[0] ?? "",
    last_reported: published[published.length - 1] ?? "",
    date,
    corroborated: articleIds.length < 2 ? "no" : outlets >= 2 ? "yes" : unnamed ? "outlet unknown" : "same outlet",
  };
}
