import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities } from "./helpers.ts";

const values = (text: string) => quantities(text).map((r) => [r.text, r.value]);

describe("figures that are no amounts", () => {
  it("reads a year after a word of bound as the baseline of a comparison ('below 2005 levels')", () => {
    expect(values("The plan cuts emissions 40 percent below 1990 levels by 2035.")).toEqual([]);
    expect(values("Output stayed above 2019 levels all year.")).toEqual([]);
    // A counted noun after the digits keeps them an amount.
    expect(values("The port handled over 1500 containers.")).toEqual([["over 1500 containers", 1500]]);
  });
});

describe("one that says some", () => {
  it("leaves out 'more than one' and 'one or more', keeps 'at least one'", () => {
    expect(values("A single crash can injure more than one driver.")).toEqual([]);
    expect(values("One or more of the council's members blocked the text.")).toEqual([]);
    expect(values("At least one soldier was killed in the raid.")).toEqual([["At least one soldier", 1]]);
  });
});

describe("a person's own children", () => {
  it("leaves out children counted after a verb of having, keeps children counted as victims", () => {
    expect(values("“We need the clinic,” said Maria, who has three children.")).toEqual([]);
    expect(values("They married young and had five wonderful kids.")).toEqual([]);
    expect(values("The strike killed four children and two teachers.")).toEqual([["four children", 4], ["two teachers", 2]]);
  });
});
