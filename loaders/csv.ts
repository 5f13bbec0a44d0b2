/**
 * CSV in and out, with papaparse. Text cells that a spreadsheet would run as a formula
 * are neutralised as OWASP recommends (a leading apostrophe), numeric columns are left alone,
 * and tables are written all or nothing.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

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
  const data = rows.map((row) =>
    columns.map((column) => {
      const value = row[column] as Cell | null | undefined;
      if (value === undefined || value === null || (typeof value === "number" && !Number.isFinite(value))) return "";
      if (numeric.has(column) && (typeof value === "number" || NUMBER.test(value))) return String(value);
      return neutraliseCell(String(value));
    }),
  );
  const csv = Papa.unparse({ fields: columns, data }, { newline: "\n", quotes: false });
  // papaparse ends a header without rows with a newline, and rows without one.
  return csv.endsWith("\n") && data.length === 0 ? csv : `${csv}\n`;
}

/** Reads CSV text with a header row into rows of strings. */
export function parseCsv(text: string, file = "CSV"): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true, delimiter: "," });
  if (result.errors.length > 0) {
    const error = result.errors[0];
    throw new Error(`${file}: row ${(error.row ?? 0) + 2}: ${error.message}`);
  }
  return result.data;
}

/**
 * Writes several files into a folder all or nothing: every file is first written beside its
 * target under a temporary name, and only when all are written are they renamed into place.
 */
export function writeFilesAtomically(dir: string, files: Record<string, string | (() => string)>): void {
  mkdirSync(dir, { recursive: true });
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    // A content given as a function is made only when its turn comes, so that one large
    // table's text is in memory at a time.
    for (const [name, content] of Object.entries(files)) {
      const temporary = join(dir, name + suffix);
      writeFileSync(temporary, typeof content === "function" ? content() : content);
      written.push(name);
    }
  } catch (error) {
    for (const name of written) rmSync(join(dir, name + suffix), { force: true });
    throw error;
  }
  for (const name of written) renameSync(join(dir, name + suffix), join(dir, name));
}
