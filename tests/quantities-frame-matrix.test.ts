import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";
import { describeAmountMatrix, type Row } from "./quantities-matrix.ts";

/**
 * A frame matrix: amount phrases of many shapes, each set into clauses of many shapes (active,
 * passive with a by-agent, reported, raising, control, gerund, apposition, nominalisation,
 * parenthesis, negation, a modal with a relative clause). A phrase must read the same in every
 * clause, since the clause around an amount does not change what it counts.
 */

const clauses: ((phrase: string) => string)[] = [
  (p) => `Chile sent ${p} to Peru last week.`,
  (p) => `${p[0].toUpperCase()}${p.slice(1)} were sent to Peru by Chile last week.`,
  (p) => `Peru said Chile had sent ${p}, officials said.`,
  (p) => `Chile is believed to have sent ${p} to Peru.`,
  (p) => `Chile agreed to send ${p} to Peru.`,
  (p) => `Peru accused Chile of sending ${p} across the border.`,
  (p) => `The shipment, ${p}, reached Peru on Monday.`,
  (p) => `Chile's delivery of ${p} to Peru angered Lima.`,
  (p) => `The aid (${p}) reached Peru.`,
  (p) => `Chile did not send ${p} to Peru.`,
  (p) => `Chile could soon send ${p}, which Peru fears, to the front.`,
];

const phrases: [string, Row[]][] = [
  // Small counts and one weapon: "one drone hit a home" counts a drone, as "two drones" would.
  ["one drone", [[1, "", "drones", "exact"]]],
  ["four generals", [[4, "", "generals", "exact"]]],
  ["two manned small craft", [[2, "", "craft", "exact"]]],
  // Partitives: with a determiner, a possessive in its place, the whole's own number.
  ["one of the drones", [[1, "", "drones", "exact"]]],
  ["one of its drones", [[1, "", "drones", "exact"]]],
  ["19 of Peru's 35 warships", [[19, "", "warships", "exact"], [35, "", "warships", "exact"]]],
  // Separators: a comma with a space before a group opening with 0, a group space, a glued scale.
  ["15, 000 troops", [[15000, "", "troops", "exact"]]],
  ["2 500 troops", [[2500, "", "troops", "exact"]]],
  ["1.5m rounds", [[1.5e6, "", "rounds", "exact"]]],
  // Continental and Indian grouping: full stops for thousands, a decimal comma before a scale word, lakhs in pairs.
  ["15.000 troops", [[15000, "", "troops", "exact"]]],
  ["1,5 million shells", [[1.5e6, "", "shells", "exact"]]],
  ["1,00,000 rifles", [[100000, "", "rifles", "exact"]]],
  // Compound modifiers between the number and its noun.
  ["180 Peru-made K2 Black Panther tanks", [[180, "", "tanks", "exact"]]],
  ["1,500 Bolivian special forces", [[1500, "", "forces", "exact"]]],
  ["26 Rafale aircraft", [[26, "", "aircraft", "exact"]]],
  // Vague magnitudes.
  ["hundreds of thousands of shells", [[100000, "", "shells", "at_least"]]],
  ["dozens of missiles", [[24, "", "missiles", "at_least"]]],
  ["scores of soldiers", [[40, "", "soldiers", "at_least"]]],
  ["a few hundred troops", [[100, "", "troops", "at_least"]]],
  ["thousands of tons of ammunition", [[1000, "", "metric tons", "at_least"]]],
  // Ranges and hedges, a hedge of its own on the upper end included.
  ["between 10,000 and 12,000 troops", [[10000, 12000, "troops", "exact"]]],
  ["up to 300 missiles", [[300, "", "missiles", "at_most"]]],
  ["some 400 tanks", [[400, "", "tanks", "approx"]]],
  ["an estimated 5,000 to as many as 8,000 troops", [[5000, 8000, "troops", "approx"]]],
  ["10 to about 12 tanks", [[10, 12, "tanks", "approx"]]],
  // Money in signs, codes and words, a currency word after its country's adjective.
  ["$3.37 billion in arms", [[3.37e9, "", "USD", "exact"]]],
  ["1.78 trillion yuan in aid", [[1.78e12, "", "CNY", "exact"]]],
  ["€82.6 billion in aid", [[82.6e9, "", "EUR", "exact"]]],
  ["USD 31 million in aid", [[31e6, "", "USD", "exact"]]],
  ["2,000 Russian rubles", [[2000, "", "RUB", "exact"]]],
  // A currency word hyphened onto its scale, and scales stacked ("lakh crore" is a lakh of crores).
  ["a 1.2 trillion-won package", [[1.2e12, "", "KRW", "exact"]]],
  ["Rs 1.2 lakh crore in arms", [[1.2e12, "", "INR", "exact"]]],
  // Number words, parts of a scale and scales glued or abbreviated.
  ["a dozen drones", [[12, "", "drones", "exact"]]],
  ["half a million shells", [[500000, "", "shells", "exact"]]],
  ["a quarter of a million shells", [[250000, "", "shells", "exact"]]],
  // A part of a scale written as one word, as "a half-dozen" is.
  ["a half-million shells", [[500000, "", "shells", "exact"]]],
  ["a quarter-million shells", [[250000, "", "shells", "exact"]]],
  ["$2bn in arms", [[2e9, "", "USD", "exact"]]],
  ["2bn roubles in aid", [[2e9, "", "RUB", "exact"]]],
  ["€5mn in aid", [[5e6, "", "EUR", "exact"]]],
  ["tens of thousands of troops", [[10000, "", "troops", "at_least"]]],
  ["several hundred troops", [[100, "", "troops", "at_least"]]],
  ["10-12 missiles", [[10, 12, "missiles", "exact"]]],
  ["10 to 12 missiles", [[10, 12, "missiles", "exact"]]],
  ["nearly 300 missiles", [[300, "", "missiles", "approx"]]],
  ["almost 300 missiles", [[300, "", "missiles", "approx"]]],
  ["over 300 missiles", [[300, "", "missiles", "at_least"]]],
  ["under 300 missiles", [[300, "", "missiles", "at_most"]]],
  ["at most 300 missiles", [[300, "", "missiles", "at_most"]]],
  // A hedge hyphened onto a scale word, as onto digits ("300-plus").
  ["a million-plus shells", [[1e6, "", "shells", "at_least"]]],
  ["1 million-plus shells", [[1e6, "", "shells", "at_least"]]],
  // Counts before a model's or a calibre's number: the model's number counts nothing, nor a currency in its name ("KN" is no kuna).
  ["12 KN-23 missiles", [[12, "", "missiles", "exact"]]],
  ["40 Leopard 2 tanks", [[40, "", "tanks", "exact"]]],
  ["four Boeing 737 jets", [[4, "", "jets", "exact"]]],
  ["5,000 152mm shells", [[5000, "", "shells", "exact"]]],
  // No amount: names of models and documents, calibres, ages, clock times, years, ranks, pages, phones.
  ...[
    "KN-23 missiles", "Su-27 jets", "F-16 parts", "Boeing 737 parts", "Leopard 2 tanks", "Challenger 2 tanks", "Shahed 136 drones",
    "Windows 10 laptops", "troops under Resolution 1718", "troops under Article 5 of the pact", "G7 aid", "152mm shells",
    "155-millimeter shells", "a 45-year-old soldier", "a soldier aged 19", "soldiers aged 18 to 25", "troops at 0800 GMT",
    "troops at 3 p.m.", "troops at 15:30", "the 8th Regiment", "its third brigade", "the No. 1 unit", "1990s-era tanks",
    "troops in 2024", "troops in the 1990s", "the 2023-24 budget", "its 70th-anniversary gift",
    "a hotline on +56 2 2345 6789", "a 40-page report", "20 percent of its troops", "a 20% rise in aid", "one in five of the drones", "troops to the 2+2 talks",
  ].map((phrase): [string, Row[]] => [phrase, []]),
];

describeAmountMatrix("the frame matrix of amount phrases and clauses", phrases, clauses);

const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("amounts the table tells apart by their construction", () => {
  it("reads one of a kind picked out by a ranking adjective as no amount ('one of the top exporters')", () => {
    expect(rows("Chile is one of the top arms exporters, and Peru one of the leading drone makers.")).toEqual([]);
  });

  it("reads a subject's level given by 'estimated at' or 'in the' before a magnitude", () => {
    expect(rows("Peruvian casualties are estimated in the hundreds of thousands.")).toEqual([["hundreds of thousands", 100000, "casualties", "personnel"]]);
    expect(rows("Chilean deaths were put at 300.")).toEqual([["300", 300, "deaths", "personnel"]]);
    // One magnitude alone after "in the" / "into the" is a level too.
    expect(rows("Peruvian casualties ran into the thousands.")).toEqual([["thousands", 1000, "casualties", "personnel"]]);
    expect(rows("We met them in the thousands.")).toEqual([]);
  });

  it("reads an area after a vague magnitude as a measure, not a count", () => {
    expect(rows("Chile seized hundreds of square kilometres of Peruvian land.")).toEqual([]);
  });

  it("keeps one row for an aircraft count told again under another name", () => {
    expect(rows("Peru ordered 26 Rafale jets in May. The 26 aircraft will arrive in 2027.")).toEqual([["26 Rafale jets", 26, "jets", "count"]]);
  });

  it("keeps one row for an approximate sum with decimals that an earlier figure rounds to", () => {
    expect(rows("Chile will spend €82.69 billion on defence. The budget is around €82.6 billion, while Peru's is about €82.5 billion.")).toEqual([
      ["€82.69 billion", 82.69e9, "EUR", "money"],
      ["about €82.5 billion", 82.5e9, "EUR", "money"],
    ]);
  });

  it("reads every sum of a bracketed list after a sum as its conversion", () => {
    expect(rows("The families paid 2,000 Russian rubles (68 lari, USD 31) to the guards.")).toEqual([["2,000 Russian rubles", 2000, "RUB", "money"]]);
  });
});

describe("a list of counts whose noun the later items leave out", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);

  it("reads an item told by 'with', 'under' or a verb in -ing as the noun counted first", () => {
    expect(brief("The clinic in Arica treated 17 people with burns, 29 with cuts, 300 under observation, and 41 suffering from shock.")).toEqual([
      ["17 people", 17, "people"],
      ["29", 29, "people"],
      ["300", 300, "people"],
      ["41", 41, "people"],
    ]);
    expect(brief("Chile has 40 tanks in Tacna, with 12 under repair.")).toEqual([["40 tanks", 40, "tanks"], ["12", 12, "tanks"]]);
  });

  it("reads a part after 'including' and an item whose own clause opens with an auxiliary", () => {
    expect(brief("Peru recorded 28 deaths, including four on the last day.")).toEqual([["28 deaths", 28, "deaths"], ["four", 4, "deaths"]]);
    expect(brief("Twelve countries abstained and one did not vote.")).toEqual([["Twelve countries", 12, "countries"], ["one", 1, "countries"]]);
  });
});

describe("a number set aside after what it counts", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);

  it("reads it between commas, after the noun or a short clause ending in it, and with a word of totals", () => {
    expect(brief("Chile sent troops, about 8,000 in all, to Peru.")).toEqual([["about 8,000", 8000, "troops"]]);
    expect(brief("The troops Chile sent, some 8,000, reached Peru.")).toEqual([["some 8,000", 8000, "troops"]]);
    expect(brief("Chile sent tanks (40 in total) to Peru.")).toEqual([["40", 40, "tanks"]]);
    // Between commas only a noun the dictionary sorts is counted: "talks" are none.
    expect(brief("After the talks, 40, said the minister, was the figure.")).toEqual([]);
  });
});

describe("modifiers between a number and its noun", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);

  it("reads a dotted initialism hyphened onto a participle ('U.S.-made') and keeps a model's name as its unit", () => {
    expect(brief("Chile sent 1,200 U.S.-made Javelin missiles and 40 U.K.-built F-16s to Peru.")).toEqual([
      ["1,200 U.S.-made Javelin missiles", 1200, "missiles"],
      ["40 U.K.-built F-16s", 40, "F-16s"],
    ]);
  });
});

describe("precision: amounts a construction shows are no material amount", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);

  it("reads a hyphened weight before one thing as its size, but before a noun of amount as the amount", () => {
    expect(brief("Chile moved an 80-ton liquid fuel engine to Peru.")).toEqual([]);
    expect(brief("Peru launched its new 5,000-ton vessel.")).toEqual([]);
    expect(brief("Chile sent a 1,000-ton shipment of rice to Peru.")).toEqual([["1,000-ton", 1000, "metric tons"]]);
    expect(brief("The council set a 500,000-barrel-per-year limit on Peru.")).toEqual([["500,000-barrel-per-year", 500000, "barrels"]]);
  });
});

describe("a change's size or start before its new level", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.value_max, q.unit]);

  it("reads the level after 'to' as what the subject or the changed object counts, and 'by/from X to Y' as no range", () => {
    expect(brief("Chilean troops in Tacna rose by 3,000 to 12,000.")).toEqual([["12,000", 12000, "", "troops"]]);
    expect(brief("Peruvian casualties climbed from 9,000 to 12,000.")).toEqual([["12,000", 12000, "", "casualties"]]);
    expect(brief("Chilean deaths doubled to 300 in a week.")).toEqual([["300", 300, "", "deaths"]]);
    expect(brief("Chile doubled its troops in Tacna to 12,000.")).toEqual([["12,000", 12000, "", "troops"]]);
    expect(brief("Chile increased its troop presence by 3,000 to 12,000 soldiers.")).toEqual([["12,000 soldiers", 12000, "", "soldiers"]]);
    expect(brief("Chile raised its aid by $3 million to $12 million.")).toEqual([["$3 million", 3e6, "", "USD"], ["$12 million", 12e6, "", "USD"]]);
    expect(brief("Chilean troops in Tacna rose by 20% to 12,000.")).toEqual([["12,000", 12000, "", "troops"]]);
    expect(brief("Chilean troops in Tacna rose 3,000 to 12,000.")).toEqual([["3,000", 3000, "", "troops"], ["12,000", 12000, "", "troops"]]);
    // With no change word "from … to …" stays a range, and so does a level's range after "to".
    expect(brief("Chile sent from 10 to 12 tanks.")).toEqual([["10 to 12 tanks", 10, 12, "tanks"]]);
    expect(brief("Chilean output rose to 10 to 12 missiles a month.")).toEqual([["10 to 12 missiles", 10, 12, "missiles"]]);
    // A step's range after "by" whose top is not twice its bottom is no new level.
    expect(brief("Chile cut its fleet by 10 to 15 tanks.")).toEqual([["10 to 15 tanks", 10, 15, "tanks"]]);
  });
});

describe("a number after a capitalised word", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);

  it("ends a model's name, but counts after a state the gazetteer knows and in a Title Case headline", () => {
    expect(brief("Chile Deploys 40 Tanks To Peru As Border Tension Rises")).toEqual([["40 Tanks", 40, "tanks"]]);
    expect(brief("Peru Says Chile Fired 12 KN-23 Missiles At Lima")).toEqual([["12 KN-23 Missiles", 12, "missiles"]]);
    // In Title Case a model's name follows a verb; a verb the tagger calls a name ("Orders") does not end one.
    expect(brief("Chile Deploys Shahed 136 Drones Near Peru As Talks Stall")).toEqual([]);
    expect(brief("Chile Orders 40 Tanks, Fires 12 Missiles At Peru")).toEqual([["40 Tanks", 40, "tanks"], ["12 Missiles", 12, "missiles"]]);
    expect(brief("Chile gave Peru 40 tanks.")).toEqual([["40 tanks", 40, "tanks"]]);
    expect(brief("Boeing 737 jets flew from Chile to Peru.")).toEqual([]);
    expect(brief("Chile paid 500 kn for each.")).toEqual([["500 kn", 500, "HRK"]]);
    // A unit after the number measures the named thing: no model number.
    expect(extractAllQuantities(makeDoc("Peru bought the Tylenol 500 mg pack and a MacBook Pro 16 inch model.")).map((q) => [q.value, q.unit])).toEqual([[500, "milligrams"], [16, "inches"]]);
  });
});
