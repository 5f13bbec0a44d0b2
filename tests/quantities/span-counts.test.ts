import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const kept = (text: string) => extractQuantities(makeDoc(text)).map((r) => [r.text, r.value]);

describe("a span of time told in recurring things", () => {
  it("is left out of the table, as a span in years is", () => {
    expect(kept("The mayor has carried the district in the past six elections, raising $2 million.")).toEqual([["$2 million", 2e6]]);
    expect(kept("Attendance slipped over the last four seasons.")).toEqual([]);
  });

  it("keeps the things counted outside such a phrase, and the general reader keeps the span", () => {
    expect(kept("The last three shipments carried 500 shells.")).toEqual([
      ["three shipments", 3],
      ["500 shells", 500],
    ]);
    expect(extractAllQuantities(makeDoc("Attendance slipped over the last four seasons.")).map((r) => r.value)).toEqual([4]);
  });
});
