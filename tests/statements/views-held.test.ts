import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a view held, told as a clause", () => {
  it("is a statement of whoever holds it: 'officials believe …', 'analysts anticipate that …'", () => {
    expect(spoken("The Chilean navy believes Peru has moved two frigates to the border.")).toEqual(["the Chilean navy: Peru has moved two frigates to the border"]);
    expect(spoken("Chilean officials anticipate that Peru will move two more frigates.")).toEqual(["Chilean officials: Peru will move two more frigates"]);
    expect(spoken("Lima assumes that the talks could resume in May.")).toEqual(["Lima: the talks could resume in May"]);
  });

  it("names no one in the passive, nor in a relative clause whose object is the noun before it", () => {
    expect(spoken("Peru is believed to have moved two frigates to the border.")).toEqual([]);
    expect(spoken("Chile's shipyards, which analysts believe can build ten frigates a year, are busy.")).toEqual([]);
    expect(spoken("Ruiz met Vidal, whom many believe she is grooming as her successor.")).toEqual([]);
  });
});
