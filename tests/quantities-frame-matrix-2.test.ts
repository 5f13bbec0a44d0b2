import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";
import { describeAmountMatrix, pageQuantities, type Row } from "./quantities-matrix.ts";

/**
 * A second frame matrix (the first is quantities-frame-matrix.test.ts): constructions read on
 * real pages, each in several shapes of its own, with sentences invented for the test.
 */
const page = (title: string, body: string) => {
  const { raw, rows } = pageQuantities(title, body);
  return rows.map((q) => [q.text, raw.slice(0, q.char_start).split("\n").length - 5]);
};

describe("the lead-in above the report: headline, deck, wrapped first paragraph", () => {
  it("reads a deck under the headline, a line with no stop, as a teaser the report's mention replaces", () => {
    // [text, line of the body the row stands on]
    expect(page("Peru moves troops north", "Six Chilean sailors and two Peruvian guards were hurt in the clash\n\nLima said on Monday that six Chilean sailors were hurt in a clash at sea, and that two Peruvian guards also needed care.")).toEqual([
      ["six Chilean sailors", 3],
      ["two Peruvian guards", 3],
    ]);
    expect(page("Chile Sends Tanks To Peru", "Forty tanks cross the border in a week of drills\nLatin America desk\n\nChile sent 40 tanks across the border with Peru in a week of drills, the army said on Monday.")).toEqual([["40 tanks", 4]]);
  });

  it("reads a hard-wrapped first paragraph, whose lines end in no stop, as the report", () => {
    const wrapped = [
      "Lima desk | Edited by the night staff",
      "Peruvian state media reported drone",
      "strikes on two depots held by a rebel group in",
      "Chile. The strikes followed a week of raids by the",
      "navy on camps along the coast, the media said.",
      "The rebels said later that two guards had been",
      "killed in the strikes and that the depots burned.",
    ].join("\n");
    expect(page("Peru strikes rebel depots", wrapped)).toEqual([["two depots", 3], ["two guards", 6]]);
  });
});


/** Clauses of other shapes than the first matrix's: coordination, a relative clause, a fronted adverbial, a question, a headline. */
const clauses: ((phrase: string) => string)[] = [
  (p) => `Chile sent ${p} to Peru and Bolivia last week.`,
  (p) => `${p[0].toUpperCase()}${p.slice(1)} have reached Peru, the ministry in Lima said on Monday.`,
  (p) => `The convoy that carried ${p} reached Peru on Monday.`,
  (p) => `Since May, Chile has quietly shipped ${p} to Peru.`,
  (p) => `Did Chile really send ${p} to Peru?`,
  (p) => `Peru wants Chile to stop sending ${p} across the border.`,
  (p) => `Officials in Lima, citing satellite images, said Chile had moved ${p} north.`,
];

const phrases: [string, Row[]][] = [
  // Parts of a scale count whole things; a pair and a trio are exactly two and three.
  ["a third of a million shells", [[333333, "", "shells", "exact"]]],
  ["more than a third of a million shells", [[333333, "", "shells", "at_least"]]],
  ["a pair of drones", [[2, "", "drones", "exact"]]],
  ["a trio of drones", [[3, "", "drones", "exact"]]],
  // A value word hyphened onto a scale ("$2bn-worth") reads as the sum it is worth.
  ["$2bn-worth of arms", [[2e9, "", "USD", "exact"]]],
  ["$2 billion-worth of arms", [[2e9, "", "USD", "exact"]]],
  ["₩1.2tn-worth of shells", [[1.2e12, "", "KRW", "exact"]]],
  ["1.5 billion euros in aid", [[1.5e9, "", "EUR", "exact"]]],
  // Hedges of nearness, of a floor and of a ceiling.
  ["roughly 400 tanks", [[400, "", "tanks", "approx"]]],
  ["upwards of 400 tanks", [[400, "", "tanks", "at_least"]]],
  ["as many as 400 tanks", [[400, "", "tanks", "at_most"]]],
  ["no fewer than 400 tanks", [[400, "", "tanks", "at_least"]]],
  // Ranges: a scale on the upper end is the lower end's too.
  ["from 3 to 5 million shells", [[3e6, 5e6, "shells", "exact"]]],
  ["10,000-12,000 troops", [[10000, 12000, "troops", "exact"]]],
  // No amount: a unit's ordinal, a model's number, a calibre, an age, a resolution's number.
  ...["the 2nd Brigade's tanks", "Kh-101 missiles", "F-16s", "shells of the 155mm calibre", "a 23-year-old soldier's rifle", "arms banned by Resolution 2270"].map((phrase): [string, Row[]] => [phrase, []]),
];

describeAmountMatrix("a second frame matrix of amount phrases and clauses", phrases, clauses);

describe("a change's size or start before its new level, in several shapes", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit]);

  it("reads a count noun's level after 'to', not its step after 'by' or its start after 'from'", () => {
    for (const sentence of [
      "The death toll rose by 12 to 40.",
      "The death toll in Arica has climbed by 12 to 40 since Monday.",
      "Officials said the death toll had risen by 12 to 40.",
      "The death toll, which jumped from 12 to 40 overnight, is expected to rise.",
      "Peru said the death toll was likely to climb by 12 to 40 by Friday.",
    ]) expect([sentence, brief(sentence)]).toEqual([sentence, [["40", 40, "people"]]]);
    expect(brief("The number of dead soldiers rose by 12 to 40.")).toEqual([["40", 40, "soldiers"]]);
  });

  it("reads a hedged step the same as a bare one", () => {
    expect(brief("Chilean troops in Tacna rose nearly 3,000 to 12,000.")).toEqual([["nearly 3,000", 3000, "troops"], ["12,000", 12000, "troops"]]);
    expect(brief("Chilean troops in Tacna rose by nearly 3,000 to 12,000.")).toEqual([["12,000", 12000, "troops"]]);
    expect(brief("Chilean troops in Tacna grew by some 20% to about 12,000.")).toEqual([["about 12,000", 12000, "troops"]]);
  });
});

describe("the tallies of votes, each vote its own", () => {
  const values = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.value, q.unit]);

  it("keeps a side two votes share once for each vote, in one sentence or two", () => {
    expect(values("The Chilean bill passed on a 366-58 vote, and the Peruvian bill passed 360-58.")).toEqual([[366, "votes"], [58, "votes"], [360, "votes"], [58, "votes"]]);
    expect(values("The Chilean bill passed on a 366-58 vote.\n\nLater the House voted 360-58 to back a second bill.")).toEqual([[366, "votes"], [58, "votes"], [360, "votes"], [58, "votes"]]);
    // One vote told twice is one.
    expect(values("The Senate approved the bill 79-18. The 79-18 vote came late on Monday.")).toEqual([[79, "votes"], [18, "votes"]]);
  });

  it("reads a tally set off by a comma in a sentence that votes, and no score", () => {
    expect(values("The Chilean bill passed on a 366-58 vote; a bill to help Peru also won strong support, 385-34.")).toEqual([[366, "votes"], [58, "votes"], [385, "votes"], [34, "votes"]]);
    expect(values("Peru won the vote, 385-34, after a long debate.")).toEqual([[385, "votes"], [34, "votes"]]);
    expect(values("Chile beat Peru in the final, 3-1.")).toEqual([]);
    expect(values("Chile beat Peru, 3-1, in the final on Monday.")).toEqual([]);
  });
});

describe("durations counted in nights", () => {
  it("reads nights and fortnights as time, no amount", () => {
    expect(extractQuantities(makeDoc("The tour includes seven nights in Lima, and the shelling went on for three nights."))).toEqual([]);
  });
});

describe("a part of a body whose strength is written onto a number", () => {
  const brief = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.value, q.unit]);

  it("counts members of a body of any name after a strength in members, whatever determines it", () => {
    for (const sentence of [
      "The resolution, backed by 19 of the Andean Council's 35-member board of governors, was proposed by Chile.",
      "The resolution was backed by 19 of the 35-member board.",
      "Nineteen of the council's 35-member board backed the resolution.",
      "Chile said that 19 of its 35-member panel had resigned.",
    ]) expect([sentence, brief(sentence)]).toEqual([sentence, [[19, "members"]]]);
    // The strength alone describes the body: no amount.
    expect(brief("The plan was backed by the 35-member board.")).toEqual([]);
  });

  it("counts a part of a body the dictionary knows, and its strength too", () => {
    expect(brief("Chile sent 40 of its 1,000-strong force to Peru.")).toEqual([[40, "troops"], [1000, "troops"]]);
  });
});

describe("other stories' teasers listed after the report", () => {
  const texts = (body: string) => extractQuantities(makeDoc(body)).map((q) => q.text);
  const report = "Chile sent 40 tanks to the border with Peru on Monday, the army in Santiago said.";

  it("reads no amount of a list under a heading of its own line, bulleted or not", () => {
    expect(texts(`${report}\n\nRelated News\n- Lima reports about 150 new border incidents\n- Peru buys 12 drones from Bolivia`)).toEqual(["40 tanks"]);
    expect(texts(`${report}\n\nRelated Articles:\n\nPeru buys 12 drones from Bolivia\n\nLima reports about 150 border incidents`)).toEqual(["40 tanks"]);
  });

  it("reads the report's prose again after the list, and nothing after a wire's end mark", () => {
    expect(texts(`Related News\n- Peru buys 12 drones from Bolivia\n\n${report}`)).toEqual(["40 tanks"]);
    expect(texts(`${report}\nana@wire.example\n(END)\n-\n(URGENT) Peru reports 7,102 new cases of flu`)).toEqual(["40 tanks"]);
  });
});

describe("a body's name with 'of' and a number", () => {
  it("reads 'the Group of 20' as a name, and 'a group of 20' as its members", () => {
    const values = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.value, q.unit]);
    expect(values("The Group of 20 met in Lima.")).toEqual([]);
    expect(values("Peru said a group of 20 had crossed the border.")).toEqual([[20, "people"]]);
  });
});

describe("a plural noun before the head it modifies", () => {
  it("reads the head the analysis layer tags a noun after a known plural ('arms makers'), and 'a pair of' for the table alone", () => {
    const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.unit]);
    expect(rows("Chile's 10 biggest arms makers met in Lima.")).toEqual([["10 biggest arms makers", "makers"]]);
    expect(rows("Chile sold 12 arms companies to Peru.")).toEqual([["12 arms companies", "companies"]]);
    expect(rows("Chile sent 40 arms shipments to Peru.")).toEqual([["40 arms shipments", "shipments"]]);
    expect(extractAllQuantities(makeDoc("He will advise a pair of companies in Peru."))).toEqual([]);
  });
});
