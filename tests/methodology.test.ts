import { describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "../loaders/cli.ts";
import { evaluateCorpus } from "../loaders/evaluate.ts";
import { accuracyReport, GOLD_DIR } from "../loaders/source-pages.ts";
import { buildTables } from "../loaders/tables.ts";
import { corpusTables } from "./helpers.ts";

describe("methodology accuracy table", () => {
  it("reports the same figures as npm run eval", () => {
    const { articles, tables } = corpusTables(ARTICLES_DIR);
    const report = accuracyReport({ tables, texts: {} });
    const evaluated = evaluateCorpus(articles, GOLD_DIR);
    expect(report.available).toBe(true);
    expect(report.scores.map((s) => [s.table, s.gold, s.predicted, s.matched, s.f1])).toEqual(evaluated.map((s) => [s.table, s.gold, s.predicted, s.matched, s.f1]));
    expect(report.scores.map((s) => s.table)).toEqual(["articles", "quantities", "statements", "events"]);
  });

  it("says so when the gold tables are missing", () => {
    expect(accuracyReport({ tables: buildTables([]), texts: {} }, "/nonexistent")).toMatchObject({ available: false });
  });
});
