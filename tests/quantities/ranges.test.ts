import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const read = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.value_max]);

describe("a range after a change word", () => {
  it("reads ', down from A to B' as the earlier level, a range", () => {
    expect(read("The miner cut its output forecast to 40 tonnes, down from the 45 to 48 tonnes it had expected.")).toEqual([
      ["40 tonnes", 40, ""],
      ["45 to 48 tonnes", 45, 48],
    ]);
    expect(read("Sales guidance is now $2 billion, up from $1.6 to $1.8 billion.")).toEqual([
      ["$2 billion", 2e9, ""],
      ["$1.6 to $1.8 billion", 1.6e9, 1.8e9],
    ]);
  });

  it("still reads a change from one level to another as two amounts", () => {
    expect(read("Inflation came down from 6% to 4% this year.")).toEqual([
      ["6%", 6, ""],
      ["4%", 4, ""],
    ]);
  });
});

describe("a range whose ends each carry a unit written onto the number", () => {
  it("joins the ends across a dash, after a change word too", () => {
    expect(read("Analysts see rents rising 6%-8% over the winter.")).toEqual([["6%-8%", 6, 8]]);
    expect(read("The parcels weigh 2kg–5kg each.")).toEqual([["2kg–5kg", 2, 5]]);
  });

  it("leaves a name's code and a falling pair alone", () => {
    expect(read("Crews tested KN-23 rockets.")).toEqual([]);
    expect(read("Turnout was 9%-7% against the motion.").map((r) => r[2])).toEqual(["", ""]);
  });
});

describe("a bare number before one with the unit, after a change word", () => {
  it("is a range of the change's size", () => {
    expect(read("Fares could climb 4 to 6 percent next spring.")).toEqual([["4 to 6 percent", 4, 6]]);
  });

  it("leaves a size and a level apart", () => {
    expect(read("Fares climbed 4% to 9% in spring.").map((r) => r[2])).toEqual(["", ""]);
    expect(read("The fleet grew by 4 to 30 ships.").map((r) => r[2])).toEqual(["", ""]);
  });
});
