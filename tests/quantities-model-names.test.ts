import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("a number inside a model's name among the counted noun's modifiers", () => {
  it("reads the count before the model, not the model's number", () => {
    expect(rows("The ministry ordered two new 737 Max jets.")).toEqual([["two new 737 Max jets", 2, "jets", "count"]]);
    expect(rows("Berlin delivered 12 Leopard 2 tanks.")).toEqual([["12 Leopard 2 tanks", 12, "tanks", "munitions"]]);
    expect(rows("London gifted 14 Challenger 2 tanks.")).toEqual([["14 Challenger 2 tanks", 14, "tanks", "munitions"]]);
    expect(rows("The navy commissioned three Type 45 destroyers.")).toEqual([["three Type 45 destroyers", 3, "destroyers", "count"]]);
    expect(rows("The airline grounded four 787 Dreamliner planes.")).toEqual([["four 787 Dreamliner planes", 4, "aircraft", "count"]]);
  });

  it("still reads a date or a second amount after a count as its own", () => {
    expect(rows("Kyiv got 40 tanks on May 3 and 20 Patriot missiles.")).toEqual([
      ["40 tanks", 40, "tanks", "munitions"],
      ["20 Patriot missiles", 20, "missiles", "munitions"],
    ]);
  });
});

describe("a model's name written with an inner capital", () => {
  it("reads digits after a name opening in lower case ('iPhone', 'eReader') as the model's number", () => {
    const general = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.text, q.value]);
    expect(general("The shop cut the price of the zPhone 9 Mini by $50.")).toEqual([["$50", 50]]);
    expect(general("Her eReader 4 Plus holds 3,000 books.")).toEqual([["3,000 books", 3000]]);
    // Digits before such a noun count it.
    expect(general("He bought 3 eReaders.")).toEqual([["3 eReaders", 3]]);
  });
});
