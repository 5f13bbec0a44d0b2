/**
 * The type each column of each published table is read as in the pages: numbers, dates
 * and text, from the data package's field types. Every other column is text, so that an
 * article id such as `2024-06-24`, `12345` or `true` stays text (d3's autoType, which
 * `csv({typed: true})` uses, made it a Date, a number or a boolean and broke the pages).
 */
import { fieldDoc } from "./datapackage.ts";
import { TABLE_SPECS, type TableName } from "./tables.ts";

export type ColumnType = "number" | "date" | "string";

export function columnTypes(): Record<TableName, Record<string, ColumnType>> {
  const typeOf = (table: string, column: string): ColumnType => {
    const { type } = fieldDoc(table, column);
    return type === "integer" || type === "number" ? "number" : type === "date" ? "date" : "string";
  };
  return Object.fromEntries(
    Object.values(TABLE_SPECS).map((spec) => [spec.name, Object.fromEntries(spec.columns.map((column) => [column, typeOf(spec.name, column)]))]),
  ) as Record<TableName, Record<string, ColumnType>>;
}
