import { describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "../loaders/cli.ts";
import { parseCsv, restoreCell } from "../loaders/csv.ts";
import { dataDictionary, dataPackage } from "../loaders/datapackage.ts";
import { tablesToCsv } from "../loaders/tables.ts";
import { corpusTables } from "./helpers.ts";

const { tables } = corpusTables(ARTICLES_DIR);
const csvs = tablesToCsv(tables);
const pkg = dataPackage(tables) as {
  profile: string;
  resources: Array<{ name: string; path: string; rows: number; schema: { fields: Array<{ name: string; type: string; constraints?: { enum: string[] } }>; primaryKey?: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }>;
};

const valid: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => Number.isFinite(Number(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
};

describe("datapackage.json", () => {
  it("describes exactly the CSV files the project writes", () => {
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(Object.keys(csvs).sort());
  });

  for (const resource of pkg.resources) {
    it(`validates ${resource.path}: header, types, enums, keys`, () => {
      const csv = csvs[resource.path];
      const header = csv.split("\n")[0].split(",");
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
      const rows = parseCsv(csv);
      expect(rows).toHaveLength(resource.rows);
      for (const row of rows) {
        for (const field of resource.schema.fields) {
          const value = restoreCell(row[field.name]);
          if (value === "") continue;
          expect(valid[field.type](value), `${resource.name}.${field.name} = ${value} is not a ${field.type}`).toBe(true);
          if (field.constraints) expect(field.constraints.enum, `${resource.name}.${field.name}`).toContain(value);
        }
      }
      if (resource.schema.primaryKey) {
        const keys = rows.map((r) => resource.schema.primaryKey!.map((k) => r[k]).join("|"));
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.every((k) => k !== "")).toBe(true);
      }
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = new Set(parseCsv(csvs[`${fk.reference.resource}.csv`]).map((r) => r[fk.reference.fields[0]]));
        for (const row of rows) expect(target.has(row[fk.fields[0]]), `${resource.name} ${row[fk.fields[0]]}`).toBe(true);
      }
    });
  }

  it("gives every column of every table a meaning in the data dictionary", () => {
    const dictionary = dataDictionary(tables);
    const undocumented = dictionary.filter((d) => d.description === d.column.replace(/_/g, " "));
    expect(undocumented.map((d) => `${d.table}.${d.column}`)).toEqual([]);
  });
});
