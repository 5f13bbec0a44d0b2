import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const read = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.bound, r.change]);

describe("an amount restated in other units in brackets", () => {
  it("takes the hedge of the amount it restates", () => {
    expect(read("Savers with more than 2.4 million Swedish crowns (US $250,000) pay a fee.")).toEqual([
      ["more than 2.4 million Swedish crowns", 2.4e6, "at_least", ""],
      ["US $250,000", 250000, "at_least", ""],
    ]);
    expect(read("The pickup tows just under 5,000 pounds (2,268 kg / 2.3 tonnes).")).toEqual([
      ["just under 5,000 pounds", 5000, "at_most", ""],
      ["2,268 kg", 2268, "at_most", ""],
      ["2.3 tonnes", 2.3, "at_most", ""],
    ]);
  });

  it("takes the change of the amount it restates", () => {
    expect(read("Night temperatures fell by 2 to 2.5 degrees Celsius (3.6 to 4.5 Fahrenheit) in a week.").map((r) => [r[0], r[3]])).toEqual([
      ["2 to 2.5 degrees Celsius", "down"],
      ["3.6 to 4.5 Fahrenheit", "down"],
    ]);
  });

  it("leaves a count in brackets, a part of the first, and a hedge of its own", () => {
    expect(read("More than 30 people (14 children) were hurt.").map((r) => r[2])).toEqual(["at_least", "exact"]);
    expect(read("It costs about 40 euros (up to $48) a month.").map((r) => r[2])).toEqual(["approx", "at_most"]);
  });
});
