import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities } from "../helpers.ts";

const rows = (text: string) => quantities(text).map((r) => [r.text, r.value, r.unit, r.category]);

describe("the phrase a number counts", () => {
  it("reads through a suspended hyphen's link ('coal- and gas-fired plants')", () => {
    expect(rows("About 300 oil- and gas-fired stations were shut.")).toEqual([["About 300 oil- and gas-fired stations", 300, "stations", "count"]]);
    expect(rows("Chile bought 60 short- or medium-range missiles.")).toEqual([["60 short- or medium-range missiles", 60, "missiles", "munitions"]]);
    // A dash set apart is no suspended hyphen.
    expect(rows("Chile bought 60 missiles - and more later.")).toEqual([["60 missiles", 60, "missiles", "munitions"]]);
  });
});
