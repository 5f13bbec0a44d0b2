/**
 * Views of the tables for the site: the sources index, one article's text with the spans
 * of every row extracted from it, and the accuracy report for the methodology page.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ArticleRow } from "./articles.ts";
import { PROJECT_DIR } from "./cli.ts";
import { evaluateTables } from "./evaluate.ts";
import { InputError } from "./errors.ts";
import type { SiteData } from "./site.ts";
import type { Tables } from "./tables.ts";

export const GOLD_DIR = join(PROJECT_DIR, "..", "shared", "gold");

export type SpanKind = "quantity" | "statement" | "speaker" | "event";

export interface SourceSpan {
  kind: SpanKind;
  start: number;
  end: number;
  row_id: string;
  label: string;
  /** The row's fields a reader sees on hover or click. */
  detail: Record<string, string | number>;
}

export interface SourceView {
  article: ArticleRow;
  text: string;
  /** Where the prose begins: what comes before (front matter, a date line) is metadata, shown apart. */
  bodyStart: number;
  spans: SourceSpan[];
}

export interface SourceIndexRow {
  article_id: string;
  title: string;
  outlet: string;
  published: string;
  published_basis: string;
  quantities: number;
  statements: number;
  events: number;
}

type AnyRow = Record<string, string | number>;

function rowsOf(tables: Tables, name: "quantities" | "statements" | "events", articleId: string): AnyRow[] {
  return (tables[name] as unknown as AnyRow[]).filter((row) => row.article_id === articleId);
}

export function sourcesIndex(tables: Tables): SourceIndexRow[] {
  const count = (name: "quantities" | "statements" | "events") => {
    const counts = new Map<string, number>();
    for (const row of tables[name] as unknown as AnyRow[]) counts.set(String(row.article_id), (counts.get(String(row.article_id)) ?? 0) + 1);
    return counts;
  };
  const [q, s, e] = [count("quantities"), count("statements"), count("events")];
  return tables.articles.map((a) => ({
    article_id: a.article_id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    published_basis: a.published_basis,
    quantities: q.get(a.article_id) ?? 0,
    statements: s.get(a.article_id) ?? 0,
    events: e.get(a.article_id) ?? 0,
  }));
}

const pick = (row: AnyRow, columns: string[]) => Object.fromEntries(columns.filter((c) => row[c] !== "" && row[c] !== undefined).map((c) => [c, row[c]]));

/** Where the speaker is named near a statement: the sentence around it, searched for the name or its last word. */
export function speakerSpan(text: string, row: AnyRow): [number, number] | undefined {
  const speaker = String(row.speaker ?? "");
  if (!speaker) return undefined;
  const evidence = String(row.evidence ?? "");
  const quoteStart = Number(row.char_start);
  let from = evidence ? text.lastIndexOf(evidence.slice(0, 40), quoteStart) : -1;
  if (from < 0) from = Math.max(0, quoteStart - 300);
  const to = from + Math.max(evidence.length, 600);
  const region = text.slice(from, to);
  for (const name of [speaker, speaker.replace(/^the /i, ""), speaker.split(/\s+/).pop()!]) {
    if (name.length < 3) continue;
    const at = region.indexOf(name);
    if (at >= 0) return [from + at, from + at + name.length];
  }
  return undefined;
}

/** An article's rows of the tables that have spans in its text. */
interface ArticleRows {
  events: AnyRow[];
  statements: AnyRow[];
  quantities: AnyRow[];
}

/** One article's raw text and the spans of its rows, for its source page. */
export function sourceView(data: SiteData, articleId: string): SourceView {
  const article = data.tables.articles.find((a) => a.article_id === articleId);
  const text = data.texts[articleId];
  if (!article || text === undefined) throw new InputError(articleId, 0, "no such article in data/articles");
  const rows = { events: rowsOf(data.tables, "events", articleId), statements: rowsOf(data.tables, "statements", articleId), quantities: rowsOf(data.tables, "quantities", articleId) };
  return viewOf(article, text, data.bodyStarts?.[articleId] ?? 0, rows);
}

/**
 * Every article's view, in the order of the articles table: the rows are grouped by article
 * once, so that N articles cost one pass over the tables, not N (at 10,000 articles a
 * filter per article was 10,000 passes over some 300,000 rows).
 */
export function* sourceViews(data: SiteData): Generator<SourceView> {
  const grouped = new Map<string, ArticleRows>(data.tables.articles.map((a) => [a.article_id, { events: [], statements: [], quantities: [] }]));
  for (const name of ["events", "statements", "quantities"] as const) {
    for (const row of data.tables[name] as unknown as AnyRow[]) grouped.get(String(row.article_id))?.[name].push(row);
  }
  for (const article of data.tables.articles) {
    const text = data.texts[article.article_id];
    if (text === undefined) throw new InputError(article.article_id, 0, "no text for this article in the site's data");
    yield viewOf(article, text, data.bodyStarts?.[article.article_id] ?? 0, grouped.get(article.article_id)!);
  }
}

function viewOf(article: ArticleRow, text: string, bodyStart: number, rows: ArticleRows): SourceView {
  const spans: SourceSpan[] = [];
  for (const row of rows.events) {
    spans.push({ kind: "event", start: Number(row.char_start), end: Number(row.char_end), row_id: String(row.event_id), label: `${row.event_type} ${row.actor}${row.target ? ` → ${row.target}` : ""}`, detail: pick(row, ["event_type", "event_mode", "actor", "target", "status", "date", "date_precision", "date_text", "location", "summary"]) });
  }
  for (const row of rows.statements) {
    spans.push({ kind: "statement", start: Number(row.char_start), end: Number(row.char_end), row_id: String(row.statement_id), label: `${row.speaker}: ${row.stance}`, detail: pick(row, ["speaker", "speaker_role", "speaker_country", "kind", "stance", "target", "date", "via", "quote"]) });
    const at = speakerSpan(text, row);
    if (at) spans.push({ kind: "speaker", start: at[0], end: at[1], row_id: String(row.statement_id), label: String(row.speaker), detail: pick(row, ["speaker", "speaker_role", "speaker_country"]) });
  }
  for (const row of rows.quantities) {
    spans.push({ kind: "quantity", start: Number(row.char_start), end: Number(row.char_end), row_id: String(row.quantity_id), label: `${row.value} ${row.unit}`, detail: pick(row, ["text", "value", "value_max", "bound", "unit", "item", "category", "attributed_to", "period_start", "period_end"]) });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { article, text, bodyStart, spans: spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start) };
}

/** The evaluation against the gold tables, without the row lists, for the methodology page. */
export function accuracyReport(data: SiteData, goldDir = GOLD_DIR) {
  if (!existsSync(goldDir)) return { available: false, gold: goldDir, scores: [] };
  const scores = evaluateTables(data.tables, goldDir).map(({ missed, spurious, mismatches, ...score }) => ({
    ...score,
    missed: missed.length,
    spurious: spurious.length,
  }));
  return { available: true, gold: "../shared/gold", scores };
}
