/**
 * The Parquet files round-trip the tables: every table of the seed articles, written with
 * tableToParquet and read back with hyparquet (the reader the query page uses), gives the
 * same rows as the CSV, column by column, with the data dictionary's types: numbers as
 * numbers, dates as dates, missing cells as null.
 */
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "../loaders/cli.ts";
import { fieldDoc } from "../loaders/datapackage.ts";
import { tableToParquet } from "../loaders/parquet.ts";
import { TABLE_SPECS, type TableSpec } from "../loaders/tables.ts";
import { corpusTables } from "./helpers.ts";

type Row = Record<string, unknown>;

const tables = corpusTables(ARTICLES_DIR).tables as unknown as Record<string, Row[]>;

async function readBack(bytes: Uint8Array): Promise<Row[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return (await parquetReadObjects({ file })) as Row[];
}

/** What a cell must read back as: the CSV's missing "" is null, a date is a Date at UTC midnight. */
function expected(spec: TableSpec, column: string, value: unknown): unknown {
  if (value === undefined || value === null || value === "") return null;
  const type = fieldDoc(spec.name, column).type;
  if (type === "date") return new Date(`${value}T00:00:00Z`);
  if (type === "integer" || type === "number") return Number(value);
  return String(value);
}

describe("Parquet tables", () => {
  for (const spec of Object.values(TABLE_SPECS) as TableSpec[]) {
    it(`${spec.name}.parquet holds the table's rows and columns, typed`, async () => {
      const rows = tables[spec.name] ?? [];
      const back = await readBack(tableToParquet(spec, rows));
      expect(back).toHaveLength(rows.length);
      for (const [i, row] of rows.entries()) {
        expect(Object.keys(back[i])).toEqual(spec.columns);
        for (const column of spec.columns) {
          expect(back[i][column], `${spec.name} row ${i} ${column}`).toEqual(expected(spec, column, row[column]));
        }
      }
    });
  }

  it("declares each column's type in the schema: text, INT32, DOUBLE, DATE", () => {
    const spec = TABLE_SPECS.quantities;
    const bytes = tableToParquet(spec, tables.quantities);
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const schema = Object.fromEntries(metadata.schema.slice(1).map((s) => [s.name, `${s.type}${s.converted_type ? `/${s.converted_type}` : ""}`]));
    expect(schema).toMatchObject({ quantity_id: "BYTE_ARRAY/UTF8", value: "DOUBLE", char_start: "INT32", period_start: "INT32/DATE" });
    expect(Number(metadata.num_rows)).toBe(tables.quantities.length);
  });

  it("keeps awkward text and empty tables", async () => {
    const spec: TableSpec = { name: "quantities", columns: ["quantity_id", "text", "value", "period_start"], numeric: new Set(["value"]), description: "test" };
    const rows = [
      { quantity_id: "=cmd|' /C calc'!A0", text: "“quoted”, with commas,\nand a line break 🙂", value: 1.5e9, period_start: "2024-02-29" },
      { quantity_id: "q-2", text: "", value: "", period_start: "" },
    ];
    expect(await readBack(tableToParquet(spec, rows))).toEqual([
      { quantity_id: "=cmd|' /C calc'!A0", text: "“quoted”, with commas,\nand a line break 🙂", value: 1.5e9, period_start: new Date("2024-02-29T00:00:00Z") },
      { quantity_id: "q-2", text: null, value: null, period_start: null },
    ]);
    expect(await readBack(tableToParquet(spec, []))).toEqual([]);
  });
});
