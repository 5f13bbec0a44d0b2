import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("a part of what the sentence counted", () => {
  it("reads 'N of which', 'N of them', 'N of whom' as a part of munitions or people counted before", () => {
    expect(rows("Ukraine received 31 tanks, 10 of which were damaged.")).toEqual([
      ["31 tanks", 31, "tanks", "munitions"],
      ["10", 10, "tanks", "munitions"],
    ]);
    expect(rows("The unit had 200 soldiers, 40 of them wounded.")).toEqual([
      ["200 soldiers", 200, "soldiers", "personnel"],
      ["40", 40, "soldiers", "personnel"],
    ]);
    expect(rows("Some 60 villagers were taken, 12 of whom were later freed.")).toEqual([
      ["Some 60 villagers", 60, "villagers", "personnel"],
      ["12", 12, "villagers", "personnel"],
    ]);
  });

  it("leaves one of them a reference, and counts a part of other things counted", () => {
    expect(rows("The air force sent six fighter jets, one of which struck a depot.")).toEqual([["six fighter jets", 6, "jets", "munitions"]]);
    expect(rows("The fleet has 20 ships, five of which are new.")).toEqual([
      ["20 ships", 20, "ships", "count"],
      ["five", 5, "ships", "count"],
    ]);
    expect(rows("The country signed with 20 states, and five of them paid.")).toEqual([
      ["20 states", 20, "states", "count"],
      ["five", 5, "states", "count"],
    ]);
  });

  it("reads the noun after 'of them' as what the part is", () => {
    expect(rows("The raid left 14 dead in two towns, nine of them farmers.")).toEqual([
      ["14 dead", 14, "people", "personnel"],
      ["two towns", 2, "towns", "count"],
      ["nine", 9, "farmers", "personnel"],
    ]);
    expect(rows("Guards stopped 60 people at the border, 25 of them children.")).toEqual([
      ["60 people", 60, "people", "personnel"],
      ["25", 25, "children", "personnel"],
    ]);
  });

  it("reads a fronted 'Of the N …,' past the whole's own number", () => {
    expect(rows("Of the 300 drones launched, 280 were shot down.")).toEqual([
      ["300 drones", 300, "drones", "munitions"],
      ["280", 280, "drones", "munitions"],
    ]);
    expect(rows("Of the 1,500 prisoners freed, 200 went home.")).toEqual([
      ["1,500 prisoners", 1500, "prisoners", "personnel"],
      ["200", 200, "prisoners", "personnel"],
    ]);
  });
});
