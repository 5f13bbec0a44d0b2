import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

// The table's unit and category for counts that name their kind elsewhere in the sentence.
const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.value, q.unit, q.category]);

describe("the quantities table's units", () => {
  it("gives 'others' and the wounded the kind counted before them in the sentence", () => {
    expect(rows("The blast killed at least 9 civilians and injured 40 others.")).toEqual([
      [9, "civilians", "personnel"],
      [40, "civilians", "personnel"],
    ]);
    expect(rows("At least 200 soldiers have been killed and 900 wounded, officials said.")).toEqual([
      [200, "soldiers", "personnel"],
      [900, "soldiers", "personnel"],
    ]);
    // Others of the same number are other things: two rows.
    expect(rows("Four of the drones hit a depot, with four others downed.")).toEqual([
      [4, "drones", "munitions"],
      [4, "drones", "munitions"],
    ]);
  });

  it("gives a bare number what a sentence's 'the number of …' names, and keeps a noun's clause with a name in it", () => {
    expect(rows("Analysts think the number of rockets Iran has shipped may be as high as 40,000.")).toEqual([[40000, "rockets", "munitions"]]);
    expect(rows("The tally of soldiers wounded in the offensive passed 1,200 on Monday.")).toEqual([[1200, "soldiers", "personnel"]]);
  });

  it("writes a counted unit in the plural even for one, and oil by the barrel as mass", () => {
    expect(rows("The ministry listed 6 firms and one trader, and at least one armoured vehicle.")).toEqual([
      [6, "firms", "count"],
      [1, "traders", "count"],
      [1, "vehicles", "munitions"],
    ]);
    expect(rows("The cap allows 200,000 barrels of crude per year.")).toEqual([[200000, "barrels", "mass"]]);
  });
});
