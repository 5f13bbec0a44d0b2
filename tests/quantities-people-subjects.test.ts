/**
 * People told by a verb only people do, a magnitude of a magnitude standing alone, and the
 * breakdown of a count just made: each construction read from sentences of our own.
 */
import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../loaders/quantities.ts";
import { makeDoc, quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";

describe("a bare number as the subject of a verb only people do", () => {
  it.each([
    ["At least 500 died in the fire.", "At least 500", 500, "at_least"],
    ["Tens of thousands fled the city.", "Tens of thousands", 10000, "at_least"],
    ["Thousands fled across the border.", "Thousands", 1000, "at_least"],
    ["Some 2,000 deserted from the front.", "Some 2,000", 2000, "approx"],
    ["About 300 drowned when the boat sank.", "About 300", 300, "approx"],
    ["More than 40 escaped from the prison.", "More than 40", 40, "at_least"],
    ["Hundreds starved during the siege.", "Hundreds", 100, "at_least"],
    ["Dozens surrendered to the army.", "Dozens", 24, "at_least"],
    ["Around 80 perished in the storm.", "Around 80", 80, "approx"],
    ["Nearly 1,000 have enlisted since May.", "Nearly 1,000", 1000, "approx"],
  ])("%s", (sentence, text, value, bound) => {
    expect(brief(quantities(sentence))).toEqual([[text, value, bound, "people", "personnel"]]);
  });

  it("leaves a bare number before a verb things may do to what the sentence counted", () => {
    expect(brief(quantities("The drones hit 40 targets, and 12 exploded."))[1]).toEqual(["12", 12, "exact", "targets", "count"]);
    expect(quantities("By noon 30 had arrived at the port.")).toEqual([]);
    expect(quantities("Hundreds gathered in the square.")).toEqual([]);
  });
});

describe("a magnitude of a magnitude with no 'of' after it", () => {
  it("reads its value whole, people where a verb done to people or a casualty word says so", () => {
    expect(brief(quantities("The war has killed tens of thousands."))).toEqual([["tens of thousands", 10000, "at_least", "people", "personnel"]]);
    expect(brief(quantities("Tens of thousands were displaced by the fighting."))).toEqual([["Tens of thousands", 10000, "at_least", "people", "personnel"]]);
    expect(brief(quantities("Hundreds of thousands of shells have been fired."))).toEqual([["Hundreds of thousands of shells", 100000, "at_least", "shells", "munitions"]]);
  });

  it("leaves it a bare number, no longer a count of 'thousands', where nothing says what it counts", () => {
    const all = extractAllQuantities(makeDoc("The drills draw crowds in the hundreds of thousands."));
    expect(all.map((r) => [r.text, r.value, r.category])).toEqual([["hundreds of thousands", 100000, "number"]]);
  });
});

describe("the breakdown of a count just made", () => {
  it.each([
    ["India ordered 26 jets (22 single-seat and four twin-seat) for its navy.", [["22", 22], ["four", 4]], "jets"],
    ["The army bought 30 tanks (20 new and 10 refurbished).", [["20", 20], ["10", 10]], "tanks"],
    ["Ukraine received 12 warplanes — eight F-16 and four Gripen.", [["eight", 8], ["four", 4]], "warplanes"],
    ["The convoy had 40 trucks: 25 Turkish, 10 Iraqi and five Syrian.", [["25", 25], ["10", 10], ["five", 5]], "trucks"],
  ])("%s", (sentence, parts, unit) => {
    const rows = quantities(sentence).slice(1);
    expect(rows.map((r) => [r.text, r.value])).toEqual(parts);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set([unit]));
  });

  it("leaves a calibre, a year or a number after a preposition in brackets out", () => {
    expect(quantities("The ministry sent 120 shells (155 mm) to the front.").map((r) => r.text)).toEqual(["120 shells"]);
    expect(quantities("The strike killed 20 people (2024 figures).").map((r) => r.text)).toEqual(["20 people"]);
    expect(quantities("The navy lost 9 boats (in 3 days).").map((r) => r.text)).toEqual(["9 boats"]);
  });
});
