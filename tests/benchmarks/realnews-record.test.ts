import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRealNewsScores, recordRealNewsScores } from "../../loaders/benchmarks/realnews-record.ts";
import type { TableScore } from "../../loaders/evaluate.ts";
import type { TableName } from "../../loaders/tables.ts";

const score = (table: TableName, f1: number): TableScore =>
  ({ table, gold: 10, predicted: 10, matched: Math.round(10 * f1), precision: f1, recall: f1, f1, attributes: [{ attribute: "unit", correct: 2, total: 4, accuracy: 0.5 }], missed: [], spurious: [], mismatches: [] });

describe("the recorded real-news scores", () => {
  it("keeps one record per selection of pages, the whole set's first", () => {
    const file = join(mkdtempSync(join(tmpdir(), "realnews-record-")), "scores.json");
    expect(readRealNewsScores(file)).toEqual([]);
    recordRealNewsScores([score("events", 0.2)], { selection: "pn45-pn84", label: "held pages", pages: 40, listed: 40, left_out: [] }, "cmd held", file);
    recordRealNewsScores([score("events", 0.5)], { selection: "all", pages: 84, listed: 750, left_out: ["rn01"] }, "cmd all", file);
    recordRealNewsScores([score("events", 0.3)], { selection: "pn45-pn84", label: "held pages", pages: 40, listed: 40, left_out: [] }, "cmd held again", file);
    const records = readRealNewsScores(file);
    expect(records.map((r) => [r.selection, r.command, r.scores[0].f1])).toEqual([
      ["all", "cmd all", 0.5],
      ["pn45-pn84", "cmd held again", 0.3],
    ]);
    expect(records[1].label).toBe("held pages");
    // Only the columns the page shows are kept.
    expect(JSON.parse(readFileSync(file, "utf8")).records[1].scores[0].attributes).toEqual([{ attribute: "unit", accuracy: 0.5 }]);
  });
});
