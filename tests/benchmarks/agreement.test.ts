import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotatorAgreement } from "../../loaders/benchmarks/agreement.ts";

describe("annotator agreement", () => {
  it("scores the second annotator's rows against the gold, per table, on the pages both coded", () => {
    const root = mkdtempSync(join(tmpdir(), "agreement-"));
    const [gold, second] = [join(root, "gold"), join(root, "second")];
    mkdirSync(gold);
    mkdirSync(second);
    const header = "article_id,event_type,actor,target,char_start,char_end\n";
    writeFileSync(join(gold, "events.csv"), header + "p1,AID,PRK,RUS,0,40\np1,CONSULT,RUS,PRK,50,90\np2,ASSAULT,RUS,UKR,0,30\np3,AID,IRN,RUS,0,30\n");
    writeFileSync(join(second, "events.csv"), header + "p1,AID,PRK,RUS,5,35\np1,AGREE,RUS,PRK,50,90\np2,ASSAULT,RUS,UKR,0,30\n");
    const report = annotatorAgreement(second, gold)!;
    expect(report.pages).toBe(2);
    expect(report.scores).toEqual([{ table: "events", gold: 3, predicted: 3, matched: 2, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 }]);
    expect(annotatorAgreement(join(root, "none"), gold)).toBeUndefined();
  });

  it("covers the committed second annotation of the real-news set", () => {
    const report = annotatorAgreement()!;
    expect(report.scores.map((s) => s.table)).toEqual(["quantities", "statements", "events"]);
    expect(report.pages).toBeGreaterThan(0);
    for (const s of report.scores) expect(s.matched).toBeLessThanOrEqual(Math.min(s.gold, s.predicted));
  });
});
