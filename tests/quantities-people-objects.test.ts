import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.bound, q.category]);

describe("a bare number as the object of a verb done to people", () => {
  it("counts people after verbs whose object is always people, in any form", () => {
    expect(rows("The shelling killed 40 in the market.")).toEqual([["40", 40, "people", "exact", "personnel"]]);
    expect(rows("Police arrested more than 200 after the march.")).toEqual([["more than 200", 200, "people", "at_least", "personnel"]]);
    expect(rows("The war has displaced 2 million since spring.")).toEqual([["2 million", 2e6, "people", "exact", "personnel"]]);
    expect(rows("The army evacuated 12,000 from the valley.")).toEqual([["12,000", 12000, "people", "exact", "personnel"]]);
    expect(rows("Gunmen abducted 23 from a school on Monday.")).toEqual([["23", 23, "people", "exact", "personnel"]]);
    expect(rows("Divers rescued about 60 overnight.")).toEqual([["about 60", 60, "people", "approx", "personnel"]]);
    expect(rows("The regime has executed at least 15 this year.")).toEqual([["at least 15", 15, "people", "at_least", "personnel"]]);
    expect(rows("The plant employs around 600 in the valley.")).toEqual([["around 600", 600, "people", "approx", "personnel"]]);
  });

  it("reads a vague magnitude alone there as people, at least", () => {
    expect(rows("The siege has killed thousands and wounded many more.")).toEqual([["thousands", 1000, "people", "at_least", "personnel"]]);
    expect(rows("The blasts killed and injured hundreds in the port.")).toEqual([["hundreds", 100, "people", "at_least", "personnel"]]);
  });

  it("leaves a counted noun, and verbs whose object may be things, as they were", () => {
    expect(rows("The strike killed 12 soldiers.")).toEqual([["12 soldiers", 12, "soldiers", "exact", "personnel"]]);
    expect(rows("The navy released 300 on Friday.")).toEqual([]);
    expect(rows("The battery fired 300 overnight.")).toEqual([]);
  });

  it("counts people before more verbs only people do, after 'to'", () => {
    expect(rows("The drought forced 300,000 to abandon their farms.")).toEqual([["300,000", 300000, "people", "exact", "personnel"]]);
    expect(rows("The strike allowed 4,000 to vote early.")).toEqual([["4,000", 4000, "people", "exact", "personnel"]]);
  });
});

describe("a bare number before a state only people are left in", () => {
  it("counts people left homeless, displaced, stranded, detained", () => {
    expect(rows("The flood left 5,000 homeless.")).toEqual([["5,000 homeless", 5000, "people", "exact", "personnel"]]);
    expect(rows("Some 2 million displaced have gone back.")).toEqual([["Some 2 million displaced", 2e6, "people", "approx", "personnel"]]);
    expect(rows("Officials said 40 were trapped under the rubble.")).toEqual([["40 were trapped", 40, "people", "exact", "personnel"]]);
    expect(rows("Police said 12 were arrested and 3 detained.")).toEqual([
      ["12 were arrested", 12, "people", "exact", "personnel"],
      ["3 detained", 3, "people", "exact", "personnel"],
    ]);
  });

  it("reads such words joined by 'and' before a noun as its modifiers", () => {
    expect(rows("Aid reached thousands of displaced and homeless families.")).toEqual([["thousands of displaced and homeless families", 1000, "families", "at_least", "count"]]);
    expect(rows("The camp holds 3,000 displaced and stranded villagers.")).toEqual([["3,000 displaced and stranded villagers", 3000, "villagers", "exact", "personnel"]]);
    expect(rows("The raid left 100 killed and five soldiers wounded.")).toEqual([
      ["100 killed", 100, "people", "exact", "personnel"],
      ["five soldiers", 5, "soldiers", "exact", "personnel"],
    ]);
  });
});

describe("one person told with a casualty predicate, and the others after", () => {
  it("keeps one killed or wounded as an amount, and gives 'others' its kind", () => {
    expect(rows("According to the health ministry, one person was killed and 18 others were injured.")).toEqual([
      ["one person", 1, "people", "exact", "personnel"],
      ["18 others", 18, "people", "exact", "personnel"],
    ]);
    expect(rows("One soldier was killed and 12 others were wounded in the blast.")).toEqual([
      ["One soldier", 1, "soldiers", "exact", "personnel"],
      ["12 others", 12, "soldiers", "exact", "personnel"],
    ]);
    expect(rows("One civilian has been wounded.")).toEqual([["One civilian", 1, "civilians", "exact", "personnel"]]);
  });

  it("leaves one person doing something else a reference", () => {
    expect(rows("One person said the ship was sunk.")).toEqual([]);
    expect(rows("The army sent one officer to the talks.")).toEqual([]);
  });
});
