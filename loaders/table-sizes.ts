/**
 * How many rows each table has, and how many an explorer page loads without asking
 * (src/components/table-download.js): at 10,000 articles the events, statements and
 * quantities CSVs are megabytes each, which a reader downloads only on request.
 */
import { TABLE_SPECS, type TableName, type Tables } from "./tables.ts";

/** Rows an explorer loads with the page: about half a megabyte of gzip CSV. */
export const LOAD_AT_ONCE = 20_000;

/** The rows loaded without asking: `ARMS_LOAD_AT_ONCE` when a newsroom sets it, else LOAD_AT_ONCE. */
export function loadAtOnce(env: NodeJS.ProcessEnv = process.env): number {
  const stated = Number(env.ARMS_LOAD_AT_ONCE);
  return env.ARMS_LOAD_AT_ONCE !== undefined && Number.isInteger(stated) && stated >= 0 ? stated : LOAD_AT_ONCE;
}

export interface TableSizes {
  loadAtOnce: number;
  rows: Record<TableName, number>;
}

export function tableSizes(tables: Tables, limit = loadAtOnce()): TableSizes {
  const names = Object.keys(TABLE_SPECS) as TableName[];
  return { loadAtOnce: limit, rows: Object.fromEntries(names.map((name) => [name, tables[name].length])) as Record<TableName, number> };
}
