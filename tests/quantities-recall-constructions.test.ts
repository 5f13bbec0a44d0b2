import { describe, expect, it } from "vitest";
import { extractQuantitiesWith } from "../loaders/quantities.ts";
import { sharedGazetteer } from "../loaders/actors.ts";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { loadDictionaries, prepareArticle } from "../loaders/tables.ts";
import { makeArticle, quantitiesOf, quantityBrief } from "./helpers.ts";

const rows = (text: string) => quantityBrief(quantitiesOf(text));

describe("constructions of English around a count", () => {
  it("reads a count before a calibre written apart, not one number grouped by a space", () => {
    expect(rows("Lima received 20 120 mm mortars and 12 105-mm guns.")).toEqual([
      ["20 120 mm mortars", 20, "exact", "mortars", "munitions"],
      ["12 105-mm guns", 12, "exact", "guns", "munitions"],
    ]);
    // A number grouped by a space is still one number.
    expect(rows("Peru bought 2 500 rifles.")).toEqual([["2 500 rifles", 2500, "exact", "rifles", "munitions"]]);
  });

  it("reads a long run of modifiers to the counted noun", () => {
    expect(rows("Chile will buy 12 Swedish designed Gripen E multirole single seat fighter jets.")).toEqual([
      ["12 Swedish designed Gripen E multirole single seat fighter jets", 12, "exact", "jets", "munitions"],
    ]);
  });

  it("keeps the report's definite amount that repeats the headline's, not the headline's", () => {
    const found = quantitiesOf("Peru approves $4.1B arms package\n\nLIMA (Wire) — The $4.1 billion package passed on Monday with broad support in the congress.");
    expect(found.map((q) => q.text)).toEqual(["$4.1 billion"]);
  });

  it("counts one thing on a list of counts past an abbreviation in brackets", () => {
    expect(rows("The navy struck three cruise missiles (ASCM) and one Peruvian unmanned aerial vehicle (UAV).")).toEqual([
      ["three cruise missiles", 3, "exact", "missiles", "munitions"],
      ["one Peruvian unmanned aerial vehicle", 1, "exact", "vehicles", "munitions"],
    ]);
  });

  it("reads a number set aside by dashes after what it counts", () => {
    expect(rows("Two tankers made several trips—at least seven—between the ports.")).toEqual([
      ["Two tankers", 2, "exact", "tankers", "count"],
      ["at least seven", 7, "at_least", "trips", "count"],
    ]);
  });

  it("counts members of a body named with modifiers ('of its ageing fleet')", () => {
    expect(rows("Lima will upgrade 40 of its ageing Mirage fleet.")).toEqual([["40 of its ageing Mirage fleet", 40, "exact", "vessels", "count"]]);
  });

  it("counts what the subject names with a bare number after a verb of level", () => {
    expect(rows("Chilean casualties are now averaging about 300 a day.")).toEqual([["about 300", 300, "approx", "casualties", "personnel"]]);
    expect(rows("Peruvian troops in the valley number about 8,000.")).toEqual([["about 8,000", 8000, "approx", "troops", "personnel"]]);
    expect(rows("Deliveries of drones to Lima reached 450 in March.")).toEqual([["450", 450, "exact", "drones", "munitions"]]);
    // A subject the dictionary does not sort gives no count.
    expect(rows("Temperatures in Lima reached 31 on Sunday.")).toEqual([]);
  });

  it("reads a superlative's 'most' inside the counted phrase, not in a title", () => {
    expect(rows("Peru lost 40 of Chile's most advanced jets.")).toEqual([["40 of Chile's most advanced jets", 40, "exact", "jets", "count"]]);
    expect(rows("She made the list of the 100 Most Admired Women.")).toEqual([]);
  });

  it("counts people after 'the number of' and a casualty word alone", () => {
    expect(rows("The number of dead in Tacna rose to 60.")).toEqual([["60", 60, "exact", "people", "personnel"]]);
  });

  it("reads rounds of what is no munition as occasions", () => {
    expect(rows("Lima and Santiago held 17 rounds of talks.")).toEqual([["17 rounds of talks", 17, "exact", "rounds", "count"]]);
    expect(rows("Peru seized 3,000 rounds of ammo.")).toEqual([["3,000 rounds of ammo", 3000, "exact", "rounds", "munitions"]]);
  });

  it("reads 'from … to …' after a change word of its clause as two amounts, not a range", () => {
    expect(rows("Chile plans to double its 2025 aid budget for Peru from $4 billion to $8 billion.")).toEqual([
      ["$4 billion", 4e9, "exact", "USD", "money"],
      ["$8 billion", 8e9, "exact", "USD", "money"],
    ]);
    expect(rows("Peru deployed from 3,000 to 4,000 soldiers.")).toEqual([["3,000 to 4,000 soldiers", 3000, "exact", "soldiers", "personnel"]]);
  });

  it("counts a part of people told by what was done to them", () => {
    expect(rows("Some 300 of those detained were students.")).toEqual([["Some 300 of those detained", 300, "approx", "people", "personnel"]]);
    expect(rows("Two hundred of the wounded were flown to Lima.")).toEqual([["Two hundred of the wounded", 200, "exact", "people", "personnel"]]);
  });

  it("begins the report at an undated dateline, so that a teaser's repeat yields to the report's mention", () => {
    const found = quantitiesOf("Chile says nine sailors were hurt when a patrol boat was fired on near the border.\n\nARICA, Chile — Nine sailors were hurt when gunmen opened fire on a patrol boat on Monday, the navy said.");
    expect(found.map((q) => [q.text, q.value])).toEqual([["Nine sailors", 9]]);
  });

  it("reads summary bullets under the headline as a teaser the report's mention replaces", () => {
    const raw = "---\ntitle: Peru moves troops north\npublished: 2024-06-24\n---\nPeru moves troops north\n\n• Officials say about 2,000 Peruvian soldiers have reached the border\n\nLima said on Monday that about 2,000 Peruvian soldiers had reached the border with Chile after a week of drills.";
    const doc = prepareArticle(makeArticle(raw), loadDictionaries());
    const found = extractQuantitiesWith(doc, sharedQuantityLexicon(), sharedGazetteer());
    expect(found.map((q) => [q.text, q.char_start > raw.indexOf("Lima said")])).toEqual([["about 2,000 Peruvian soldiers", true]]);
  });
});

describe("heads no list sorts, sorted by their form", () => {
  it("makes people of agent and demonym endings", () => {
    expect(rows("The strike killed 17 separatists and 3 Chileans.")).toEqual([
      ["17 separatists", 17, "exact", "separatists", "personnel"],
      ["3 Chileans", 3, "exact", "people", "personnel"],
    ]);
    // A capitalised name of a weapon is no demonym.
    expect(rows("Lima bought 12 Gripens.")).toEqual([["12 Gripens", 12, "exact", "gripens", "count"]]);
  });

  it("gives a generic head the category of the noun before it", () => {
    expect(rows("Peru sent 20 mortar systems and 100 artillery pieces.")).toEqual([
      ["20 mortar systems", 20, "exact", "systems", "munitions"],
      ["100 artillery pieces", 100, "exact", "pieces", "munitions"],
    ]);
  });
});

describe("bounds that a verb before the number gives (loaders/quantities/bound-verbs.ts)", () => {
  it("reads verbs of exceeding as at least and of limits as at most, outside the amount's text", () => {
    expect(rows("The death toll in Tacna has exceeded 60 civilians.")).toEqual([["60 civilians", 60, "at_least", "civilians", "personnel"]]);
    expect(rows("Fuel sales to Lima are capped at 90,000 barrels a year.")).toEqual([["90,000 barrels", 90000, "at_most", "barrels", "mass"]]);
    expect(rows("The pact limits each navy to 12 frigates.")).toEqual([["12 frigates", 12, "at_most", "frigates", "count"]]);
    expect(rows("Peru is limited to buying 300 rifles a year.")).toEqual([["300 rifles", 300, "at_most", "rifles", "munitions"]]);
    // "to" without a verb of limit leaves the number exact.
    expect(rows("Peru sent 300 troops to 12 towns.")).toEqual([
      ["300 troops", 300, "exact", "troops", "personnel"],
      ["12 towns", 12, "exact", "towns", "count"],
    ]);
  });
});

describe("a four-digit number after 'another'", () => {
  it("reads it as more of what was counted, not a year", () => {
    expect(rows("At least 300 Peruvian soldiers were killed, and another 1200 were wounded.")).toEqual([
      ["At least 300 Peruvian soldiers", 300, "at_least", "soldiers", "personnel"],
      ["1200 were wounded", 1200, "exact", "soldiers", "personnel"],
    ]);
  });
});

describe("one number and unit counting things of other names", () => {
  it("keeps two rows when the counts name other owners, one when a count names none", () => {
    expect(quantitiesOf("Lima freed 150 Chilean prisoners on Monday after a week of talks.\n\nSantiago later freed 150 Peruvian prisoners.").map((q) => q.text)).toEqual([
      "150 Chilean prisoners",
      "150 Peruvian prisoners",
    ]);
    expect(quantitiesOf("Lima freed 150 Chilean prisoners on Monday after a week of talks.\n\nThe 150 prisoners crossed the border at Tacna. Officials said 150 prisoners were freed.").map((q) => q.text)).toEqual([
      "150 Chilean prisoners",
    ]);
  });
});

describe("an article before a dollar sign", () => {
  it("reads 'A $2.5 billion package' as dollars, not Australian dollars", () => {
    expect(rows("A $2.5 billion arms package for Peru was approved.")).toEqual([["$2.5 billion", 2.5e9, "exact", "USD", "money"]]);
    expect(rows("Canberra pledged A$2.5 billion.")).toEqual([["A$2.5 billion", 2.5e9, "exact", "AUD", "money"]]);
  });
});
