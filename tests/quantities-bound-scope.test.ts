import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const bounds = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.bound]);
const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.unit, q.category]);

describe("how far a bound reaches", () => {
  it("reads two hedges in a row as one, the outer one bounding", () => {
    expect(bounds("The depots in Tacna could hold up to approximately 3 million shells.")).toEqual([["up to approximately 3 million shells", 3e6, "at_most"]]);
  });

  it("bounds both objects of a verb of limit joined by 'and'", () => {
    expect(bounds("The Lima accord limits each side to 1,550 warheads and 700 launchers.")).toEqual([
      ["1,550 warheads", 1550, "at_most"],
      ["700 launchers", 700, "at_most"],
    ]);
  });

  it("leaves a hedge to its own amount", () => {
    expect(bounds("Peru fired more than 300 drones and seven missiles at Arica.")).toEqual([
      ["more than 300 drones", 300, "at_least"],
      ["seven missiles", 7, "exact"],
    ]);
  });
});

describe("one thing named by a long phrase ending in a generic head", () => {
  it("reads the whole phrase to its head", () => {
    expect(rows("Lima has received at least one Condor mobile air defense system.")).toEqual([["at least one Condor mobile air defense system", "systems", "munitions"]]);
  });
});
