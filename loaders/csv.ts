/**
 * CSV in and out, with papaparse. Text cells that a spreadsheet would run as a formula
 * are neutralised as OWASP recommends (a leading apostrophe), numeric columns are left alone,
 * and tables are written all or nothing.
 */
import Papa from "papaparse";
import { InputError, lineOf } from "./errors.ts";

export type Cell = string | number;
export type Row = Record<string, Cell>;

/**
 * Text cells that a spreadsheet would run as a formula: those that begin with =, +, -, @,
 * a tab or a carriage return (OWASP's list), also behind apostrophes we may have added,
 * so that a text that itself begins with "'=" survives a write and a read unchanged.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** What a numeric column may hold as text: a plain decimal number. */
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Prefixes a formula-like text cell with an apostrophe so spreadsheets show it as text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reverses `neutraliseCell` for a cell read back from our own CSV. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Writes rows as CSV with the given columns in order. Cells of `numeric` columns are
 * written as they are when they are numbers (a negative number stays "-3"); every other
 * cell, and anything in a numeric column that is not a plain number, is text and is
 * neutralised. Infinite numbers are written empty, like NaN.
 */
export function toCsv(rows: Row[], columns: string[], numeric: ReadonlySet<string> = new Set()): string {
  return [...csvChunks(rows, columns, numeric)].join("");
}

/** Rows per piece of CSV text: small enough that a piece is a few hundred kilobytes. */
const ROWS_PER_CHUNK = 2000;

/**
 * The CSV of `toCsv` in pieces, the header with the first rows and then a few thousand
 * rows at a time: a large table is written without its whole text, and a copy of every
 * cell, in memory at once (at 10,000 articles that copy doubled the extraction's peak).
 */
export function* csvChunks(rows: Row[], columns: string[], numeric: ReadonlySet<string> = new Set()): Generator<string> {
  const header = csvHeader(columns);
  if (rows.length === 0) yield header;
  for (let from = 0; from < rows.length; from += ROWS_PER_CHUNK) yield `${from === 0 ? header : ""}${csvLines(rows.slice(from, from + ROWS_PER_CHUNK), columns, numeric)}`;
}

const UNPARSE = { newline: "\n", quotes: false };

/** The header line of a table of these columns, with its newline. */
export function csvHeader(columns: string[]): string {
  // papaparse ends a header without rows with a newline already.
  const header = Papa.unparse({ fields: columns, data: [] }, UNPARSE);
  return header.endsWith("\n") ? header : `${header}\n`;
}

/**
 * The lines of these rows, each with its newline, as `toCsv` writes them after the header:
 * a row's line does not depend on the rows around it, so a table's lines may be made in
 * pieces (by the worker that extracted them, loaders/extract-batch.ts) and joined.
 */
export function csvLines(rows: Row[], columns: string[], numeric: ReadonlySet<string> = new Set()): string {
  if (rows.length === 0) return "";
  const cells = (row: Row) =>
    columns.map((column) => {
      const value = row[column] as Cell | null | undefined;
      if (value === undefined || value === null || (typeof value === "number" && !Number.isFinite(value))) return "";
      if (numeric.has(column) && (typeof value === "number" || NUMBER.test(value))) return String(value);
      return neutraliseCell(String(value));
    });
  // papaparse ends its text without a newline.
  return `${Papa.unparse(rows.map(cells), { ...UNPARSE, header: false })}\n`;
}

/** Reads CSV text with a header row into rows of strings. */
export function parseCsv(text: string, file = "CSV"): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true, delimiter: "," });
  if (result.errors.length > 0) {
    // A field may hold line breaks, so the line comes from the error's offset where papaparse gives one.
    const error = result.errors[0];
    const line = error.index !== undefined ? lineOf(text, error.index) : (error.row ?? 0) + 2;
    throw new InputError(file, line, `${error.message} (row ${(error.row ?? 0) + 1} of the data)`);
  }
  return result.data;
}

export { writeFilesAtomically } from "./atomic-folder.ts";
