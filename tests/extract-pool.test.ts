import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../loaders/corpus.ts";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { batchesOf, buildTablesInParallel, extractFolderToFiles, type ThreadsReport } from "../loaders/extract-pool.ts";
import type { Article } from "../loaders/corpus.ts";
import { buildTables, loadDictionaries, tablesToCsv } from "../loaders/tables.ts";

const SEEDS = "../shared/articles";
const UNSEEN = "tests/fixtures/unseen/articles";

/**
 * Seven of the eleven seed and unseen articles (about 20,000 characters, 66 events, 23
 * quantities, 83 statements): enough for several batches on each thread and for the rows
 * the corrections name, seeds and unseen, the front-matter one among them. A run's cost is
 * mostly the worker's start (its dictionaries and model, about 2 s of CPU), not these.
 */
const PICKED = [
  `${SEEDS}/000_adc607d940808dbb.txt`,
  `${SEEDS}/002_9e452f51620b43cd.txt`,
  `${SEEDS}/004_fbb7dd5aa0b99e12.txt`,
  `${UNSEEN}/u01_reuters_dateline.txt`,
  `${UNSEEN}/u03_frontmatter.md`,
  `${UNSEEN}/u05_analysis_numbers.txt`,
  `${UNSEEN}/u06_denials_short.txt`,
];

/** The picked seed and unseen articles in one folder. */
function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "pool-articles-"));
  for (const from of PICKED) cpSync(from, join(dir, basename(from)));
  return dir;
}

/** A data folder with these corrections. */
function dataWith(corrections: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pool-data-"));
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes("articles") });
  writeFileSync(join(dir, "corrections.yaml"), corrections);
  return dir;
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith(".csv")).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("batches of articles", () => {
  // Articles of 1,000 characters each: only their length counts here.
  const articles = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, raw: "x".repeat(1_000) }) as unknown as Article);

  it("on one thread, runs of about the batch's size to the end", () => {
    const batches = batchesOf(articles, 40_000);
    expect(batches.map((b) => b.length)).toEqual(Array(10).fill(40));
  });

  it("on several threads, the last batches a share of what is left, every article once and in order", () => {
    const batches = batchesOf(articles, 40_000, 2);
    expect(batches.flat()).toEqual(articles);
    const sizes = batches.map((b) => b.length);
    // Whole batches while more than four are left (two shares per thread), then smaller ones down to an eighth.
    expect(sizes.slice(0, 6)).toEqual(Array(6).fill(40));
    expect(sizes.slice(6)).toEqual([40, 30, 23, 17, 13, 10, 7, 5, 5, 5, 5]);
    for (let i = 7; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
  });
});

describe("extraction on a pool of workers", () => {
  const folder = corpusFolder();
  const articles = readCorpus(folder);
  // The tables of one thread, which both tests compare with: extracted once, when first asked for.
  let tables: ReturnType<typeof buildTables> | undefined;
  const whole = () => (tables ??= buildTables(articles));

  it("writes the same tables, byte for byte, as one thread, whatever order the articles come in", async () => {
    const alone = tablesToCsv(whole());
    // Small batches, so that each of the two workers extracts several of them.
    let report: ThreadsReport | undefined;
    const pooled = tablesToCsv(await buildTablesInParallel([...articles].reverse(), { workers: 2, batchCharacters: 4_000, parallelFrom: 0, onThreads: (r) => (report = r) }));
    expect(Object.keys(pooled)).toEqual(Object.keys(alone));
    for (const name of Object.keys(alone)) expect(pooled[name], name).toBe(alone[name]);
    // Two threads: this one and one worker, each extracting some of the batches.
    expect(report!.batchesPerWorker).toHaveLength(1);
    expect(report!.batchesPerWorker[0]).toBeGreaterThan(0);
    expect(report!.batchesHere).toBeGreaterThan(0);
    expect(alone["events.csv"].split("\n").length).toBeGreaterThan(50);
    expect(report!.batchesPerWorker[0] + report!.batchesHere).toBeGreaterThanOrEqual(5);
  });

  it("written as the batches come, on two workers or one thread, with corrections and a selection: the files of the whole tables", async () => {
    const [quantity, event, statement] = [whole().quantities[3], whole().events[5], whole().statements[7]];
    // The selection leaves out one article (a shard would leave out many), not one a correction names.
    const left = articles.find((a) => ![quantity.article_id, event.article_id, statement.article_id].includes(a.id))!;
    const kept = articles.filter((a) => a !== left);
    const data = dataWith(
      [
        `- { table: quantities, id: ${quantity.quantity_id}, set: { unit: rounds, value: 7 }, reason: The outlet counts rounds. }`,
        `- { table: events, id: ${event.event_id}, drop: true, reason: Not an event. }`,
        `- { table: statements, id: ${statement.statement_id}, set: { stance: deny }, reason: A denial. }`,
        `- { table: statements, id: ${statement.statement_id}, set: { speaker: Someone Else }, reason: Misread speaker. }`,
        `- { table: events, id: e-nowhere-1, drop: true, reason: A row that is not there. }`,
      ].join("\n"),
    );
    const expected = tablesToCsv(buildTables(kept, loadDictionaries(data)));
    expect(expected["events.csv"]).not.toContain(`\n${event.event_id},`);
    expect(expected["corrections.csv"]).toContain("unmatched");
    expect(expected["articles.csv"]).not.toContain(`\n${left.id},`);
    for (const workers of [1, 2]) {
      const out = join(mkdtempSync(join(tmpdir(), "pool-out-")), "tables");
      const written = await extractFolderToFiles(folder, out, { workers, dataDir: data, batchCharacters: 4_000, parallelFrom: 0, texts: true, select: (a) => a.id !== left.id });
      const files = filesOf(out);
      expect(Object.keys(files).sort(), `workers ${workers}`).toEqual(Object.keys(expected).sort());
      for (const name of Object.keys(expected)) expect(files[name], `${name}, workers ${workers}`).toBe(expected[name]);
      expect(written.articles).toBe(kept.length);
      expect(readdirSync(join(out, "texts")).sort()).toEqual(kept.map((a) => `${a.id}.txt`).sort());
      expect(readFileSync(join(out, "texts", `${kept[0].id}.txt`), "utf8")).toBe(kept[0].raw);
    }
  });

  it("a bad folder stops the run with its message and writes nothing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "pool-empty-"));
    const out = join(mkdtempSync(join(tmpdir(), "pool-out-")), "tables");
    await expect(extractFolderToFiles(empty, out, { workers: 2, parallelFrom: 0 })).rejects.toThrow(/no articles in the folder/);
    mkdirSync(out, { recursive: true });
    expect(readdirSync(out)).toEqual([]);
  });
});
