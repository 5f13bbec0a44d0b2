/**
 * Amounts whose noun or currency the sentence leaves out, and people told only by what befell
 * them: each construction read from ten sentences of our own.
 */
import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";

describe("people told by what befell them, past an auxiliary and a linking word", () => {
  it.each([
    ["Thousands were left homeless after the floods.", "Thousands", 1000],
    ["Dozens feared dead as the ferry capsized.", "Dozens", 24],
    ["Hundreds were also wounded in the blast.", "Hundreds", 100],
    ["Thousands were later evacuated from the valley.", "Thousands", 1000],
    ["Scores are believed dead after the bombing.", "Scores", 40],
    ["Hundreds more were injured in the second wave.", "Hundreds more", 100],
  ])("%s", (sentence, text, value) => {
    expect(brief(quantities(sentence))).toEqual([[text, value, "at_least", "people", "personnel"]]);
  });

  it.each([
    ["At least 40 were reported missing after the landslide.", "At least 40 were reported missing", 40, "at_least", "people"],
    ["Twelve are still missing in the mountains.", "Twelve are still missing", 12, "exact", "people"],
    ["About 300 remain missing under the rubble.", "About 300 remain missing", 300, "approx", "people"],
    ["The coast guard said 50 were confirmed dead.", "50 were confirmed dead", 50, "exact", "people"],
  ])("%s", (sentence, text, value, bound, unit) => {
    expect(brief(quantities(sentence))).toEqual([[text, value, bound, unit, "personnel"]]);
  });

  it("leaves a number before a linking word and no casualty word out", () => {
    expect(quantities("The 300 were left behind at the port.")).toEqual([]);
    expect(quantities("Some 40 were reported to have crossed the river.")).toEqual([]);
  });
});

describe("a sum with a scale word in a clause that names a price or a value", () => {
  it.each([
    ["The contract is worth 4.5 billion.", "4.5 billion", 4.5e9, "exact"],
    ["The deal was valued at 900 million.", "900 million", 9e8, "exact"],
    ["The estimated cost of the programme is 12 billion.", "12 billion", 12e9, "exact"],
    ["The total value of the order is 2.7 billion, officials said.", "2.7 billion", 2.7e9, "exact"],
    ["The ministry set the budget at 1.2 trillion for next year.", "1.2 trillion", 1.2e12, "exact"],
    ["Kidnappers demanded a ransom of 5 million.", "5 million", 5e6, "exact"],
    ["The firm reported a loss of 3.4bn last year.", "3.4bn", 3.4e9, "exact"],
    ["The agreement is priced at roughly 600 million.", "roughly 600 million", 6e8, "approx"],
    ["A court imposed a fine of 25 million on the shipper.", "25 million", 25e6, "exact"],
    ["Annual revenue reached 8.1 billion.", "8.1 billion", 8.1e9, "exact"],
  ])("%s", (sentence, text, value, bound) => {
    expect(brief(quantities(sentence))).toEqual([[text, value, bound, "", "money"]]);
  });

  it("leaves a bare scaled number out where no price or value is named, or a clause break stands between", () => {
    expect(quantities("The region is home to 4 million.")).toEqual([]);
    expect(quantities("Officials said it was worth it, and 2 million had signed.")).toEqual([]);
    expect(quantities("The deal was valued at 900.")).toEqual([]);
  });
});

describe("a bare number that ends a verb's object, its noun said before", () => {
  it.each([
    ["Germany promised 5,000 helmets; Britain promised 10,000.", "10,000", 10000, "helmets"],
    ["The army has 120 tanks, the navy has 30.", "30", 30, "tanks"],
    ["The plant produced 2,000 drones in May and had produced 1,500 in April.", "1,500", 1500, "drones"],
    ["The allies delivered 40 tanks last year and have pledged 60 for next year.", "60", 60, "tanks"],
    ["Police arrested 20 protesters on Monday and released 12 on Tuesday.", "12", 12, "protesters"],
    ["The ministry counted 300 attacks in the north and recorded 450 in the south.", "450", 450, "attacks"],
    ["Officials sent 900 tents to the camp and shipped 600 by sea.", "600", 600, "tents"],
    ["The shipyard built 8 frigates and repaired 11.", "11", 11, "frigates"],
    ["The agency distributed 3,000 blankets, and volunteers handed out 2,000.", "2,000", 2000, "blankets"],
  ])("%s", (sentence, text, value, unit) => {
    const rows = quantities(sentence);
    expect(rows).toHaveLength(2);
    expect([rows[1].text, rows[1].value, rows[1].unit]).toEqual([text, value, unit]);
  });

  it("reads a number after a verb of measure as an age, a rank or a score, not an object", () => {
    expect(quantities("The two soldiers, both aged 20, were captured in May.").map((r) => r.text)).toEqual(["two soldiers"]);
    expect(quantities("The team scored 3 goals and ranked 5 in the league.").map((r) => r.text)).toEqual(["3 goals"]);
    expect(quantities("Police held 12 suspects and questioned them for 4 hours.").map((r) => r.text)).toEqual(["12 suspects"]);
  });
});

describe("a part of things counted", () => {
  it.each([
    ["Three of the four raids targeted fuel depots.", "Three of the four raids", 3, "raids"],
    ["Six of the nine ships were damaged.", "Six of the nine ships", 6, "ships"],
    ["Two of the five convoys reached the city.", "Two of the five convoys", 2, "convoys"],
    ["Four of the trucks carried flour.", "Four of the trucks", 4, "trucks"],
    ["Seven of the 12 helicopters were grounded.", "Seven of the 12 helicopters", 7, "helicopters"],
  ])("%s", (sentence, text, value, unit) => {
    expect([quantities(sentence)[0].text, quantities(sentence)[0].value, quantities(sentence)[0].unit]).toEqual([text, value, unit]);
  });

  it("counts a part told by a pronoun as what the sentence counted", () => {
    expect(brief(quantities("Around 20 states joined the scheme, but only five of them paid."))).toEqual([
      ["Around 20 states", 20, "approx", "states", "count"],
      ["five", 5, "exact", "states", "count"],
    ]);
  });
});

describe("a pair of parties re-named after 'between' or a copula", () => {
  it.each([
    "The war between two rival factions dragged on.",
    "Seoul and Tokyo are two close allies.",
    "The talks between the two rivals stalled.",
    "A truce is an agreement between two or more countries.",
    "Ankara and Athens were two bitter adversaries.",
  ])("%s", (sentence) => {
    expect(quantities(sentence)).toEqual([]);
  });

  it("counts a larger number of parties, and things that are no parties", () => {
    expect(quantities("Trade between 12 nations grew last year.").map((r) => r.text)).toEqual(["12 nations"]);
    expect(quantities("Officials said there were two ships in the port.").map((r) => r.text)).toEqual(["two ships"]);
  });
});

describe("people who speak for parties", () => {
  it("counts delegations, envoys and negotiators, which are people sent, not the parties", () => {
    expect(quantities("The two delegations met in Doha.").map((r) => r.text)).toEqual(["two delegations"]);
    expect(quantities("Its 12 envoys left on Monday.").map((r) => r.text)).toEqual(["12 envoys"]);
  });
});

describe("a bare number after a body and 'of' counts its members", () => {
  it.each([
    ["A crew of 25 was rescued.", "25", 25, "crew members", "personnel"],
    ["The strike killed a family of five.", "five", 5, "people", "personnel"],
    ["Moscow sent a force of some 2,000 to the border.", "some 2,000", 2000, "troops", "personnel"],
    ["A fleet of 40 sailed past the strait.", "40", 40, "vessels", "count"],
    ["A group of 12 was detained at the checkpoint.", "12", 12, "people", "personnel"],
    ["A convoy of 70 reached the city.", "70", 70, "vehicles", "count"],
    ["A contingent of 500 landed on Monday.", "500", 500, "troops", "personnel"],
    ["A platoon of 30 held the bridge.", "30", 30, "troops", "personnel"],
  ])("%s", (sentence, text, value, unit, category) => {
    expect(quantities(sentence).map((r) => [r.text, r.value, r.unit, r.category])).toEqual([[text, value, unit, category]]);
  });

  it("counts the noun after the number where there is one, and leaves a year after a body alone", () => {
    expect(quantities("A team of 30 engineers arrived.").map((r) => [r.text, r.unit])).toEqual([["30 engineers", "engineers"]]);
    expect(quantities("The unit of 1990 was disbanded.")).toEqual([]);
  });
});
