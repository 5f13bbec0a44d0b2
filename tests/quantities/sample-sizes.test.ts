import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities } from "../helpers.ts";

const rows = (text: string) => quantities(text).map((r) => [r.text, r.value, r.unit, r.category]);

describe("the size of a survey's sample as a bare number", () => {
  it("counts whom the sample is named for before its noun", () => {
    expect(rows("The survey reached 2,040 adults; the likely voter sample is 1,210.")).toEqual([
      ["2,040 adults", 2040, "adults", "personnel"],
      ["1,210", 1210, "likely voters", "personnel"],
    ]);
    expect(rows("The registered nurse subsample was 412, the institute said.")).toEqual([["412", 412, "registered nurses", "personnel"]]);
  });

  it("counts people for a sample named for no one", () => {
    expect(rows("The pollster drew a sample of 1,500 in March.")).toEqual([["1,500", 1500, "people", "personnel"]]);
  });
});
