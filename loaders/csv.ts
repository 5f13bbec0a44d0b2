/**
 * CSV in and out, with papaparse. Text cells that a spreadsheet would run as a formula
 * are neutralised as OWASP recommends (a leading apostrophe), numeric columns are left alone,
 * and tables are written all or nothing.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import Papa from "papaparse";
import { InputError } from "./errors.ts";
import { exitAfterCurrentWork, removeStaleTemporaries } from "./temporary-files.ts";

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
  const cells = (row: Row) =>
    columns.map((column) => {
      const value = row[column] as Cell | null | undefined;
      if (value === undefined || value === null || (typeof value === "number" && !Number.isFinite(value))) return "";
      if (numeric.has(column) && (typeof value === "number" || NUMBER.test(value))) return String(value);
      return neutraliseCell(String(value));
    });
  const options = { newline: "\n", quotes: false };
  if (rows.length === 0) {
    // papaparse ends a header without rows with a newline already.
    const header = Papa.unparse({ fields: columns, data: [] }, options);
    yield header.endsWith("\n") ? header : `${header}\n`;
    return;
  }
  for (let from = 0; from < rows.length; from += ROWS_PER_CHUNK) {
    const data = rows.slice(from, from + ROWS_PER_CHUNK).map(cells);
    // papaparse ends its text without a newline; each piece ends with one.
    yield `${Papa.unparse(from === 0 ? { fields: columns, data } : data, { ...options, header: from === 0 })}\n`;
  }
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

/** Temporary names beside a table: `<name>.tmp-<pid>-<time>`. */
const TEMPORARY = /^.+\.tmp-(\d+)-\d+$/;

/**
 * Writes several files into a folder all or nothing: every file is first written beside its
 * target under a temporary name, and only when all are written are they renamed into place.
 * Temporary files that a killed run left are removed first; a Ctrl-C or SIGTERM during the
 * write takes effect once it is done. A folder or file that cannot be written (a full disk,
 * `--out` naming a file) is an InputError naming it, and leaves no temporary file.
 */
export function writeFilesAtomically(dir: string, files: Record<string, string | (() => string | Iterable<string>)>): void {
  exitAfterCurrentWork();
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
    removeStaleTemporaries(dir, TEMPORARY);
    // A content given as a function is made only when its turn comes, and one given in
    // pieces is written piece by piece, so that no large table's whole text is in memory.
    for (const [name, content] of Object.entries(files)) {
      const temporary = join(dir, name + suffix);
      // A name with a folder in it ("texts/a.txt") gets its folder.
      mkdirSync(dirname(temporary), { recursive: true });
      written.push(name);
      const made = typeof content === "function" ? content() : content;
      if (typeof made === "string") writeFileSync(temporary, made);
      else writePieces(temporary, made);
    }
    for (const name of written) renameSync(join(dir, name + suffix), join(dir, name));
  } catch (error) {
    for (const name of written) rmSync(join(dir, name + suffix), { force: true });
    // A folder this call made holds nothing else: it goes too.
    if (created) rmSync(created, { recursive: true, force: true });
    throw asInputError(error, dir);
  }
}

/** A file system error (no space, no permission, a file where the folder should be) as an InputError. */
function asInputError(error: unknown, dir: string): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  const reasons: Record<string, string> = {
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    EEXIST: "a file of that name is in the way of the folder",
    ENOTDIR: "a file of that name is in the way of the folder",
    EISDIR: "a folder of that name is in the way of a table",
  };
  return new InputError(dir, 0, `cannot write the tables into this folder: ${reasons[code] ?? code} (${code}${path && path !== dir ? ` at ${path}` : ""}); nothing was written`);
}

function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
