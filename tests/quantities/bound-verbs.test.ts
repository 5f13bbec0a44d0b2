import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../../loaders/quantities/index.ts";
import { makeDoc } from "../helpers.ts";

const bounds = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.bound]);

describe("a bound a verb before the number gives", () => {
  it("reads the verb 'average' as an approximate amount, the noun 'an average of' as exact", () => {
    expect(bounds("Shelling has averaged 40 rounds a day since May.")).toEqual([["40 rounds", 40, "approx"]]);
    expect(bounds("The striker is averaging 1.2 goals per match.")).toEqual([["1.2 goals per match", 1.2, "approx"]]);
    expect(bounds("Trucks waited an average of 9 hours at the border.")).toEqual([["9 hours", 9, "exact"]]);
  });
});
