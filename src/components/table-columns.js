// Every column of a published Parquet table, in the data page's order, in the query page's
// database. Rows handed to DuckDB as objects lose a column that is empty in every row (it
// infers no type for it) and reorder the others, so `SELECT value_max FROM quantities` would
// fail on a corpus with no ranges. The Parquet file's own schema says what the table holds.

/** DuckDB's type for a Parquet column: its converted type first ("DATE", "UTF8"), else its physical type. */
const DUCKDB_TYPES = {
  UTF8: "VARCHAR", DATE: "DATE", TIMESTAMP_MILLIS: "TIMESTAMP", TIMESTAMP_MICROS: "TIMESTAMP",
  BYTE_ARRAY: "VARCHAR", FIXED_LEN_BYTE_ARRAY: "VARCHAR", INT32: "INTEGER", INT64: "BIGINT",
  FLOAT: "FLOAT", DOUBLE: "DOUBLE", BOOLEAN: "BOOLEAN"
};

/** The columns of a flat Parquet schema (hyparquet's metadata.schema: the root, then one element per column). */
export function schemaColumns(schema) {
  return schema.slice(1).map((s) => ({name: s.name, type: DUCKDB_TYPES[s.converted_type] ?? DUCKDB_TYPES[s.type] ?? "VARCHAR"}));
}

const quoted = (name) => `"${String(name).replace(/"/g, '""')}"`;

/**
 * The statements that give `table` exactly `columns`, in order, when DuckDB holds `present`
 * (its column names as loaded): a column it lacks is added empty, with its type. None when
 * nothing is missing or out of order.
 */
export function completeTable(table, columns, present) {
  const names = columns.map((c) => c.name);
  const extra = present.filter((name) => !names.includes(name));
  if (names.every((name, i) => present[i] === name) && present.length === names.length) return [];
  const have = new Set(present);
  const select = [...columns.map((c) => (have.has(c.name) ? quoted(c.name) : `CAST(NULL AS ${c.type}) AS ${quoted(c.name)}`)), ...extra.map(quoted)];
  const whole = quoted(`${table}__whole`);
  return [
    `CREATE TABLE ${whole} AS SELECT ${select.join(", ")} FROM ${quoted(table)}`,
    `DROP TABLE ${quoted(table)}`,
    `ALTER TABLE ${whole} RENAME TO ${quoted(table)}`
  ];
}
