/**
 * The tables' CSV files written as the batches of articles come (loaders/extract-pool.ts),
 * byte for byte what tableCsvWriters writes from the whole tables: no table is ever whole
 * in memory. A batch's rows arrive as CSV lines (loaders/extract-batch.ts); the rows that
 * editors' corrections name are corrected here; the claims are grouped from each row's
 * item as it comes, and written at the end with the corrections' outcomes.
 */
import { join } from "node:path";
import { folderWriter } from "./atomic-folder.ts";
import { claimGroups, type ClaimItem } from "./claims.ts";
import type { Article } from "./corpus.ts";
import { rowCorrector, type Correction, type CorrectionOutcome } from "./corrections.ts";
import { csvChunks, csvHeader, csvLines, type Row } from "./csv.ts";
import { itemOfRow, ROW_TABLES, type BatchParts, type HeldIds, type RowTable } from "./extract-batch.ts";
import { TABLE_SPECS, type TableName } from "./tables.ts";

const KIND: Record<RowTable, ClaimItem["kind"]> = { quantities: "quantity", statements: "statement", events: "event" };

export interface TableFilesOptions {
  /** Also write each article's text as `texts/<article_id>.txt`. */
  texts?: boolean;
}

export interface WrittenTables {
  /** Rows written per table. */
  rows: Record<TableName, number>;
  corrections: CorrectionOutcome[];
}

export interface TableFiles {
  /** The rows each batch must keep whole for the corrections. */
  heldIds: HeldIds;
  /** Writes a batch's rows (batches in article order). */
  add(parts: BatchParts, articles: Article[]): void;
  /** Writes the claims and the corrections' outcomes and renames every file into place. */
  finish(): WrittenTables;
  /** Removes every file written. */
  abort(): void;
}

/** A writer of the tables into `dir`, all or nothing; bad corrections stop it before any file is written. */
export function tableFiles(dir: string, corrections: Correction[], options: TableFilesOptions = {}): TableFiles {
  const corrector = rowCorrector(corrections, [...ROW_TABLES], TABLE_SPECS);
  const folder = folderWriter(dir);
  const groups = claimGroups();
  const rows = Object.fromEntries(Object.keys(TABLE_SPECS).map((name) => [name, 0])) as Record<TableName, number>;
  for (const name of ["articles", ...ROW_TABLES] as const) folder.append(`${name}.csv`, csvHeader(TABLE_SPECS[name].columns));
  return {
    heldIds: Object.fromEntries(ROW_TABLES.map((table) => [table, [...corrector.ids(table)]])),
    add(parts, articles) {
      folder.append("articles.csv", parts.articles);
      rows.articles += parts.claimArticles.length;
      parts.claimArticles.forEach(groups.addArticle);
      for (const table of ROW_TABLES) rows[table] += addTablePart(table, parts, (text) => folder.append(`${table}.csv`, text));
      if (options.texts) for (const article of articles) folder.write(join("texts", `${article.id}.txt`), article.raw);
    },
    finish() {
      const claims = groups.claims();
      const outcomes = corrector.outcomes();
      folder.write("claims.csv", csvChunks(claims as unknown as Row[], TABLE_SPECS.claims.columns, TABLE_SPECS.claims.numeric));
      folder.write("corrections.csv", csvChunks(outcomes as unknown as Row[], TABLE_SPECS.corrections.columns, TABLE_SPECS.corrections.numeric));
      folder.commit();
      return { rows: { ...rows, claims: claims.length, corrections: outcomes.length }, corrections: outcomes };
    },
    abort: folder.abort,
  };

  /** Writes one table's part of a batch, its held rows corrected; returns the rows written. */
  function addTablePart(table: RowTable, parts: BatchParts, write: (text: string) => void): number {
    const { lines, held, items, heldAt } = parts.tables[table];
    const { columns, numeric } = TABLE_SPECS[table];
    const kind = KIND[table];
    // Corrected once each, in row order (a correction applies to the first row of its id).
    const corrected = held.map((row) => corrector.correct(table, row));
    let next = 0;
    const addHeldBefore = (index: number) => {
      for (; next < held.length && heldAt[next] === index; next++) {
        const row = corrected[next];
        if (row) groups.add({ kind, ...itemOfRow(table, row) });
      }
    };
    items.forEach((item, index) => {
      addHeldBefore(index);
      groups.add({ kind, ...item });
    });
    addHeldBefore(items.length);
    let written = items.length;
    lines.forEach((text, i) => {
      write(text);
      const row = corrected[i];
      if (row) {
        write(csvLines([row], columns, numeric));
        written++;
      }
    });
    return written;
  }
}
