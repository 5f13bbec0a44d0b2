import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateTableFolder, quoteCoverage, sameSpeaker, scoreTable, type PredictedRow } from "../loaders/evaluate.ts";

describe("evaluation", () => {
  it("matches quantities by value within 1 % and overlapping span", () => {
    const gold = [{ article_id: "a", value: "1600000", char_start: "10", char_end: "40", unit: "shells", bound: "approx", category: "munitions" }];
    const near = { article_id: "a", value: 1_590_000, char_start: 16, char_end: 40, unit: "shells", bound: "exact", category: "munitions" };
    const far = { article_id: "a", value: 1_500_000, char_start: 16, char_end: 40 };
    const score = scoreTable("quantities", gold, [near, far]);
    expect(score).toMatchObject({ matched: 1, precision: 0.5, recall: 1 });
    expect(score.f1).toBeCloseTo(2 / 3);
    expect(score.attributes.find((a) => a.attribute === "bound")!.accuracy).toBe(0);
    expect(score.spurious).toEqual([far]);
  });

  it("matches statements by quote words and speaker", () => {
    expect(sameSpeaker("Kirby", "John Kirby")).toBe(true);
    expect(sameSpeaker("the Pentagon", "Pentagon")).toBe(true);
    expect(sameSpeaker("Kim Son-gyong", "Kim Jong Un")).toBe(false);
    expect(quoteCoverage("an idea of which country", "the U.S. has an idea of which country")).toBe(1);
    const gold = [{ article_id: "a", speaker: "John Kirby", quote: "we will expose them", char_start: "0", char_end: "5" }];
    expect(scoreTable("statements", gold, [{ article_id: "a", speaker: "Sullivan", quote: "we will expose them", char_start: 0, char_end: 5 }]).matched).toBe(0);
    expect(scoreTable("statements", gold, [{ article_id: "a", speaker: "Kirby", quote: "we will expose them all", char_start: 100, char_end: 120 }]).matched).toBe(1);
  });

  it("matches events by type and overlapping evidence, one to one", () => {
    const gold = [{ article_id: "a", event_type: "AID", char_start: "0", char_end: "50", date: "2024-01-01", actor: "PRK", target: "RUS" }];
    const rows: PredictedRow[] = [
      { article_id: "a", event_type: "AID", char_start: 0, char_end: 50, date: "2024-01-01", actor: "PRK", target: "RUS" },
      { article_id: "a", event_type: "AID", char_start: 0, char_end: 50, date: "", actor: "RUS", target: "" },
      { article_id: "b", event_type: "AID", char_start: 0, char_end: 50 },
    ];
    const score = scoreTable("events", gold, rows);
    expect(score.matched).toBe(1);
    expect(score.attributes.find((a) => a.attribute === "actor")!.accuracy).toBe(1);
    expect(score.spurious).toHaveLength(2);
  });

  it("scores a folder of tables already written on the articles it covers, and only the tables it holds", () => {
    const root = mkdtempSync(join(tmpdir(), "evaluate-folder-"));
    const [gold, second] = [join(root, "gold"), join(root, "second")];
    mkdirSync(gold);
    mkdirSync(second);
    const header = "article_id,event_type,actor,target,char_start,char_end\n";
    writeFileSync(join(gold, "events.csv"), header + "a,AID,PRK,RUS,0,40\na,ASSAULT,RUS,UKR,50,90\nb,AID,IRN,RUS,0,30\n");
    writeFileSync(join(gold, "statements.csv"), "article_id,speaker,char_start,char_end\na,Kirby,0,40\n");
    // The second annotator did article a only, and no statements.
    writeFileSync(join(second, "events.csv"), header + "a,AID,PRK,RUS,0,40\na,SUPPORT,RUS,PRK,95,120\n");
    const [events] = evaluateTableFolder(second, gold);
    expect(events).toMatchObject({ table: "events", gold: 2, predicted: 2, matched: 1, precision: 0.5, recall: 0.5 });
    expect(events.missed.map((row) => row.event_type)).toEqual(["ASSAULT"]);
    expect(() => evaluateTableFolder(join(root, "nowhere"), gold)).toThrow(/no such folder of tables/);
  });
});
