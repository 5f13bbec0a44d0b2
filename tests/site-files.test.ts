/**
 * The files the site's data loaders print, made in one process (loaders/site-files.ts):
 * every loader of src/data/ prints its own file through it, so that what a build writes
 * into Framework's cache is what the loader would print.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3";
import { parquetReadObjects } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLES_DIR, PROJECT_DIR } from "../loaders/cli.ts";
import { SITE_FILES, writeSiteFiles } from "../loaders/site-files.ts";
import { TABLE_SPECS } from "../loaders/tables.ts";
import { corpusTables } from "./helpers.ts";

const { articles, tables } = corpusTables(ARTICLES_DIR);
const data = { tables, texts: Object.fromEntries(articles.map((a) => [a.id, a.raw])) };
const dir = mkdtempSync(join(tmpdir(), "site-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the site's data files", () => {
  it("every data loader prints its own file of loaders/site-files.ts (the source pages' archive is for npm run dev)", () => {
    const loaders = readdirSync(join(PROJECT_DIR, "src", "data")).filter((n) => n.endsWith(".ts") && n !== "sources.tar.ts");
    for (const loader of loaders) {
      const name = loader.slice(0, -3);
      expect(Object.keys(SITE_FILES), loader).toContain(name);
      expect(readFileSync(join(PROJECT_DIR, "src", "data", loader), "utf8")).toContain(`await printSiteFile("${name}");`);
    }
  });

  it("are written whole, from one read of the tables, each with the table's rows and columns", async () => {
    let reads = 0;
    const names = Object.keys(SITE_FILES).filter((n) => /^(events|statements)\.|^explainer|^land/.test(n));
    await writeSiteFiles(dir, names, async () => (reads++, data));
    expect(reads).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
    for (const name of ["events", "statements"] as const) {
      const columns = TABLE_SPECS[name].columns;
      const csv = csvParse(readFileSync(join(dir, `${name}.csv`), "utf8"));
      expect(csv.columns).toEqual(columns);
      expect(csv).toHaveLength(data.tables[name].length);
      const json = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));
      expect(json.map((r: Record<string, string>) => r[columns[0]])).toEqual(csv.map((r) => r[columns[0]]));
      const bytes = readFileSync(join(dir, `${name}.parquet`));
      const parquet = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
      expect(parquet).toHaveLength(data.tables[name].length);
    }
    expect(JSON.parse(readFileSync(join(dir, "explainer.json"), "utf8")).events.count).toBe(data.tables.events.length);
    expect(JSON.parse(readFileSync(join(dir, "land.json"), "utf8")).type).toBe("Topology");
  });

  it("a name no loader makes is an error", async () => {
    await expect(writeSiteFiles(dir, ["nonexistent.csv"], async () => data)).rejects.toThrow(/no site file "nonexistent.csv"/);
  });
});
