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

describe("corrections that cannot be applied stop the build with file and line (issue 19)", () => {
  const refusal = (yaml: string) => {
    const dir = dataDir(yaml);
    try {
      applyCorrections(rows(), loadCorrections(dir), TABLE_SPECS);
    } catch (error) {
      expect(error, String(error)).toBeInstanceOf(InputError);
      const { file, line, problem } = error as InputError;
      return { file: file.replace(dir, "DIR"), line, problem };
    }
    throw new Error("the corrections were accepted");
  };
  const entry = (table: string, id: string, body: string) => `- table: ${table}\n  id: ${id}\n  ${body}\n  reason: An editor says so.\n`;

  it("a table that takes no corrections, whether it exists or not", () => {
    for (const table of ["claims", "articles", "corrections", "quantitie"]) {
      expect(refusal(entry("quantities", "q-a-10", "drop: true") + entry(table, "x-1", "drop: true"))).toMatchObject({ file: "DIR/corrections.yaml", line: 5, problem: expect.stringMatching(new RegExp(`unknown table "${table}"; corrections apply to quantities, statements, events`)) });
    }
  });

  it("a column the table lacks", () => {
    expect(refusal(entry("quantities", "q-a-10", "set: { unitt: x }"))).toMatchObject({ line: 1, problem: 'table quantities has no column "unitt"' });
  });

  it("the ids and the provenance columns", () => {
    for (const column of ["char_start", "char_end", "evidence", "quantity_id", "article_id", "corrected"]) {
      expect(refusal(entry("quantities", "q-a-10", `set: { ${column}: "3" }`)).problem).toBe(`the column "${column}" holds ids or provenance and cannot be corrected; drop the row instead`);
    }
  });

  it("two corrections of one cell, or of a dropped row", () => {
    const twice = entry("quantities", "q-a-10", "set: { unit: shells }") + entry("quantities", "q-a-10", "set: { unit: rounds, value: 3 }");
    expect(refusal(twice)).toMatchObject({ line: 5, problem: 'quantities row q-a-10 column "unit" is corrected twice (also at line 1); keep one correction' });
    const dropped = entry("quantities", "q-a-10", "drop: true") + entry("quantities", "q-a-10", "set: { unit: rounds }");
    expect(refusal(dropped)).toMatchObject({ line: 5, problem: expect.stringMatching(/corrected twice \(also at line 1\)/) });
  });

  it("two corrections of different cells of one row both apply, with both reasons", () => {
    const dir = dataDir(`- table: quantities\n  id: q-a-10\n  set: { unit: shells }\n  reason: Plural.\n- table: quantities\n  id: q-a-10\n  set: { value: 12 }\n  reason: Misread.\n`);
    const { tables } = applyCorrections(rows(), loadCorrections(dir), TABLE_SPECS);
    expect(tables.quantities[0]).toMatchObject({ unit: "shells", value: 12, corrected: "Plural. Misread." });
  });

  it("an alias bomb is refused with the file, not a stack trace", () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
    expect(() => loadCorrections(dataDir(bomb))).toThrow(InputError);
  });

  it("through buildTables: claims and articles take no corrections", async () => {
    const { buildTables, loadDictionaries } = await import("../loaders/tables.ts");
    const { parseArticle } = await import("../loaders/corpus.ts");
    const article = parseArticle("a.txt", "North Korea shipped 1,000 containers to Russia, Seoul said on Monday.\n");
    const dir = dataDir(entry("claims", "c-1", "drop: true"));
    expect(() => buildTables([article], loadDictionaries(dir))).toThrow(/unknown table "claims"/);
  });
});
