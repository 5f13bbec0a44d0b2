import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../loaders/quantities.ts";
import { makeDoc, quantitiesOf as quantities } from "./helpers.ts";

const values = (text: string) => quantities(text).map((r) => [r.text, r.value]);

describe("figures that are no amounts", () => {
  it("reads a year after a word of bound as the baseline of a comparison ('below 2005 levels')", () => {
    expect(values("The plan cuts emissions 40 percent below 1990 levels by 2035.")).toEqual([]);
    expect(values("Output stayed above 2019 levels all year.")).toEqual([]);
    // A counted noun after the digits keeps them an amount.
    expect(values("The port handled over 1500 containers.")).toEqual([["over 1500 containers", 1500]]);
  });

  it("reads an age set off after a one-word name opening the sentence as no amount ('Vidal, 71, resigned')", () => {
    const general = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit]);
    expect(general("Okafor, 58, has spent the summer in Lagos.")).toEqual([]);
    expect(general("Lindqvist, 43, said the 12 trucks were late.")).toEqual([["12 trucks", 12, "trucks"]]);
    // A counted noun opening the sentence counts: the tagger may call it a name.
    expect(general("Tanks, 40, were sent.")).toEqual([["40", 40, "tanks"]]);
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
