import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const bounds = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit, r.bound]);

describe("a hedge hyphened onto the number", () => {
  it("reads 'sub-' as an upper bound, and leaves words it opens ('sub-Saharan')", () => {
    expect(bounds("The foundry now etches sub-5 nanometre wafers.")).toEqual([["sub-5 nanometre", 5, "nanometres", "at_most"]]);
    expect(bounds("Rivals launched sub-$300 tablets and sub-Saharan sales rose 4%.")).toEqual([
      ["sub-$300", 300, "USD", "at_most"],
      ["4%", 4, "percent", "exact"],
    ]);
  });
});

describe("a minus sign written as a dash onto the number", () => {
  const values = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit]);
  it("reads a dash apart from the word before as a minus", () => {
    expect(values("Overnight lows of -8C are forecast.")).toEqual([["-8C", -8, "degrees Celsius"]]);
    expect(values("The trade balance was -2.4% of output.")).toEqual([["-2.4%", -2.4, "percent"]]);
  });
  it("leaves a dash written onto a word or after a capitalised name: a name's code", () => {
    expect(values("The Su-34 crews flew 20 sorties.")).toEqual([["20 sorties", 20, "sorties"]]);
    // A name that lost its hyphen's space keeps its code.
    expect(values("Rapid MERS -2 kits sold out.")).toEqual([]);
  });
});
