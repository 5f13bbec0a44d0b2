import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.bound, q.category]);

describe("constructions around a count", () => {
  it("reads a country's abbreviation among the modifiers of the counted noun, dotted or not", () => {
    expect(rows("The Pentagon moved 2,500 US soldiers to the base.")).toEqual([["2,500 US soldiers", 2500, "soldiers", "exact", "personnel"]]);
    expect(rows("The Pentagon moved 700 U.S. sailors to the base.")).toEqual([["700 U.S. sailors", 700, "sailors", "exact", "personnel"]]);
    expect(rows("Brussels listed nine UK shipping firms.")).toEqual([["nine UK shipping firms", 9, "firms", "exact", "count"]]);
    // A word in capitals among capitals is a headline's, not an abbreviation.
    expect(rows("SIX US FIRMS FINED")).toEqual([]);
  });

  it("reads 'over' after a verb whose particle it is as no hedge", () => {
    expect(rows("The guards handed over 120 prisoners.")).toEqual([["120 prisoners", 120, "prisoners", "exact", "personnel"]]);
    expect(rows("The police turned over 45 rifles and sent over 300 officers.")).toEqual([
      ["45 rifles", 45, "rifles", "exact", "munitions"],
      ["over 300 officers", 300, "officers", "at_least", "personnel"],
    ]);
  });

  it("counts people with a bare number before a verb only people do", () => {
    expect(rows("The floods forced 1.3 million to flee their villages.")).toEqual([["1.3 million", 1.3e6, "people", "exact", "personnel"]]);
    expect(rows("The governor ordered 60,000 to evacuate.")).toEqual([["60,000", 60000, "people", "exact", "personnel"]]);
    expect(rows("Output rose from 20 to 35 last month.")).toEqual([]);
  });

  it("takes the noun named just before a hedged number ('the figure as high as')", () => {
    expect(rows("Officials said 4,000 troops were sent, and others put the figure as high as 6,000.")).toEqual([
      ["4,000 troops", 4000, "troops", "exact", "personnel"],
      ["as high as 6,000", 6000, "troops", "at_most", "personnel"],
    ]);
  });

  it("reads modifiers joined by 'and' after a vague number", () => {
    expect(rows("Hundreds of Syrian and Iraqi fighters crossed the river.")).toEqual([
      ["Hundreds of Syrian and Iraqi fighters", 100, "fighters", "at_least", "personnel"],
    ]);
  });

  it("counts the members of a body named in the singular ('of its military')", () => {
    expect(rows("The junta moved some 6,000 of its army to the coast.")).toEqual([["some 6,000 of its army", 6000, "troops", "approx", "personnel"]]);
    expect(rows("The mill laid off 40 of its workforce.")).toEqual([["40 of its workforce", 40, "workers", "exact", "personnel"]]);
    expect(rows("The town lost a third of its population.")).toEqual([]);
  });
});
