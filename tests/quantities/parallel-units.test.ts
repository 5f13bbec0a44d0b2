import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const units = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.unit]);

describe("a bare number set beside an amount after the same link", () => {
  it("takes the unit of the amount told before in the same frame", () => {
    expect(units("The Lisbon index climbed by 3 percent but the Oslo index slipped by 2.")).toEqual([
      ["3 percent", 3, "percent"],
      ["2", 2, "percent"],
    ]);
    expect(units("The gauge closed at 812.5 points, while the smaller board lost 0.4% to finish at 377.9, its low.")).toEqual([
      ["812.5 points", 812.5, "points"],
      ["0.4%", 0.4, "percent"],
      ["377.9", 377.9, "points"],
    ]);
  });

  it("leaves a number that goes on in its clause or follows no verb", () => {
    expect(units("Rents rose by 4 percent by 2021 standards.").map((r) => r[2])).toEqual(["percent"]);
    expect(units("Sales grew by 5 percent, and by 9 in May.").find((r) => r[1] === 9)?.[2] ?? "").toBe("");
  });

  it("reads the table's counts alike", () => {
    const rows = extractQuantities(makeDoc("The army shrank by 3,000 troops, while the navy shrank by 800."));
    expect(rows.map((r) => [r.text, r.value, r.unit])).toEqual([
      ["3,000 troops", 3000, "troops"],
      ["800", 800, "troops"],
    ]);
  });
});

describe("a level after a range that opens a change", () => {
  it("is in the range's unit", () => {
    expect(units("Mileage went from about 11-13 mpg to 19 for pickups.")).toEqual([
      ["about 11-13 mpg", 11, "mpg"],
      ["19", 19, "mpg"],
    ]);
  });
});
