import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module of the site, without types.
import { completeTable, schemaColumns } from "../src/components/table-columns.js";

const schema = [
  { name: "root", num_children: 4 },
  { name: "crate_id", type: "BYTE_ARRAY", converted_type: "UTF8" },
  { name: "weighed_on", type: "INT32", converted_type: "DATE" },
  { name: "kilos", type: "DOUBLE" },
  { name: "sealed", type: "BOOLEAN" },
];

describe("the query page's tables keep every column of their Parquet file", () => {
  it("reads each column's DuckDB type from the file's schema", () => {
    expect(schemaColumns(schema)).toEqual([
      { name: "crate_id", type: "VARCHAR" },
      { name: "weighed_on", type: "DATE" },
      { name: "kilos", type: "DOUBLE" },
      { name: "sealed", type: "BOOLEAN" },
    ]);
  });

  it("adds a column empty in every row, typed, and puts the columns back in the file's order", () => {
    const statements = completeTable("crates", schemaColumns(schema), ["sealed", "crate_id", "kilos"]);
    expect(statements).toEqual([
      'CREATE TABLE "crates__whole" AS SELECT "crate_id", CAST(NULL AS DATE) AS "weighed_on", "kilos", "sealed" FROM "crates"',
      'DROP TABLE "crates"',
      'ALTER TABLE "crates__whole" RENAME TO "crates"',
    ]);
  });

  it("does nothing to a table loaded whole, and keeps a column the schema does not name", () => {
    expect(completeTable("crates", schemaColumns(schema), ["crate_id", "weighed_on", "kilos", "sealed"])).toEqual([]);
    expect(completeTable("crates", schemaColumns(schema).slice(0, 1), ["crate_id", "note"])[0]).toBe('CREATE TABLE "crates__whole" AS SELECT "crate_id", "note" FROM "crates"');
  });
});
