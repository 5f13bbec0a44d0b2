import { describe, expect, it } from "vitest";
import { quoteCoverage, sameSpeaker, scoreTable, type PredictedRow } from "../loaders/evaluate.ts";

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
});
