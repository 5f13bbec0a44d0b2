import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";
import { makeDoc } from "./helpers.ts";
import { extractAllQuantities } from "../loaders/quantities.ts";

describe("vague magnitudes and dozens", () => {
  it("reads a magnitude of a determined noun: 'thousands of its troops'", () => {
    const cases: [string, string, number, string, string][] = [
      ["The regime sent thousands of its troops abroad.", "thousands of its troops", 1000, "troops", "personnel"],
      ["Hundreds of the shells failed to explode.", "Hundreds of the shells", 100, "shells", "munitions"],
      ["The firm laid off dozens of its workers.", "dozens of its workers", 24, "workers", "personnel"],
      ["Millions of their citizens fled the fighting.", "Millions of their citizens", 1000000, "citizens", "personnel"],
      ["Tens of thousands of our soldiers are at the front.", "Tens of thousands of our soldiers", 10000, "soldiers", "personnel"],
    ];
    for (const [sentence, text, value, unit, category] of cases) expect(brief(quantities(sentence)), sentence).toEqual([[text, value, "at_least", unit, category]]);
  });

  it("reads a magnitude with 'more' and its noun after it", () => {
    expect(brief(quantities("The army expects thousands more troops by winter."))).toEqual([["thousands more troops", 1000, "at_least", "troops", "personnel"]]);
    expect(brief(quantities("Dozens more drones struck the port overnight."))).toEqual([["Dozens more drones", 24, "at_least", "drones", "munitions"]]);
    expect(brief(quantities("Hundreds more refugees crossed on Sunday."))).toEqual([["Hundreds more refugees", 100, "at_least", "refugees", "personnel"]]);
    // Without a noun after it, the magnitude still takes the kind counted before.
    expect(brief(quantities("About 300 workers were trapped and hundreds more injured."))[1]).toEqual(["hundreds more", 100, "at_least", "workers", "personnel"]);
  });

  it("reads half a dozen, a half dozen and a half-dozen as six", () => {
    const cases: [string, string][] = [
      ["Half a dozen drones were shot down.", "Half a dozen drones"],
      ["A half dozen tanks crossed the river.", "A half dozen tanks"],
      ["The cell included a half-dozen gunmen.", "a half-dozen gunmen"],
      ["Police seized a half-dozen rifles.", "a half-dozen rifles"],
    ];
    for (const [sentence, text] of cases) expect(quantities(sentence).map((r) => [r.text, r.value]), sentence).toEqual([[text, 6]]);
    expect(quantities("Half a million shells were sent.").map((r) => r.value)).toEqual([500000]);
    expect(quantities("Two dozen rockets hit the town.").map((r) => r.value)).toEqual([24]);
  });
});

describe("a count before a calibre written apart", () => {
  it("counts the weapons after the calibre", () => {
    const cases: [string, string, number, string][] = [
      ["A courier carried three 9 mm pistols.", "three 9 mm pistols", 3, "pistols"],
      ["Kyiv received four 155 mm howitzers.", "four 155 mm howitzers", 4, "howitzers"],
      ["The ship mounts two 30 mm cannons.", "two 30 mm cannons", 2, "cannons"],
      ["The package adds six 120 mm mortars.", "six 120 mm mortars", 6, "mortars"],
      ["Police found two 7.62 mm rifles in the car.", "two 7.62 mm rifles", 2, "rifles"],
    ];
    for (const [sentence, text, value, unit] of cases) expect(brief(quantities(sentence)), sentence).toEqual([[text, value, "exact", unit, "munitions"]]);
  });
});

describe("numbers that are no amounts", () => {
  it("leaves out an age set off by commas after a name", () => {
    const cases = [
      "The reporter Lina Haddad, 22, was killed in the strike.",
      "The strike killed Omar Saleh, 34, and his son.",
      "Police named the driver as Tom Reed, 51.",
      "Maria Lopez, 19; her brother, 17; and a friend survived.",
    ];
    for (const sentence of cases) expect(quantities(sentence).map((r) => r.text), sentence).toEqual([]);
    expect(quantities("The ministry sent 22 medics to Kharkiv, 14 to Odesa.").map((r) => r.text)[0]).toBe("22 medics");
  });

  it("reads a year before a singular noun as a year, a count before a plural as a count", () => {
    expect(quantities("After the general's 2023 death, the unit was disbanded.")).toEqual([]);
    expect(quantities("The agency's 2024 report was delayed.")).toEqual([]);
    expect(quantities("The port holds 1500 containers.").map((r) => r.value)).toEqual([1500]);
    expect(quantities("The firm has built 2000 aircraft.").map((r) => r.value)).toEqual([2000]);
  });
});

describe("a magnitude of others, and of people paid a rate", () => {
  it("reads 'hundreds of other …' as more of those people", () => {
    expect(brief(quantities("Hundreds of other nurses joined the picket."))).toEqual([["Hundreds of other nurses", 100, "at_least", "nurses", "personnel"]]);
  });

  it("reads a sum with a hyphened rate as a sum, and the magnitude of the people it describes", () => {
    expect(brief(quantities("The council hired $14-an-hour guards."))).toEqual([["$14-an-hour", 14, "exact", "USD", "money"]]);
    expect(brief(quantities("The mayor praised thousands of $11-an-hour nurses."))).toEqual([
      ["thousands of $11-an-hour nurses", 1000, "at_least", "nurses", "personnel"],
      ["$11-an-hour", 11, "exact", "USD", "money"],
    ]);
    expect(extractAllQuantities(makeDoc("Clerks earn $30,000-a-year salaries.")).map((q) => [q.text, q.value, q.unit])).toEqual([["$30,000-a-year", 30000, "USD per year"]]);
    // A number hyphened onto other words is still no amount.
    expect(brief(quantities("The 10-a-side match drew a crowd."))).toEqual([]);
  });
});
