import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../loaders/quantities.ts";
import { makeDoc, quantitiesOf, quantityBrief } from "./helpers.ts";

const rows = (text: string) => quantityBrief(quantitiesOf(text));

describe("amounts the table leaves out though they count things (loaders/quantities/not-material.ts)", () => {
  it("reads a sum after a sum and a link as the same sum in another currency", () => {
    expect(rows("Chile paid 700 million dollars (equivalent to €640 million) for the radars.")).toEqual([["700 million dollars", 7e8, "exact", "USD", "money"]]);
    expect(rows("Peru paid $80 million, or about €73 million, for the patrol boats.")).toEqual([["$80 million", 8e7, "exact", "USD", "money"]]);
    // A link that says so makes a sum of the amount before, whatever its noun.
    expect(rows("A seat cost 90,000 tickets (equivalent to 95 USD).")).toEqual([["90,000 tickets", 90000, "exact", "tickets", "count"]]);
    expect(rows("A seat cost 90,000 pesos (equivalent to 95 USD).")).toEqual([["90,000 pesos", 90000, "exact", "pesos", "money"]]);
  });

  it("leaves out a place's population", () => {
    expect(rows("Tacna, a town of some 18,000 people, was shelled by 40 rockets.")).toEqual([["40 rockets", 40, "exact", "rockets", "munitions"]]);
    expect(rows("The port city of 2 million residents lost power.")).toEqual([]);
    expect(rows("Arica, home to 250,000 people, was evacuated.")).toEqual([]);
    expect(rows("The country has a population of 4 million.")).toEqual([]);
    // People who are no population are counted: troops at a base.
    expect(rows("The base, home to 2,000 Chilean troops, was shelled.")).toEqual([["2,000 Chilean troops", 2000, "exact", "troops", "personnel"]]);
  });

  it("leaves out the parts of what is said or argued (data/quantity-nouns.yaml, discourse)", () => {
    expect(rows("The senate has two ways to block a nominee.")).toEqual([]);
    expect(rows("She paused before the last four words of her address.")).toEqual([]);
    expect(rows("The mayor gave three reasons for closing 12 libraries.")).toEqual([["12 libraries", 12, "exact", "libraries", "count"]]);
    // The general reader still reads them, sorted as discourse.
    const general = extractAllQuantities(makeDoc("The mayor gave three reasons.")).map((r) => [r.value, r.unit, r.category]);
    expect(general).toEqual([[3, "reasons", "discourse"]]);
  });

  it("leaves out a frequency, but counts occasions", () => {
    expect(rows("The ferry to Arica sails three times a week.")).toEqual([]);
    expect(rows("The frigate called at the port five times.")).toEqual([["five times", 5, "exact", "times", "count"]]);
  });

  it("reads nautical miles as a distance", () => {
    expect(rows("The frigate turned back about 12 nautical miles off the coast.")).toEqual([]);
  });

  it("leaves out a rate's base and a count in fractions", () => {
    expect(rows("The army counts one medic for every 200 soldiers.")).toEqual([]);
    expect(rows("Deaths reached 1.5 per 1,000 people.")).toEqual([]);
    expect(rows("Families in Tacna have 2.4 children on average.")).toEqual([]);
    expect(rows("Peru sent 1.5 million shells.")).toEqual([["1.5 million shells", 1.5e6, "exact", "shells", "munitions"]]);
  });
});

describe("exchange rates", () => {
  it("leaves out one unit of a currency and the sum it is worth", () => {
    expect(rows("On Monday $1 was worth 900 pesos.")).toEqual([]);
    expect(rows("Last week one euro bought 1.1 dollars.")).toEqual([]);
    expect(rows("Lima paid $1 billion for the radars.")).toEqual([["$1 billion", 1e9, "exact", "USD", "money"]]);
  });
});

describe("capacities and alternatives", () => {
  it("leaves out people a vessel can hold, but keeps things a container can", () => {
    expect(rows("The ferry, with a capacity of 500 passengers, sank off Arica.")).toEqual([]);
    expect(rows("The jet can carry up to 180 passengers.")).toEqual([]);
    expect(rows("The depots could accommodate up to 3 million shells.")).toEqual([["up to 3 million shells", 3e6, "at_most", "shells", "munitions"]]);
  });

  it("reads two numbers joined by 'or' as a range", () => {
    expect(rows("The rebels had 20 or 30 fighters.")).toEqual([["20 or 30 fighters", 20, "exact", "fighters", "personnel"]]);
    expect(rows("The rebels had 3 tanks or 40 rifles.")).toEqual([
      ["3 tanks", 3, "exact", "tanks", "munitions"],
      ["40 rifles", 40, "exact", "rifles", "munitions"],
    ]);
  });
});

describe("a part out of each whole", () => {
  it("leaves out a sum or a count told out of every or each whole, as a share", () => {
    expect(rows("Roughly $3 of every $10 that Peru spends on fuel goes to Chile.")).toEqual([]);
    expect(rows("Some 40 cents out of each dollar of the grant went to 12 contractors.")).toEqual([["12 contractors", 12, "exact", "contractors", "personnel"]]);
    expect(rows("Seven of every 10 tractors sold in Bolivia are built abroad.")).toEqual([]);
    // A count of each kind, with no number for the whole, is an amount.
    expect(rows("The navy bought 10 patrol boats of each class.").map((r) => r[1])).toEqual([10]);
  });
});
