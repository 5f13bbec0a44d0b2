/**
 * The explainer's estimates at thousands of articles: the chart draws each claimant's
 * largest figure per month past MAX_ESTIMATE_POINTS dots, and the opening paragraph sets
 * side by side at most MAX_PAIRS pairs of figures and counts the rest.
 */
import { describe, expect, it } from "vitest";
import { MAX_ESTIMATE_POINTS, MAX_UNDATED_LISTED, thinForChart, type EstimatePoint } from "../loaders/estimates.ts";
import { estimatesParagraph, MAX_PAIRS } from "../loaders/story-prose.ts";

const point = (claimant: string, date: string, value: number): EstimatePoint => ({
  measure: "Shells", claimant, named: true, date, date_basis: "article", reported: date, value, value_max: null, bound: "exact", unit: "shells", item: "shells",
  text: `${value} shells`, period_start: "", period_end: "", evidence: `${claimant} said ${value} shells.`, href: `./sources/a#q-${claimant}-${value}`, articles: 1,
});

describe("estimates at scale", () => {
  it("are drawn as they are while few", () => {
    const estimates = { measures: ["Shells"], points: [point("A", "2024-01-02", 5), point("A", "2024-01-09", 7)], undated: [] };
    expect(thinForChart(estimates)).toBe(estimates);
  });

  it("past MAX_ESTIMATE_POINTS, each claimant's largest figure of each month, with the month's articles", () => {
    const points = Array.from({ length: MAX_ESTIMATE_POINTS + 100 }, (_, i) => point(i % 2 ? "A" : "B", `2024-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")}`, i + 1));
    const undated = Array.from({ length: MAX_UNDATED_LISTED + 5 }, (_, i) => point("C", "", i + 1));
    const thin = thinForChart({ measures: ["Shells"], points, undated });
    expect(thin.points).toHaveLength(6);
    for (const p of thin.points) {
      const month = points.filter((q) => q.claimant === p.claimant && q.date.slice(0, 7) === p.date.slice(0, 7));
      expect(p.value).toBe(Math.max(...month.map((q) => q.value)));
      expect(p.articles).toBe(month.length);
    }
    expect(thin.undated).toHaveLength(MAX_UNDATED_LISTED);
    expect(thin.thinned).toEqual({ by: "month", points: points.length, undated: undated.length });
  });

  it("by quarter, or year, when months would still give too many dots", () => {
    // 5 claimants over 6 months: 30 claimant-months, 10 claimant-quarters.
    const points = Array.from({ length: 30 }, (_, i) => point(`C${i % 5}`, `2024-${String(1 + (i % 6)).padStart(2, "0")}-15`, i + 1));
    const thin = thinForChart({ measures: ["Shells"], points, undated: [] }, 20);
    expect(thin.thinned?.by).toBe("quarter");
    expect(thin.points).toHaveLength(10);
    expect(thin.points.reduce((n, p) => n + p.articles, 0)).toBe(points.length);
  });

  it("the opening paragraph names at most MAX_PAIRS pairs, the latest, and counts the others", () => {
    const points = Array.from({ length: 2 * MAX_PAIRS + 3 }, (_, i) => point("A", `2024-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, i + 1));
    const paragraph = estimatesParagraph({ measures: ["Shells"], points, undated: [] });
    const text = paragraph.map((s) => (typeof s === "string" ? s : s.text)).join("");
    expect(text.match(/ A gave /g)).toHaveLength(MAX_PAIRS);
    expect(text).toContain(`${points.length - 1 - MAX_PAIRS} earlier pairs of one claimant's figures for one period are in the quantities table.`);
    expect(text).toContain(`${points.at(-1)!.value} shells`);
  });
});
