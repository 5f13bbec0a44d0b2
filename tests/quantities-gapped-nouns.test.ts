import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("a bare number whose noun is left out, said of the amount before it", () => {
  it("reads a second number before a preposition or a time word after 'and' (gapping)", () => {
    expect(rows("Peru delivered 40,000 shells in May and 60,000 in June.")).toEqual([
      ["40,000 shells", 40000, "shells", "munitions"],
      ["60,000", 60000, "shells", "munitions"],
    ]);
    expect(rows("Peru sent 300 tanks in 2022 and 450 last year.")).toEqual([
      ["300 tanks", 300, "tanks", "munitions"],
      ["450", 450, "tanks", "munitions"],
    ]);
  });

  it("reads a number an amount is compared with", () => {
    expect(rows("Chile pledged 120 drones, up from 80 a year earlier.")).toEqual([
      ["120 drones", 120, "drones", "munitions"],
      ["80", 80, "drones", "munitions"],
    ]);
    expect(rows("Peru has 200 tanks, compared with 150 in 2020.")).toEqual([
      ["200 tanks", 200, "tanks", "munitions"],
      ["150", 150, "tanks", "munitions"],
    ]);
  });

  it("reads a number after 'to' and a name's possessive as compared with the amount before", () => {
    expect(rows("Okafor won 412 delegates to Lindqvist's 390.")).toEqual([
      ["412 delegates", 412, "delegates", "personnel"],
      ["390", 390, "delegates", "personnel"],
    ]);
    // "to" before a possessive that a counted noun follows, or before no possessive, sends things.
    expect(rows("Peru sent 300 tanks to Chile's 12 brigades.").map((r) => r[2])).toEqual(["tanks", "brigades"]);
    expect(rows("Peru sent 300 tanks to Chile.")).toEqual([["300 tanks", 300, "tanks", "munitions"]]);
  });

  it("leaves a number with no such word after it, or a count of the sentence before", () => {
    expect(rows("Peru sent 300 tanks and 2023 was calm.")).toEqual([["300 tanks", 300, "tanks", "munitions"]]);
    expect(rows("Peru sent 300 tanks. The talks lasted 3 days and 4 in all.")).toEqual([["300 tanks", 300, "tanks", "munitions"]]);
  });
});
