/**
 * Determinism: the same inputs give byte-identical CSV and JSON, and the rows (and ids) of
 * an article do not change when an unrelated article is added or the files are listed in
 * another order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "../loaders/cli.ts";
import { parseArticle, readCorpus, type Article } from "../loaders/corpus.ts";
import { buildTables, loadDictionaries, tablesToCsv, type Tables } from "../loaders/tables.ts";

const dictionaries = loadDictionaries();
const corpus = readCorpus(ARTICLES_DIR);
const UNRELATED = parseArticle(
  "zz_unrelated.md",
  "---\ntitle: Drones over the border\npublished: 2024-09-02\n---\nRussia fired 35 drones at Kyiv on Sunday, Ukraine's air force said. It said 20 were shot down.\n",
);
/** An article that sorts first, so that adding it moves every other article down a row. */
const FIRST = parseArticle("000_aaa_first.txt", "South Korea said on Monday that it had sent 1,000 tons of rice to Ukraine.\n");

function build(articles: Article[]): { tables: Tables; csv: Record<string, string>; json: string } {
  const tables = buildTables(articles, dictionaries);
  return { tables, csv: tablesToCsv(tables), json: JSON.stringify(tables) };
}

/** The rows of the given articles in every table that has an article_id, by table. */
function rowsOf(tables: Tables, ids: string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(tables)) {
    const own = (rows as Array<Record<string, unknown>>).filter((row) => typeof row.article_id === "string" && ids.includes(row.article_id));
    if (own.length) out[name] = own;
  }
  return out;
}

/** A fixed shuffle (reversal and interleaving), different from the sorted order. */
function shuffled<T>(items: T[]): T[] {
  const reversed = [...items].reverse();
  return [...reversed.filter((_, i) => i % 2 === 1), ...reversed.filter((_, i) => i % 2 === 0)];
}

describe("determinism", () => {
  const first = build(corpus);
  const ids = corpus.map((a) => a.id);

  it("two builds from the same inputs give byte-identical CSV and JSON", () => {
    const second = build(readCorpus(ARTICLES_DIR));
    expect(Object.keys(first.csv).length).toBeGreaterThan(0);
    for (const [name, csv] of Object.entries(first.csv)) expect(second.csv[name], name).toBe(csv);
    expect(second.json).toBe(first.json);
  });

  it("the seed corpus gives rows with stable ids of the form <table>-<article>-<offset>", () => {
    expect(first.tables.quantities.length).toBeGreaterThan(0);
    for (const q of first.tables.quantities) expect(q.quantity_id).toMatch(new RegExp(`^q-${q.article_id}-${q.char_start}(?:-\\d+)?$`));
  });

  it("files listed in another order give the same bytes", () => {
    const order = shuffled(corpus);
    expect(order.map((a) => a.id)).not.toEqual(ids);
    const other = build(order);
    for (const [name, csv] of Object.entries(first.csv)) expect(other.csv[name], name).toBe(csv);
    expect(other.json).toBe(first.json);
  });

  it("adding unrelated articles leaves the rows and ids of the others unchanged", () => {
    const added = build(shuffled([...corpus, UNRELATED, FIRST]));
    expect(added.tables.articles.map((a) => a.article_id)).toEqual([FIRST.id, ...ids, UNRELATED.id]);
    expect(rowsOf(added.tables, ids)).toEqual(rowsOf(first.tables, ids));
  });

  it("the folder as read from disk is in one order, whatever the directory listing says", () => {
    const names = readdirSync(ARTICLES_DIR).filter((n) => /\.(txt|md)$/.test(n));
    const byHand = shuffled(names).map((name) => parseArticle(join(ARTICLES_DIR, name), readFileSync(join(ARTICLES_DIR, name), "utf8")));
    expect(build(byHand).csv).toEqual(first.csv);
  });
});
