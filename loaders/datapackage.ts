/**
 * The data dictionary and a Frictionless Data Package (`datapackage.json`) describing
 * every published table: fields with types and meanings, primary keys, and foreign keys
 * to the articles table.
 */
import { SCHEMA, type FieldType, type TableSchema } from "./schema.ts";
import { TABLE_SPECS, type TableName, type TableSpec, type Tables } from "./tables.ts";

export type { FieldType };

export interface FieldDoc {
  type: FieldType;
  description: string;
  /** Allowed values, for enumerations. */
  enum?: readonly string[];
}

/** The type, meaning and allowed values of a column, as the schema (loaders/schema.ts) declares them. */
export function fieldDoc(table: string, column: string): FieldDoc {
  const declared = (SCHEMA as Record<string, TableSchema>)[table]?.columns[column];
  if (!declared) throw new Error(`${table}.${column} is not a column of loaders/schema.ts`);
  const values = declared.enum?.filter((v) => v !== "");
  return { type: declared.type, description: declared.description, ...(values ? { enum: values } : {}) };
}

export interface DataDictionaryRow {
  table: string;
  column: string;
  type: FieldType;
  description: string;
  example: string;
  contract: boolean;
}

/** Contract columns of the annotation guide, by table, which the data dictionary marks. */
export const CONTRACT_COLUMNS: Record<string, string[]> = Object.fromEntries(
  Object.values(SCHEMA as Record<string, TableSchema>)
    .map((table) => [table.name, Object.entries(table.columns).filter(([, c]) => c.contract).map(([name]) => name)])
    .filter(([, columns]) => columns.length > 0),
);

/** One row per column of every table: type, meaning and an example value from the data. */
export function dataDictionary(tables: Tables): DataDictionaryRow[] {
  return Object.values(TABLE_SPECS).flatMap((spec) => {
    const rows = (tables as unknown as Record<string, Array<Record<string, unknown>>>)[spec.name] ?? [];
    return spec.columns.map((column) => {
      const doc = fieldDoc(spec.name, column);
      const example = rows.map((row) => row[column]).find((v) => v !== "" && v !== undefined && v !== null);
      return { table: spec.name, column, type: doc.type, description: doc.description, example: example === undefined ? "" : String(example).slice(0, 80), contract: CONTRACT_COLUMNS[spec.name]?.includes(column) ?? false };
    });
  });
}

/** A Frictionless Data Package describing the CSV files, for analysts' tools. */
export function dataPackage(tables: Tables, published = ""): Record<string, unknown> {
  const resources = (Object.values(TABLE_SPECS) as TableSpec[]).map((spec) => {
    const schema: Record<string, unknown> = {
      fields: spec.columns.map((column) => {
        const doc = fieldDoc(spec.name, column);
        return { name: column, type: doc.type, description: doc.description, ...(doc.enum ? { constraints: { enum: doc.enum } } : {}) };
      }),
      missingValues: [""],
    };
    if (spec.id) schema.primaryKey = [spec.id];
    if (spec.name !== "articles" && spec.columns.includes("article_id")) {
      schema.foreignKeys = [{ fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } }];
    }
    return {
      name: spec.name,
      path: `${spec.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: spec.description,
      rows: ((tables as unknown as Record<string, unknown[]>)[spec.name] ?? []).length,
      schema,
    };
  });
  return {
    profile: "tabular-data-package",
    name: "north-korea-arms-russia",
    title: "North Korea's arms for Russia: tables extracted from news articles",
    description: "Articles, quantities, statements and events extracted from news articles with their provenance (article, sentence, character offsets).",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    ...(published ? { created: published } : {}),
    resources,
  };
}

export type { TableName };
