/**
 * Editorial corrections: an editor fixes or removes a wrong row without touching code,
 * in `data/corrections.yaml`. Each correction names a row by its stable id, says what to
 * change (`set`) or that the row goes (`drop`), and why. A correction that matches no
 * row is reported, never silently ignored.
 */
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { readFileSync, existsSync } from "node:fs";
import { DATA_DIR, memoiseDictionary, parseDictionary } from "./dictionaries.ts";
import { InputError } from "./errors.ts";
import { CORRECTIONS, type RowOf } from "./schema.ts";

export interface Correction {
  table: string;
  id: string;
  set: Record<string, string | number>;
  drop: boolean;
  reason: string;
  /** Line of the correction in its file, for messages. */
  line: number;
  /** The file the correction comes from, for messages. */
  file?: string;
}

/** A row of the corrections table (its schema is in loaders/schema.ts). */
export type CorrectionOutcome = RowOf<typeof CORRECTIONS>;

const correctionSchema = z.array(
  z
    .object({
      table: z.string().min(1),
      id: z.string().min(1),
      set: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      drop: z.boolean().optional(),
      reason: z.string().min(3, "say why: a correction needs a reason"),
    })
    .refine((c) => Boolean(c.drop) !== Boolean(c.set && Object.keys(c.set).length), {
      message: "give either `set` (the new values) or `drop: true`",
    }),
);

/** The corrections of `dir`, read once and shared while corrections.yaml is unchanged. */
export function sharedCorrections(dir = DATA_DIR): Correction[] {
  // By path: each correction names its file, for the warnings of a build that applies it.
  return memoiseDictionary("corrections", dir, ["corrections.yaml"], () => loadCorrections(dir), { byPath: true });
}

export function loadCorrections(dir = DATA_DIR): Correction[] {
  const file = join(dir, "corrections.yaml");
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  const entries = parseDictionary(file, text, z.preprocess((value) => value ?? [], correctionSchema));
  // Remember each entry's line, so that a stale correction can be pointed at.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const items = (doc.contents as { items?: Array<{ range?: [number, number] }> } | null)?.items ?? [];
  return entries.map((entry, i) => ({
    table: entry.table,
    id: entry.id,
    set: entry.set ?? {},
    drop: entry.drop ?? false,
    reason: entry.reason,
    line: lineCounter.linePos(items[i]?.range?.[0] ?? 0).line,
    file,
  }));
}

/**
 * Columns no correction may change: the ids (the row's own and the article's, which links
 * and claims follow) and the provenance (offsets and evidence sentence, which must keep
 * pointing into the article as stored), and `corrected`, which the correction itself writes.
 */
export function protectedColumns(spec: { id?: string; columns: string[] }): Set<string> {
  const ids = spec.columns.filter((column) => column === spec.id || column.endsWith("_id"));
  return new Set([...ids, "char_start", "char_end", "evidence", "corrected"]);
}

type Specs = Record<string, { id?: string; columns: string[]; numeric: ReadonlySet<string> }>;

/**
 * Refuses, with file and line, what cannot be a correction: a table that takes none, a
 * column the table lacks or must not change, a value of the wrong type, and two corrections
 * of one cell (or of a dropped row), where the last would silently win.
 */
export function checkCorrections(corrections: Correction[], tableNames: string[], specs: Specs, file: string): void {
  const seen = new Map<string, number>();
  const claim = (c: Correction, key: string, what: string) => {
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new InputError(c.file ?? file, c.line, `${what} is corrected twice (also at line ${earlier}); keep one correction`);
    seen.set(key, c.line);
  };
  for (const c of corrections) {
    const where = c.file ?? file;
    const spec = specs[c.table];
    if (!spec?.id || !tableNames.includes(c.table)) throw new InputError(where, c.line, `unknown table "${c.table}"; corrections apply to ${tableNames.join(", ")}`);
    const fixed = protectedColumns(spec);
    for (const column of Object.keys(c.set)) {
      if (!spec.columns.includes(column)) throw new InputError(where, c.line, `table ${c.table} has no column "${column}"`);
      if (fixed.has(column)) throw new InputError(where, c.line, `the column "${column}" holds ids or provenance and cannot be corrected; drop the row instead`);
      if (spec.numeric.has(column) && c.set[column] !== "" && !Number.isFinite(Number(c.set[column]))) {
        throw new InputError(where, c.line, `column "${column}" is numeric; "${c.set[column]}" is not a number`);
      }
    }
    const row = `${c.table}\0${c.id}`;
    if (c.drop) {
      for (const column of spec.columns) claim(c, `${row}\0${column}`, `row ${c.id}`);
    } else {
      for (const column of Object.keys(c.set)) claim(c, `${row}\0${column}`, `${c.table} row ${c.id} column "${column}"`);
    }
  }
}

/**
 * Applies corrections to tables of rows keyed by table name. Returns new tables and what
 * became of each correction. Bad corrections stop the build before any is applied (see
 * checkCorrections): they are typos.
 */
export function applyCorrections<T extends Record<string, Array<Record<string, unknown>>>>(
  tables: T,
  corrections: Correction[],
  specs: Specs,
  file = join(DATA_DIR, "corrections.yaml"),
): { tables: T; outcomes: CorrectionOutcome[] } {
  checkCorrections(corrections, Object.keys(tables), specs, file);
  const out = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map((row) => ({ ...row }))])) as T;
  const outcomes: CorrectionOutcome[] = [];
  for (const c of corrections) {
    const spec = specs[c.table];
    const rows = out[c.table] as Array<Record<string, unknown>>;
    const index = rows.findIndex((row) => row[spec.id!] === c.id);
    outcomes.push(outcomeOf(c, index >= 0));
    if (index < 0) continue;
    if (c.drop) rows.splice(index, 1);
    else rows[index] = withCorrection(rows[index], c, spec);
  }
  return { tables: out, outcomes };
}

/** A row with a `set` correction's values (numbers in numeric columns) and its reason added to `corrected`. */
function withCorrection<R extends Record<string, unknown>>(row: R, c: Correction, spec: Specs[string]): R {
  const values = Object.fromEntries(Object.entries(c.set).map(([k, v]) => [k, spec.numeric.has(k) && v !== "" ? Number(v) : v]));
  // Two corrections of one row (different columns) both leave their reason.
  const reasons = [row.corrected, c.reason].filter((r) => typeof r === "string" && r !== "");
  return { ...row, ...values, corrected: reasons.join(" ") };
}

/**
 * applyCorrections row by row, for rows that come a batch at a time and are not kept
 * (loaders/table-files.ts), with the same outcome: each correction applies to the first
 * row of its table with its id, in the corrections' order, and a correction that met no
 * row is unmatched. Bad corrections stop the build before any row comes.
 */
export function rowCorrector(corrections: Correction[], tableNames: string[], specs: Specs, file = join(DATA_DIR, "corrections.yaml")) {
  checkCorrections(corrections, tableNames, specs, file);
  const pending = new Map<string, Correction[]>();
  for (const c of corrections) pending.set(`${c.table}\0${c.id}`, [...(pending.get(`${c.table}\0${c.id}`) ?? []), c]);
  const applied = new Set<Correction>();
  return {
    /** The ids of a table's rows that corrections name. */
    ids(table: string): Set<string> {
      return new Set(corrections.filter((c) => c.table === table).map((c) => c.id));
    },
    /** The row as its corrections leave it, or undefined when one drops it. */
    correct<R extends Record<string, unknown>>(table: string, row: R): R | undefined {
      const key = `${table}\0${row[specs[table].id!]}`;
      const mine = pending.get(key);
      if (!mine) return row;
      pending.delete(key);
      let corrected: R | undefined = row;
      for (const c of mine) {
        applied.add(c);
        corrected = c.drop || !corrected ? undefined : withCorrection(corrected, c, specs[table]);
      }
      return corrected;
    },
    /** What became of each correction, in their order. */
    outcomes(): CorrectionOutcome[] {
      return corrections.map((c) => outcomeOf(c, applied.has(c)));
    },
  };
}

function outcomeOf(c: Correction, applied: boolean): CorrectionOutcome {
  const change = c.drop ? "row removed" : Object.entries(c.set).map(([k, v]) => `${k} → ${v}`).join("; ");
  return { table: c.table, row_id: c.id, action: c.drop ? "drop" : "set", change, reason: c.reason, status: applied ? "applied" : "unmatched", line: c.line };
}

/** One line per correction that matched no row, for the build log. */
export function unmatchedReport(outcomes: CorrectionOutcome[], file = "data/corrections.yaml"): string[] {
  return outcomes
    .filter((o) => o.status === "unmatched")
    .map((o) => `warning: ${file}:${o.line}: correction of ${o.table} row ${o.row_id} matches no row (the row may have changed id or gone); update or remove it`);
}
