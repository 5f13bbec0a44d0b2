/**
 * The amounts chart's dots: the same amount, item and claimant in several articles is one
 * dot that counts its articles; past 150 dots, one dot per amount whoever claims it.
 */
import { describe, expect, it } from "vitest";
import { amountDots, asAmountRows, countedLabel } from "../loaders/amount-groups.ts";
import type { QuantityRow } from "../loaders/quantities.ts";

const row = (article_id: string, value: number, attributed_to: string, text = `${value.toLocaleString("en-US")} artillery shells`): QuantityRow => ({
  quantity_id: `q-${article_id}-${value}-${attributed_to}`, article_id, text, value, value_max: "", bound: "exact", unit: "shells", item: "artillery shells",
  category: "munitions", attributed_to, period_start: "", period_end: "", evidence: `${attributed_to || "It"} said ${text} were sent.`, char_start: 0, char_end: text.length,
}) as QuantityRow;

describe("amount dots", () => {
  it("are one per amount, item and claimant, counting the articles that carry them", () => {
    const { rows, crowded } = amountDots(asAmountRows([row("a", 3000, "NIS"), row("b", 3000, "NIS"), row("b", 3000, ""), row("c", 5000, "NIS")]), [{ article_id: "b", outlet: "Yonhap" }]);
    expect(crowded).toBe(false);
    expect(rows.map((r) => [r.value, r.articles, r.label])).toEqual([
      [3000, 2, "3,000 · NIS · 2 articles"],
      [3000, 1, "3,000 · Yonhap (no claimant named)"],
      [5000, 1, "5,000 · NIS"],
    ]);
    expect(rows[0].tooltip.split("\n").slice(2)).toEqual(["Claimed by: NIS", "a: “NIS said 3,000 artillery shells were sent.”", "b: “NIS said 3,000 artillery shells were sent.”"]);
  });

  it("label an amount written in words with its words, not the value stored for it", () => {
    const { rows } = amountDots(asAmountRows([{ ...row("a", 1e6, "US officials", "millions of artillery shells"), bound: "at_least" }]));
    expect(rows[0].label).toBe("millions · US officials");
    expect(rows[0].tooltip.split("\n")[1]).toBe("at least · shells · munitions");
  });

  it("keep an amount in words when the item's name holds digits (a model, a calibre)", () => {
    const words = { ...row("a", 24, "", "scores of X-9 drones"), item: "X-9 drones", unit: "drones" };
    const digits = { ...row("a", 40, "", "some 40 122mm howitzers"), item: "122mm howitzers", unit: "howitzers" };
    const { rows } = amountDots(asAmountRows([words, digits]));
    expect(rows.map((r) => r.label.split(" · ")[0]).sort()).toEqual(["40", "scores"]);
  });

  it("merge claimants past 150 dots", () => {
    const many = Array.from({ length: 160 }, (_, i) => [row(`a${i}`, 100 + i, "NIS"), row(`b${i}`, 100 + i, "JCS")]).flat();
    const { rows, crowded } = amountDots(asAmountRows(many));
    expect([crowded, rows.length, rows[0].label, rows[0].articles]).toEqual([true, 160, "100 · 2 claimants · 2 articles", 2]);
  });

  it("name what is counted with its unit when the item does not say it", () => {
    expect(countedLabel({ item: "explosives", unit: "metric tons" })).toBe("explosives (metric tons)");
    expect(countedLabel({ item: "artillery shells", unit: "shells" })).toBe("artillery shells");
    expect(countedLabel({ item: "", unit: "troops" })).toBe("troops");
  });
});
