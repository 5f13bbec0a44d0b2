/**
 * A measure of pressure in the singular or announced ("announced a 25% tariff on Peru",
 * "countermeasures against"), the owner of a noun of intent with an adjective between ("Peru's
 * recent decision to impose"), and a side "targeted for" its policy (singled out, no attack).
 * Invented sentences (Chile, Peru).
 */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const typed = (sentence: string) => codedEvents([sentence]).map(([t, a, g]) => `${t} ${a}>${g}`);

describe("measures of pressure imposed or announced on a side are a SANCTION", () => {
  it("a tariff in the singular, with a percentage", () => {
    expect(typed("Peru imposed a 100% tariff on Chilean wine.")).toEqual(["SANCTION PER>CHL"]);
  });
  it("announced, with an adjective and a percentage", () => {
    expect(typed("Chile announced an additional 25% tariff on Peru on Monday.")).toEqual(["SANCTION CHL>PER"]);
  });
  it("countermeasures against a side's firms", () => {
    expect(typed("Chile announced a sweeping set of countermeasures against 20 Peruvian defense companies.")).toEqual(["SANCTION CHL>PER"]);
  });
  it("a tariff merely discussed stays none", () => {
    expect(typed("Chilean officials discussed the tariff on Peruvian wine.")).toEqual([]);
  });
});

describe("the owner of a noun of intent, adjectives between, does its infinitive's act", () => {
  it("'Peru's recent decision to impose'", () => {
    expect(typed("The move follows Peru's recent decision to impose a 100% tariff on Chilean wine.")).toEqual(["SANCTION PER>CHL"]);
  });
});

describe("a side 'targeted for' its policy is singled out, not attacked", () => {
  it("passive 'targeted for its exports' makes no attack", () => {
    expect(typed("Peru said it was being unfairly targeted for its fishing exports to Bolivia.")).toEqual([]);
  });
  it("an attack told with 'for the second time' still stands", () => {
    expect(typed("The Chilean base was targeted for the second time this week by Peruvian rockets.").map((r) => r.split(" ")[0])).toEqual(["ASSAULT"]);
  });
});

describe("a measure of pressure with an aside between commas before its 'on' (trade-curbs)", () => {
  it("'slapped tariffs, ranging from …, on' names the side it is imposed on", () => {
    expect(typed("Peru slapped retaliatory tariffs, ranging from 10 to 30 percent, on Chilean wine and copper.")).toEqual(["SANCTION PER>CHL"]);
    // A clause after the comma is no aside: the sentence's own "on" is not the measure's.
    expect(typed("Peru raised tariffs last year, and on Monday it met Chile.")).not.toContain("SANCTION PER>CHL");
  });
});
