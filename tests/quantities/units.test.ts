import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const read = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit]);

describe("units of data/units.yaml", () => {
  it("reads a temperature's letter written onto the number", () => {
    expect(read("Madrid hit 41C and Dallas 106F on Sunday.")).toEqual([
      ["41C", 41, "degrees Celsius"],
      ["106F", 106, "degrees Fahrenheit"],
    ]);
  });
  it("leaves a seat's or a platform's letter: a designator's name", () => {
    expect(read("She moved to seat 14C and then to platform 9B.")).toEqual([]);
  });
});
