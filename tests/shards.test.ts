/**
 * Extraction beyond one machine (issue 17): shards chosen by article id, extracted apart and
 * merged, give byte for byte the tables of one run over every article, corrections and
 * claims included.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLES_DIR, PROJECT_DIR } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import type { Correction } from "../loaders/corrections.ts";
import { InputError } from "../loaders/errors.ts";
import { inShard, mergeTables, parseShard, readTables } from "../loaders/shards.ts";
import { buildTables, loadDictionaries, tablesToCsv, type Tables } from "../loaders/tables.ts";

const articles = [...readCorpus(ARTICLES_DIR), ...readCorpus(join(PROJECT_DIR, "tests", "fixtures", "unseen", "articles"))];
const plain = loadDictionaries();
const whole = buildTables(articles, plain);

/** Corrections of rows that land in different shards: one value set, one row dropped, one that matches nothing. */
const corrections: Correction[] = [
  { table: "events", id: whole.events[0].event_id, set: { status: "alleged" }, drop: false, reason: "checked", line: 3 },
  { table: "statements", id: whole.statements.at(-1)!.statement_id, set: {}, drop: true, reason: "a caption", line: 7 },
  { table: "quantities", id: "q-nowhere-1", set: { value: 5 }, drop: false, reason: "gone", line: 11 },
];
const dictionaries = { ...plain, corrections };

/** The tables as `npm run extract` writes them into a folder. */
function written(tables: Tables): string {
  const dir = mkdtempSync(join(tmpdir(), "shard-"));
  for (const [name, text] of Object.entries(tablesToCsv(tables))) writeFileSync(join(dir, name), text);
  return dir;
}

describe("shards", () => {
  it("read K/N and refuse what is not one", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("0/4")).toBeUndefined();
    expect(parseShard("5/4")).toBeUndefined();
    expect(parseShard("two")).toBeUndefined();
  });

  it("put every article in exactly one shard, by its id alone", () => {
    for (const article of articles) {
      const homes = [1, 2, 3].filter((index) => inShard(article.id, { index, count: 3 }));
      expect(homes, article.id).toHaveLength(1);
    }
  });

  it("extracted apart and merged, give the tables of one run, corrections and claims included", () => {
    const expected = tablesToCsv(buildTables(articles, dictionaries));
    const shards = [1, 2, 3].map((index) => {
      const mine = articles.filter((a) => inShard(a.id, { index, count: 3 }));
      const dir = written(buildTables(mine, dictionaries));
      return { dir, tables: readTables(dir) };
    });
    expect(shards.filter((s) => s.tables.articles.length > 0).length).toBeGreaterThan(1);
    const merged = tablesToCsv(mergeTables(shards));
    for (const name of Object.keys(expected)) expect(merged[name], name).toBe(expected[name]);
    expect(merged["corrections.csv"]).toContain("applied");
    expect(merged["corrections.csv"]).toContain("unmatched");
  });

  it("refuse a folder that is not a run's tables, and shards that overlap", () => {
    const empty = mkdtempSync(join(tmpdir(), "shard-"));
    expect(() => readTables(empty)).toThrow(InputError);
    const bad = mkdtempSync(join(tmpdir(), "shard-"));
    for (const [name, text] of Object.entries(tablesToCsv(whole))) writeFileSync(join(bad, name), name === "events.csv" ? text.replace("event_id,", "id,") : text);
    expect(() => readTables(bad)).toThrow(/events\.csv:1: the columns are not those of the events table/);
    const dir = written(whole);
    expect(() => mergeTables([{ dir, tables: readTables(dir) }, { dir: `${dir}-copy`, tables: readTables(dir) }])).toThrow(/also in .*: the shards overlap/);
  });
});
