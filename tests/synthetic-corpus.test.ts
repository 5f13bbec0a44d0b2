import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../loaders/corpus.ts";
import { splitSentences } from "../loaders/text.ts";
import { random, syntheticArticle, writeSyntheticCorpus } from "../scripts/synthetic-corpus.ts";

describe("synthetic benchmark corpus", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(syntheticArticle(5, 7)).toBe(syntheticArticle(5, 7));
    expect(syntheticArticle(5, 7)).not.toBe(syntheticArticle(5, 8));
    expect(syntheticArticle(5, 7)).not.toBe(syntheticArticle(6, 7));
  });

  it("draws numbers in [0, 1) from a seeded generator", () => {
    const draw = random(1);
    const values = Array.from({ length: 1000 }, draw);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it("writes N readable articles of news-like sentences", () => {
    const dir = mkdtempSync(join(tmpdir(), "syn-"));
    const bytes = writeSyntheticCorpus(dir, 20, 3);
    const files = readdirSync(dir);
    expect(files).toHaveLength(20);
    expect(bytes).toBeGreaterThan(20 * 1000);
    const article = parseArticle(files[0], readFileSync(join(dir, files[0]), "utf8"));
    expect(splitSentences(article).length).toBeGreaterThan(8);
  });
});
