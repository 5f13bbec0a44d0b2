import { describe, expect, it } from "vitest";
import { quantitiesOf, quantityBrief } from "./helpers.ts";

const rows = (text: string) => quantityBrief(quantitiesOf(text));

describe("a currency name several states share, read by the state the report names (loaders/quantities/currency-states.ts)", () => {
  it("reads bare pesos, francs and dinars as the currency of the state the sentence names", () => {
    expect(rows("Chile plans to allocate 50 billion pesos in 2025 to modernize its navy.")).toEqual([["50 billion pesos", 5e10, "exact", "CLP", "money"]]);
    expect(rows("The Philippines will spend 30 billion pesos on new patrol ships, the ministry said.")).toEqual([["30 billion pesos", 3e10, "exact", "PHP", "money"]]);
    expect(rows("Mali's junta paid 4 billion francs for the drones.")).toEqual([["4 billion francs", 4e9, "exact", "XOF", "money"]]);
    expect(rows("Iraq set aside 900 billion dinars for the border force.")).toEqual([["900 billion dinars", 9e11, "exact", "IQD", "money"]]);
  });

  it("takes the state from an earlier sentence when the sentence names none", () => {
    expect(rows("Colombia unveiled its defence budget on Monday. It sets aside 1 trillion pesos for an anti-drone project.")).toEqual([["1 trillion pesos", 1e12, "exact", "COP", "money"]]);
  });

  it("leaves out the sum told again in dollars in brackets, as after any other currency", () => {
    expect(rows("Chile plans to allocate 50 billion pesos ($55 million) for new frigates.")).toEqual([["50 billion pesos", 5e10, "exact", "CLP", "money"]]);
  });

  it("keeps the name as the unit when no state of that currency is named", () => {
    expect(rows("A seat cost 90,000 pesos (equivalent to 95 USD).")).toEqual([["90,000 pesos", 90000, "exact", "pesos", "money"]]);
  });

  it("reads a hyphen standing for a lost dash before a scaled sum", () => {
    expect(rows("Chile's navy budget rose by a quarter-10 billion pesos ($11 million)-from last year.")).toEqual([["10 billion pesos", 1e10, "exact", "CLP", "money"]]);
    // A name's number stays a name.
    expect(rows("Peru fired two KN-23 missiles.")).toEqual([["two KN-23 missiles", 2, "exact", "missiles", "munitions"]]);
  });
});

describe("words between a number and its noun that go with the noun (data/quantity-words.yaml noun_premodifiers)", () => {
  it("counts the noun after 'such' and after a possessive's 'own'", () => {
    expect(rows("Peru has committed to sending eight such systems to Chile.")).toEqual([["eight such systems", 8, "exact", "systems", "count"]]);
    expect(rows("Chile, which gave 31 of its own tanks to Ecuador, will buy more.")).toEqual([["31 of its own tanks", 31, "exact", "tanks", "munitions"]]);
    expect(rows("Peru lent 12 of Chile's own helicopters to Bolivia.")).toEqual([["12 of Chile's own helicopters", 12, "exact", "helicopters", "count"]]);
  });
});

describe("what each thing of a kind is made of or can do (loaders/quantities/not-material.ts)", () => {
  it("leaves out the make-up told of 'each' or 'every' one, in several frames", () => {
    expect(rows("Each Chilean battery is composed of 3 launch vehicles with 4 missiles and a radar.")).toEqual([]);
    expect(rows("It is reported that each battery of the system can engage 6 targets at once.")).toEqual([]);
    expect(rows("Peru bought six frigates, and every frigate carries 8 anti-ship missiles.")).toEqual([["six frigates", 6, "exact", "frigates", "count"]]);
    expect(rows("Each launcher could fire 12 rockets, the Peruvian army said.")).toEqual([]);
    expect(rows("Peru will buy 12 launchers, each armed with 4 missiles.")).toEqual([["12 launchers", 12, "exact", "launchers", "munitions"]]);
  });

  it("keeps what each side did, people in each unit and what each costs", () => {
    expect(rows("Each side released 146 prisoners on Sunday.")).toEqual([["146 prisoners", 146, "exact", "prisoners", "personnel"]]);
    expect(rows("Each Peruvian battalion has about 500 soldiers.")).toEqual([["about 500 soldiers", 500, "approx", "soldiers", "personnel"]]);
    expect(rows("Each unit is estimated to cost around $15 million.")).toEqual([["around $15 million", 15e6, "approx", "USD", "money"]]);
  });
});

describe("a plural the analysis layer tags a verb ends the noun phrase before it", () => {
  it("reads 'the two neighbors grinds' as a reference to two parties, no count", () => {
    expect(rows("The swap came as the war between the two neighbors grinds through its third year.")).toEqual([]);
    expect(rows("Chile sent 40 arms shipments to Peru.")).toEqual([["40 arms shipments", 40, "exact", "shipments", "count"]]);
  });
});

describe("a verb's object left out after a progressive verb or a word of focus", () => {
  it("counts what the sentence counted before", () => {
    expect(rows("In 2023 Chile was producing 500,000 shells a year, while Peru was producing only 300,000.")).toEqual([
      ["500,000 shells", 500000, "exact", "shells", "munitions"],
      ["300,000", 300000, "exact", "shells", "munitions"],
    ]);
    expect(rows("Chile was sending 2,000 troops to the border and Peru was sending 1,500.")).toEqual([
      ["2,000 troops", 2000, "exact", "troops", "personnel"],
      ["1,500", 1500, "exact", "troops", "personnel"],
    ]);
    expect(rows("Chile sent 5,000 helmets; Peru promised just 1,000.")).toEqual([
      ["5,000 helmets", 5000, "exact", "helmets", "count"],
      ["1,000", 1000, "exact", "helmets", "count"],
    ]);
  });

  it("leaves a verb of level alone", () => {
    expect(rows("The army was reaching 300,000 by May.")).toEqual([]);
  });
});

describe("units named for a head with the word before it, and people named by sex (data/quantity-nouns.yaml)", () => {
  it("counts armoured personnel carriers as vehicles, aircraft carriers as carriers", () => {
    expect(rows("Chile bought 40 armored personnel carriers and two aircraft carriers.")).toEqual([
      ["40 armored personnel carriers", 40, "exact", "vehicles", "munitions"],
      ["two aircraft carriers", 2, "exact", "carriers", "count"],
    ]);
  });

  it("counts males and females as men and women", () => {
    expect(rows("Police in Lima detained two Chilean males and three females.")).toEqual([
      ["two Chilean males", 2, "exact", "men", "personnel"],
      ["three females", 3, "exact", "women", "personnel"],
    ]);
  });
});

describe("a claimant named only by a title, whose name the article gave in apposition before", () => {
  const claimants = (text: string) => quantitiesOf(text).map((q) => [q.text, q.attributed_to]);

  it("takes the name before the title's apposition, a capitalised title too", () => {
    expect(claimants("Ana Ruiz, the EU Commissioner for Trade, spoke on Monday. Peru made 500,000 shells in 2023, the Commissioner said.")).toEqual([["500,000 shells", "Ana Ruiz"]]);
    expect(claimants("Jorge Vidal, Chile's defence minister, visited Lima. Chile will buy 40 tanks, the minister said.")).toEqual([["40 tanks", "Jorge Vidal"]]);
  });

  it("takes no name whose apposition goes on past the title", () => {
    expect(claimants("Peru mourned Ana Ruiz, a police sergeant killed in the north. Police said three attackers had been killed.")).toEqual([["three attackers", "Police"]]);
  });

  it("takes no day or date for a name", () => {
    expect(claimants("On Monday, Chile's defence minister spoke. Chile bought 40 tanks, the minister said.")).toEqual([["40 tanks", "minister"]]);
  });
});

describe("a short aside in brackets breaks no clause for the period", () => {
  const periods = (text: string) => quantitiesOf(text).map((q) => [q.text, q.period_start, q.period_end]);

  it("reads the year after a sum told again in brackets", () => {
    expect(periods("Chile plans to allocate 50 billion pesos ($55 million) in 2025 to modernize its navy.")).toEqual([["50 billion pesos", "2025-01-01", "2025-12-31"]]);
    expect(periods("Peru will buy 12 drones (at a discount) in 2026.")).toEqual([["12 drones", "2026-01-01", "2026-12-31"]]);
  });

  it("leaves a bracket with a name or a year a clause of its own", () => {
    expect(periods("Chile bought 40 tanks (Reuters reported in 2023) last month.")[0][0]).toBe("40 tanks");
    // A year further on, in a clause of purpose, is no period of the sum.
    expect(periods("Chile has secured a deal worth $920 million (800 billion pesos) to deliver 18 jets to Peru starting in 2026.")[0]).toEqual(["$920 million", "", ""]);
  });
});

describe("one person told by a verb of dying", () => {
  it("counts one person who dies or has died, in a headline's present too", () => {
    expect(rows("One person dies in an attack on Chile's embassy in Lima.")).toEqual([["One person", 1, "exact", "people", "personnel"]]);
    expect(rows("One Peruvian guard has died of his wounds.")).toEqual([["One Peruvian guard", 1, "exact", "guards", "personnel"]]);
  });

  it("leaves one thing of another kind a reference", () => {
    expect(rows("One proposal dies with the talks in Lima.")).toEqual([]);
  });
});
