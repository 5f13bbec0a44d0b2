import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("a strength written onto a number ('a 1,000-strong force')", () => {
  it("counts the members of the body named after it", () => {
    expect(rows("Moscow moved a 1,000-strong force to the coast.")).toEqual([["1,000-strong force", 1000, "troops", "personnel"]]);
    expect(rows("A 2,500-strong Russian contingent crossed the river.")).toEqual([["2,500-strong Russian contingent", 2500, "troops", "personnel"]]);
    expect(rows("The country's 1.2 million-strong army is vast.")).toEqual([["1.2 million-strong army", 1.2e6, "troops", "personnel"]]);
    expect(rows("A 300-strong delegation landed on Monday.")).toEqual([["300-strong delegation", 300, "people", "personnel"]]);
    expect(rows("A 40-strong fleet of trawlers entered the zone.")).toEqual([["40-strong fleet", 40, "vessels", "count"]]);
    expect(rows("A 20-strong convoy left the depot.")).toEqual([["20-strong convoy", 20, "vehicles", "count"]]);
    expect(rows("A three-man crew flew the cargo plane.")).toEqual([["three-man crew", 3, "crew members", "personnel"]]);
    expect(rows("The 12-member team reached the summit.")).toEqual([["12-member team", 12, "people", "personnel"]]);
  });

  it("leaves a body the dictionary does not know, and 'strong' alone, out", () => {
    expect(rows("The 15-member council met on Friday.")).toEqual([]);
    expect(rows("She called it a strong force.")).toEqual([]);
  });
});
