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

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-like text cell with an apostrophe so spreadsheets show it as text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reverses `neutraliseCell` for a cell read back from our own CSV. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Writes rows as CSV with the given columns in order. Cells of `numeric` columns must be
 * numbers or empty; every other cell is text and is neutralised.
 */
export function toCsv(rows: Row[], columns: string[], numeric: ReadonlySet<string> = new Set()): string {
  const data = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === undefined || value === null || (typeof value === "number" && Number.isNaN(value))) return "";
      if (numeric.has(column)) return typeof value === "number" ? String(value) : value;
      return neutraliseCell(String(value));
    }),
  );
  return Papa.unparse({ fields: columns, data }, { newline: "\n", quotes: false }) + "\n";
}

/** Reads CSV text with a header row into rows of strings. */
export function parseCsv(text: string, file = "CSV"): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
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
export function writeFilesAtomically(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const temporary = join(dir, name + suffix);
      writeFileSync(temporary, content);
      written.push(name);
    }
  } catch (error) {
    for (const name of written) rmSync(join(dir, name + suffix), { force: true });
    throw error;
  }
  for (const name of written) renameSync(join(dir, name + suffix), join(dir, name));
}
