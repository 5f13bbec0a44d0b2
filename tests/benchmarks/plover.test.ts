import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBenchmarkConfig } from "../../loaders/benchmarks/config.ts";
import { goldType, predictPlover, readPlover, scorePlover, type PloverRecord } from "../../loaders/benchmarks/plover.ts";

const config = loadBenchmarkConfig();
const dir = mkdtempSync(join(tmpdir(), "plover-"));

const records: PloverRecord[] = [
  { text: "Japan imposed sanctions on North Korea on Tuesday.", event: "SANCTION", source: [{ code: "JAP" }], target: [{ code: "PRK" }] },
  { text: "Protesters demanded that Italy withdraw.", event: "DEMAND", source: [{ code: "ITL" }], target: "" },
  { text: "Nothing happened here.", event: "FIGHT", source: [{ code: "SYR" }], target: [{ code: "ISR" }] },
];

describe("PLOVER adapter", () => {
  it("maps the 2016 type names onto the current ones", () => {
    expect(records.map((r) => goldType(r, config.plover))).toEqual(["SANCTION", "REQUEST", "ASSAULT"]);
  });

  it("scores type accuracy, coverage and triples with CAMEO codes mapped to ISO", () => {
    const score = scorePlover(records, [
      { events: [{ event_type: "SANCTION", actor: "JPN", target: "PRK" }, { event_type: "ACCUSE", actor: "JPN", target: "PRK" }] },
      { events: [{ event_type: "REQUEST", actor: "ITA", target: "USA" }] },
      { events: [] },
    ], config.plover);
    expect(score.typeAccuracy).toBeCloseTo(2 / 3);
    expect(score.coverage).toBeCloseTo(2 / 3);
    expect(score.triples).toMatchObject({ matched: 1, predicted: 3, gold: 3 });
  });

  it("codes each sentence with the events extractor, aligned with the input", () => {
    const predictions = predictPlover(records);
    expect(predictions).toHaveLength(3);
    for (const p of predictions) for (const e of p.events) expect(e.event_type).toMatch(/^[A-Z]+$/);
  });

  it("scores our international organisations as the records' IGO", () => {
    const igo: PloverRecord[] = [{ text: "x", event: "ACCUSE", source: [{ code: "IGO" }], target: [{ code: "USA" }] }];
    expect(scorePlover(igo, [{ events: [{ event_type: "ACCUSE", actor: "UN", target: "USA" }] }], config.plover).triples.matched).toBe(1);
  });

  it("codes a protest with no outside party as aimed at the actor's own state, as the records do", () => {
    const [protest] = predictPlover([{ text: "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", event: "PROTEST" }], undefined, config.plover);
    expect(protest.events).toEqual([{ event_type: "PROTEST", actor: "IRQ", target: "IRQ" }]);
  });

  it("refuses a record without text or event, naming it", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify([{ text: "x", event: "AGREE" }, { text: "y" }]));
    expect(() => readPlover(file)).toThrow(/bad\.json:0: \[1\]\.event/);
  });
});
