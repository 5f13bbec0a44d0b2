/**
 * Article ids are text everywhere (issue 19): the pages read each CSV with the column types
 * of the schema, so ids that look like dates, numbers or booleans stay text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { columnTypes } from "../loaders/column-types.ts";
import { parseArticle } from "../loaders/corpus.ts";
import { buildTables, TABLE_SPECS, tablesToCsv, type TableName } from "../loaders/tables.ts";
// @ts-expect-error: a plain JavaScript module of the site, without types.
import { typedCell, typedRows } from "../src/components/typed-rows.js";

const TEXT = "North Korea shipped 1,000 containers to Russia on June 3, 2024, Seoul said on Monday. \"We will not stand by,\" John Kirby said.\n";
const IDS = ["2024-06-24", "12345", "true", "NaN", "1e3", "null"];

describe("column types", () => {
  it("every column of every table has one, and ids, names and text are text", () => {
    const types = columnTypes();
    for (const [name, spec] of Object.entries(TABLE_SPECS)) {
      expect(Object.keys(types[name as TableName])).toEqual(spec.columns);
      for (const column of spec.columns) {
        if (column.endsWith("_id") || column.endsWith("_ids")) expect(types[name as TableName][column], `${name}.${column}`).toBe("string");
        if (spec.numeric.has(column)) expect(types[name as TableName][column], `${name}.${column}`).toBe("number");
      }
    }
    expect(types.articles.published).toBe("date");
    expect(types.events.date).toBe("date");
  });

  it("cells are read as their column's type", () => {
    expect(typedCell("2024-06-24", "string")).toBe("2024-06-24");
    expect(typedCell("true", "string")).toBe("true");
    expect(typedCell("0012", "string")).toBe("0012");
    expect(typedCell("12", "number")).toBe(12);
    expect(typedCell("2024-06-24", "date")).toEqual(new Date(Date.UTC(2024, 5, 24)));
    expect(typedCell("", "string")).toBeNull();
  });
});

describe("the tables' CSV read as the pages read it", () => {
  it("keeps article ids that look like dates, numbers or booleans as text", async () => {
    const tables = buildTables(IDS.map((id) => parseArticle(`${id}.txt`, TEXT)));
    const csv = tablesToCsv(tables);
    const types = columnTypes();
    for (const name of ["articles", "quantities", "statements", "events", "claims"] as const) {
      const rows = await typedRows(csvParse(csv[`${name}.csv`]), types[name]);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) if (types[name][column] === "string" && value !== null) expect(typeof value, `${name}.${column}`).toBe("string");
        if (name !== "claims") expect(IDS).toContain(row.article_id);
      }
    }
    const articles = await typedRows(csvParse(csv["articles.csv"]), types.articles);
    expect(articles.map((a: { article_id: string }) => a.article_id.slice(0, 4))).toEqual([...IDS].sort().map((id) => id.slice(0, 4)));
  });

  it("no page reads a CSV with guessed types", () => {
    const pages = readdirSync(join(PROJECT_DIR, "src"), { recursive: true, encoding: "utf8" }).filter((file) => /\.(md|js)$/.test(file) && !file.startsWith(".observablehq"));
    for (const page of pages) {
      const source = readFileSync(join(PROJECT_DIR, "src", page), "utf8");
      expect(source, page).not.toMatch(/\.csv\(\s*\{[^}]*typed|autoType/);
      for (const match of source.matchAll(/FileAttachment\("data\/(\w+)\.csv"\)\.csv\(/g)) {
        expect(source.slice(Math.max(0, match.index - 10), match.index + match[0].length + 30), page).toContain(`typedRows(FileAttachment("data/${match[1]}.csv").csv(), types.${match[1]})`);
      }
    }
  });
});
