/**
 * A batch of articles made ready for the tables' files, where it was extracted (a worker of
 * loaders/extract-pool.ts, or the calling thread): each table's rows as CSV lines, so that
 * the thread that writes the files only writes them; the rows an editor's correction names
 * kept whole, for that thread to correct; and what the claims read of each row. What
 * crosses between threads is a few strings per table, not an object per row.
 */
import type { Article } from "./corpus.ts";
import { eventItem, quantityItem, statementItem, type ClaimArticle, type ClaimItem } from "./claims.ts";
import { csvLines, type Row } from "./csv.ts";
import { extractArticle, TABLE_SPECS, type ArticleRows, type Dictionaries } from "./tables.ts";

/** The tables an article's extraction fills and corrections may change. */
export const ROW_TABLES = ["quantities", "statements", "events"] as const;
export type RowTable = (typeof ROW_TABLES)[number];

/** A claim's item without what its table says already (its kind). */
export type ItemOfRow = Omit<ClaimItem, "kind">;

/** One table's rows of a batch. */
export interface TablePart {
  /** CSV lines of the rows, cut where a held row stands: held[i] comes after lines[i]. */
  lines: string[];
  /** The rows that corrections name, whole, in order. */
  held: Row[];
  /** The claims' items of the rows not held, in row order. */
  items: ItemOfRow[];
  /** Where the held rows stand among the items: held[i] comes before items[heldAt[i]]. */
  heldAt: number[];
}

export interface BatchParts {
  /** The articles table's lines (corrections do not apply to it). */
  articles: string;
  /** What the claims read of each article. */
  claimArticles: ClaimArticle[];
  tables: Record<RowTable, TablePart>;
}

/** Row ids that corrections name, by table: those rows are held whole. */
export type HeldIds = Partial<Record<RowTable, string[]>>;

const ITEM_OF: Record<RowTable, (row: never) => ClaimItem> = { quantities: quantityItem, statements: statementItem, events: eventItem };

/** Extracts each article and makes its rows ready for the files. */
export function extractBatchParts(articles: Article[], dictionaries: Dictionaries, heldIds: HeldIds = {}): BatchParts {
  return batchParts(articles.map((article) => extractArticle(article, dictionaries)), heldIds);
}

/** The rows of a batch's articles, ready for the files. */
export function batchParts(perArticle: ArticleRows[], heldIds: HeldIds = {}): BatchParts {
  const articleSpec = TABLE_SPECS.articles;
  const articleRows = perArticle.map((rows) => rows.article);
  const tables = Object.fromEntries(
    ROW_TABLES.map((table) => [table, tablePart(table, perArticle.flatMap((rows): Row[] => rows[table] as unknown as Row[]), new Set(heldIds[table]))]),
  ) as Record<RowTable, TablePart>;
  return {
    articles: csvLines(articleRows as unknown as Row[], articleSpec.columns, articleSpec.numeric),
    claimArticles: articleRows.map(({ article_id, outlet, published }) => ({ article_id, outlet, published })),
    tables,
  };
}

function tablePart(table: RowTable, rows: Row[], held: Set<string>): TablePart {
  const { id, columns, numeric } = TABLE_SPECS[table];
  const part: TablePart = { lines: [], held: [], items: [], heldAt: [] };
  let from = 0;
  rows.forEach((row, i) => {
    if (!held.has(String(row[id!]))) return;
    part.lines.push(csvLines(rows.slice(from, i), columns, numeric));
    part.held.push(row);
    from = i + 1;
  });
  part.lines.push(csvLines(rows.slice(from), columns, numeric));
  for (const row of rows) {
    if (held.has(String(row[id!]))) part.heldAt.push(part.items.length);
    else part.items.push(itemOfRow(table, row));
  }
  return part;
}

/** A row's claim item without its kind. */
export function itemOfRow(table: RowTable, row: Row): ItemOfRow {
  const { kind: _kind, ...item } = ITEM_OF[table](row as never);
  return item;
}
