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
