import { describe, expect, it } from "vitest";
import { readCorpus } from "../loaders/corpus.ts";
import { buildTablesInParallel } from "../loaders/extract-pool.ts";
import { buildTables, tablesToCsv } from "../loaders/tables.ts";

describe("extraction on a pool of workers", () => {
  const articles = [...readCorpus("../shared/articles"), ...readCorpus("tests/fixtures/unseen/articles")];

  it("writes the same tables, byte for byte, as one thread, whatever order the articles come in", async () => {
    const alone = tablesToCsv(buildTables(articles));
    // Small batches, so that each of the two workers extracts several of them.
    const pooled = tablesToCsv(await buildTablesInParallel([...articles].reverse(), { workers: 2, batchCharacters: 4_000, parallelFrom: 0 }));
    expect(Object.keys(pooled)).toEqual(Object.keys(alone));
    for (const name of Object.keys(alone)) expect(pooled[name], name).toBe(alone[name]);
    expect(alone["events.csv"].split("\n").length).toBeGreaterThan(50);
  });
});
