/**
 * The allowed values of each enumerated column, from the schema (loaders/schema.ts), in its
 * order: the site's charts and filters take their categories, colours and shapes from here,
 * so a value the schema gains is drawn without a list in the pages.
 */
import { SCHEMA, type TableSchema } from "./schema.ts";

export function columnEnums(): Record<string, Record<string, readonly string[]>> {
  return Object.fromEntries(
    Object.values(SCHEMA as Record<string, TableSchema>).map((table) => [
      table.name,
      Object.fromEntries(Object.entries(table.columns).flatMap(([name, column]) => (column.enum ? [[name, column.enum.filter((v) => v !== "")]] : []))),
    ]),
  );
}
