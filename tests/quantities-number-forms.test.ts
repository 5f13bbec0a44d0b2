import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../loaders/quantities.ts";
import { parseNumber } from "../loaders/numbers.ts";
import { makeDoc } from "./helpers.ts";

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.bound]);
const all = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("the scale words of every English", () => {
  it("reads lakh and crore, written apart, in the plural or onto the number with a hyphen", () => {
    expect(parseNumber("2.5 lakh")?.value).toBe(250000);
    expect(parseNumber("12 crore")?.value).toBe(120000000);
    expect(parseNumber("3 lakhs")?.value).toBe(300000);
    expect(parseNumber("1.5 crores")?.value).toBe(15000000);
    expect(rows("About 4 lakh farmers joined the march.")).toEqual([["About 4 lakh farmers", 400000, "farmers", "approx"]]);
    expect(rows("The state approved a ₹2,400-crore plan for roads.")).toEqual([["₹2,400-crore", 24e9, "INR", "exact"]]);
    expect(rows("Its dues stood at Rs 700 cr.")).toEqual([["Rs 700 cr", 7e9, "INR", "exact"]]);
  });

  it("reads the abbreviated scales of business news", () => {
    expect(rows("Lenders wrote off £2.7bn, $40m and €1.1tn last year.")).toEqual([
      ["£2.7bn", 2.7e9, "GBP", "exact"],
      ["$40m", 4e7, "USD", "exact"],
      ["€1.1tn", 1.1e12, "EUR", "exact"],
    ]);
    expect(rows("The port moved 3.2 mn tonnes of ore.")).toEqual([["3.2 mn tonnes of ore", 3.2e6, "metric tons", "exact"]]);
  });

  it("reads a fraction of a scale word, with a number of parts or none", () => {
    expect(parseNumber("a quarter million")?.value).toBe(250000);
    expect(parseNumber("a quarter of a million")?.value).toBe(250000);
    expect(parseNumber("three-quarters of a million")?.value).toBe(750000);
    expect(parseNumber("three quarters of a billion")?.value).toBe(7.5e8);
    expect(parseNumber("two-thirds of a billion")?.value).toBeCloseTo(666666666.67, 0);
    expect(parseNumber("half a million")?.value).toBe(500000);
    expect(rows("Nearly a quarter of a million refugees crossed the river.")).toEqual([["Nearly a quarter of a million refugees", 250000, "refugees", "approx"]]);
    // A fraction of something named is a share of it, not a number of things (tests/quantities-fractions.test.ts).
    expect(all("Half the rockets and a third of the drones failed; two-thirds of them were old.").map((r) => r[0])).toEqual(["a third", "two-thirds"]);
  });

  it("reads a hyphened scale word as its number", () => {
    expect(parseNumber("two-hundred fifty")?.value).toBe(250);
    expect(rows("Five-thousand workers went on strike.")).toEqual([["Five-thousand workers", 5000, "workers", "exact"]]);
  });

  it("reads 'a couple of' with its bound, and with a scale word after it; 'a handful of' gives no number", () => {
    expect(rows("A couple of drones hit the depot.")).toEqual([["A couple of drones", 2, "drones", "approx"]]);
    expect(rows("Only a handful of medics stayed behind.")).toEqual([]);
    expect(rows("A couple of hundred thousand people marched.")).toEqual([["A couple of hundred thousand people", 200000, "people", "approx"]]);
    // Durations are not material: "a couple of days", "dozens of years".
    expect(all("It took a couple of days and dozens of years.")).toEqual([
      ["a couple of days", 2, "days", "time"],
      ["dozens of years", 24, "years", "time"],
    ]);
    expect(all("The couple of the year danced.")).toEqual([]);
  });

  it("reads 'a couple' with no 'of' before 'dozen' or a scale word", () => {
    expect(rows("A couple dozen engineers left the plant.")).toEqual([["A couple dozen engineers", 24, "engineers", "approx"]]);
    expect(rows("Only a couple hundred troops stayed.")).toEqual([["a couple hundred troops", 200, "troops", "approx"]]);
    expect(all("The couple danced.")).toEqual([]);
  });
});

describe("bounds in their English forms", () => {
  const bound = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.value, q.value_max, q.bound]);
  it("reads hedges before the number", () => {
    expect(bound("Rebels freed upward of 300 hostages.")).toEqual([[300, "", "at_least"]]);
    expect(bound("Rebels freed north of 300 hostages.")).toEqual([[300, "", "at_least"]]);
    expect(bound("Rebels freed slightly more than 300 hostages.")).toEqual([[300, "", "at_least"]]);
    expect(bound("Rebels freed just shy of 300 hostages.")).toEqual([[300, "", "at_most"]]);
    expect(bound("Rebels freed well under 300 hostages.")).toEqual([[300, "", "at_most"]]);
    expect(bound("Rebels freed not quite 300 hostages.")).toEqual([[300, "", "at_most"]]);
    expect(bound("Rebels freed something like 300 hostages.")).toEqual([[300, "", "approx"]]);
    expect(bound("Rebels freed as few as 300 hostages.")).toEqual([[300, "", "at_least"]]);
  });
  it("reads hedges written onto the number or after it", () => {
    expect(bound("Rebels freed 300-odd hostages.")).toEqual([[300, "", "approx"]]);
    expect(bound("Rebels freed 300-plus hostages.")).toEqual([[300, "", "at_least"]]);
    expect(bound("Rebels freed 300+ hostages.")).toEqual([[300, "", "at_least"]]);
    expect(bound("Rebels freed 300 or more hostages and 40 or fewer guards.")).toEqual([[300, "", "at_least"], [40, "", "at_most"]]);
  });
  it("keeps ranges exact between their ends", () => {
    expect(bound("Rebels freed anywhere from 300 to 400 hostages.")).toEqual([[300, 400, "exact"]]);
    expect(bound("Rebels freed somewhere between three and four hundred hostages.")).toEqual([[300, 400, "exact"]]);
  });
});

describe("units of material that news writes", () => {
  const units = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);
  it("reads volumes of fuel and gas, yields and tonnes written onto the number", () => {
    expect(units("The tanker unloaded 9,000 gallons of jet fuel.")).toEqual([["9,000 gallons of jet fuel", 9000, "gallons", "mass"]]);
    expect(units("The field pumps 2 million cubic metres of gas.")).toEqual([["2 million cubic metres of gas", 2e6, "cubic metres", "mass"]]);
    expect(units("The refinery runs 80,000 bpd of crude.")).toEqual([["80,000 bpd of crude", 80000, "barrels per day", "mass"]]);
    expect(units("The test device yielded 10 kilotons.")).toEqual([["10 kilotons", 10, "kilotons", "mass"]]);
    expect(units("The barge carried 450t of coal.")).toEqual([["450t of coal", 450, "metric tons", "mass"]]);
  });
});
