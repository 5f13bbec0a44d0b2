import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("two counts sharing one head noun ('four heavy and six light tanks')", () => {
  it("gives the first number the noun that ends the second count", () => {
    expect(rows("The fleet has 12 Russian and 8 Chinese ships nearby.")).toEqual([
      ["12 Russian", 12, "ships", "count"],
      ["8 Chinese ships", 8, "ships", "count"],
    ]);
    expect(rows("The army received four heavy and six light tanks.")).toEqual([
      ["four heavy", 4, "tanks", "munitions"],
      ["six light tanks", 6, "tanks", "munitions"],
    ]);
    expect(rows("Ankara ordered three 155mm and two 105mm howitzers.")).toEqual([
      ["three 155mm", 3, "howitzers", "munitions"],
      ["two 105mm howitzers", 2, "howitzers", "munitions"],
    ]);
    expect(rows("The brigade fields 18 towed or 24 self-propelled guns.")).toEqual([
      ["18 towed", 18, "guns", "munitions"],
      ["24 self-propelled guns", 24, "guns", "munitions"],
    ]);
    expect(rows("The deal covers nine single-seat and three two-seat jets.")).toEqual([
      ["nine single-seat", 9, "jets", "count"],
      ["three two-seat jets", 3, "jets", "count"],
    ]);
  });

  it("does not share a head across a day, a casualty word or a sum", () => {
    expect(rows("The raid killed 3 Monday and 5 Tuesday.")).toEqual([["3", 3, "people", "personnel"]]);
    expect(rows("Officials said 12 were dead and 40 wounded.")).toEqual([
      ["12 were dead", 12, "people", "personnel"],
      ["40 wounded", 40, "people", "personnel"],
    ]);
    expect(rows("It sold 4 old and 6 new bonds for $5 million.")).toEqual([
      ["4 old", 4, "bonds", "count"],
      ["6 new bonds", 6, "bonds", "count"],
      ["$5 million", 5e6, "USD", "money"],
    ]);
  });
});
