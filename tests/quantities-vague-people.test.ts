import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

describe("a magnitude word that counts people by what befell them", () => {
  const table = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.value, q.bound, q.category]);
  it("reads 'left hundreds stranded', 'thousands were displaced' as people", () => {
    expect(table("The floods left hundreds stranded and thousands homeless.")).toEqual([
      [100, "at_least", "personnel"],
      [1000, "at_least", "personnel"],
    ]);
    expect(table("Thousands were displaced by the fighting.")).toEqual([[1000, "at_least", "personnel"]]);
    expect(table("Hundreds have been evacuated from the valley.")).toEqual([[100, "at_least", "personnel"]]);
    expect(table("The blast left dozens injured.")).toEqual([[24, "at_least", "personnel"]]);
  });

  it("leaves a magnitude word without a casualty word alone", () => {
    expect(table("Hundreds gathered in the square.")).toEqual([]);
    expect(table("Thousands watched the match.")).toEqual([]);
  });
});
