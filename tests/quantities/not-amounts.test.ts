import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const read = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value]);

describe("numbers that are not amounts", () => {
  it("reads 'one' standing for a noun said before as a pronoun, no amount", () => {
    expect(read("Clubs sign three players for every one they sell.")).toEqual([["three players", 3]]);
    expect(read("Reusing the same one on every site is risky.")).toEqual([]);
    expect(read("The last one arrived on Friday.")).toEqual([]);
  });

  it("keeps 'one' that counts a noun, or one of a group", () => {
    expect(read("Only one ferry sailed.").map((r) => r[1])).toEqual([1]);
    expect(read("Each one of the 12 trucks was searched.").map((r) => r[1])).toEqual([1, 12]);
  });

  it("reads four digits before a currency as a sum, not a year, unless they are the money's base year", () => {
    const sums = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit]);
    expect(sums("She paid 1500 dollars for the old van.")).toEqual([["1500 dollars", 1500, "USD"]]);
    expect(sums("The club was fined 1200 euros last season.")).toEqual([["1200 euros", 1200, "EUR"]]);
    expect(sums("The shares gained 15p to close at 1340p.")).toEqual([["15p", 15, "GBX"], ["1340p", 1340, "GBX"]]);
    expect(sums("Costs are given in 2015 dollars.")).toEqual([]);
    expect(sums("The bridge cost more in constant 2010 euros.")).toEqual([]);
  });

  it("reads an age hyphened onto an adverb of time ('now-', 'then-') as an amount, no name", () => {
    const ages = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit]);
    expect(ages("He coached his now-12-year-old nephew.")).toEqual([["12-year-old", 12, "year-old"]]);
    expect(ages("Her then-9 month-old son slept.")).toEqual([["9 month-old", 9, "month-old"]]);
  });
});
