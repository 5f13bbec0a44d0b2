import { mkdtempSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { applyCorrections, loadCorrections, unmatchedReport } from "../loaders/corrections.ts";
import { InputError } from "../loaders/errors.ts";
import { TABLE_SPECS } from "../loaders/tables.ts";

function dataDir(corrections: string): string {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes("articles") });
  writeFileSync(join(dir, "corrections.yaml"), corrections);
  return dir;
}

const rows = () => ({
  quantities: [
    { quantity_id: "q-a-10", article_id: "a", unit: "shell", value: 10 },
    { quantity_id: "q-a-20", article_id: "a", unit: "tons", value: 20 },
  ],
  statements: [],
  events: [],
});

describe("editorial corrections", () => {
  it("sets values, drops rows, and records each with its reason and line", () => {
    const corrections = loadCorrections(
      dataDir(`- table: quantities\n  id: q-a-10\n  set: { unit: shells, value: 12 }\n  reason: Plural unit.\n- table: quantities\n  id: q-a-20\n  drop: true\n  reason: Not material.\n`),
    );
    const { tables, outcomes } = applyCorrections(rows(), corrections, TABLE_SPECS);
    expect(tables.quantities).toEqual([{ quantity_id: "q-a-10", article_id: "a", unit: "shells", value: 12, corrected: "Plural unit." }]);
    expect(outcomes.map((o) => [o.row_id, o.action, o.status, o.line])).toEqual([["q-a-10", "set", "applied", 1], ["q-a-20", "drop", "applied", 5]]);
  });

  it("reports a correction that matches no row instead of ignoring it", () => {
    const corrections = loadCorrections(dataDir(`- table: quantities\n  id: q-gone-99\n  drop: true\n  reason: Duplicate.\n`));
    const { outcomes } = applyCorrections(rows(), corrections, TABLE_SPECS);
    expect(outcomes[0].status).toBe("unmatched");
    expect(unmatchedReport(outcomes)).toEqual([
      "warning: data/corrections.yaml:1: correction of quantities row q-gone-99 matches no row (the row may have changed id or gone); update or remove it",
    ]);
  });

  it("refuses corrections without a reason, unknown columns and both set and drop", () => {
    expect(() => loadCorrections(dataDir(`- table: quantities\n  id: q-a-10\n  drop: true\n`))).toThrow(/reason/);
    expect(() => loadCorrections(dataDir(`- table: quantities\n  id: q-a-10\n  drop: true\n  set: { unit: x }\n  reason: Both.\n`))).toThrow(/either/);
    const typo = loadCorrections(dataDir(`- table: quantities\n  id: q-a-10\n  set: { unitt: x }\n  reason: Typo.\n`));
    expect(() => applyCorrections(rows(), typo, TABLE_SPECS)).toThrow(InputError);
  });

  it("the shipped corrections file is valid", () => {
    expect(() => loadCorrections()).not.toThrow();
  });
});

describe("corrections end to end", () => {
  it("a correction changes the CSV and what the source page shows", async () => {
    const { readCorpus } = await import("../loaders/corpus.ts");
    const { ARTICLES_DIR } = await import("../loaders/cli.ts");
    const { buildTables, loadDictionaries, tablesToCsv } = await import("../loaders/tables.ts");
    const { sourceView } = await import("../loaders/source-pages.ts");
    const articles = readCorpus(ARTICLES_DIR);
    const before = buildTables(articles);
    const target = before.quantities[0];
    const dropped = before.events[0];
    const dir = dataDir(
      `- table: quantities\n  id: ${target.quantity_id}\n  set: { unit: rounds }\n  reason: The outlet counts rounds.\n- table: events\n  id: ${dropped.event_id}\n  drop: true\n  reason: Not an event.\n`,
    );
    const after = buildTables(articles, loadDictionaries(dir));
    const csv = tablesToCsv(after);
    expect(csv["quantities.csv"]).toContain(`${target.quantity_id},`);
    expect(after.quantities.find((q) => q.quantity_id === target.quantity_id)).toMatchObject({ unit: "rounds", corrected: "The outlet counts rounds." });
    expect(csv["events.csv"]).not.toContain(`${dropped.event_id},`);
    expect(csv["corrections.csv"]).toContain("applied");
    const view = sourceView({ tables: after, texts: Object.fromEntries(articles.map((a) => [a.id, a.raw])) }, target.article_id);
    expect(view.spans.find((s) => s.row_id === target.quantity_id)?.detail.unit).toBe("rounds");
    expect(view.spans.some((s) => s.row_id === dropped.event_id)).toBe(false);
  });
});
