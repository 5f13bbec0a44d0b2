import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";
import { describeAmountMatrix, pageQuantities, type Row } from "./quantities-matrix.ts";

/**
 * A fifth frame matrix: bounds written after the counted noun ("5,000 troops or more"), two
 * magnitudes offered as alternatives ("hundreds or thousands of"), the units the table writes for
 * unqualified tons and for people named by a demonym, and rates that are no amounts ("12 rockets
 * a minute"). Each phrase stands in clauses of many shapes; the sentences are invented.
 */

const clauses: ((phrase: string) => string)[] = [
  (p) => `Chile sent ${p} to Peru last week.`,
  (p) => `Peru said Chile had sent ${p}, officials said.`,
  (p) => `Chile is believed to have sent ${p} to Peru.`,
  (p) => `Chile agreed to send ${p} to Peru.`,
  (p) => `Peru accused Chile of sending ${p} across the border.`,
  (p) => `Chile's delivery of ${p} to Peru angered Lima.`,
  (p) => `Chile did not send ${p} to Peru.`,
  (p) => `Chile could soon send ${p}, which Peru fears, to the front.`,
  (p) => `Chile, which sent ${p} in May, denied it.`,
];

const phrases: [string, Row[]][] = [
  // A hedge after the noun bounds the amount as one after the number does ("5,000 or more troops").
  ["5,000 troops or more", [[5000, "", "troops", "at_least"]]],
  ["40 missiles or fewer", [[40, "", "missiles", "at_most"]]],
  ["a dozen drones or so", [[12, "", "drones", "approx"]]],
  ["300 tanks, give or take,", [[300, "", "tanks", "approx"]]],
  ["200 tons of fuel or more", [[200, "", "metric tons", "at_least"]]],
  ["12 jets at most", [[12, "", "jets", "at_most"]]],
  // Two magnitudes offered as alternatives make one vague range, at least the lower.
  ["a few hundred or a few thousand shells", [[100, 1000, "shells", "at_least"]]],
  ["hundreds or thousands of dollars", [[100, 1000, "USD", "at_least"]]],
  ["dozens or hundreds of drones", [[24, 100, "drones", "at_least"]]],
  ["thousands or tens of thousands of troops", [[1000, 10000, "troops", "at_least"]]],
  // A floor and a ceiling joined by "and" bound one amount.
  ["at least 1,000 and as many as 1,500 soldiers", [[1000, 1500, "soldiers", "at_least"]]],
  ["more than 1,000 and fewer than 1,500 soldiers", [[1000, 1500, "soldiers", "at_least"]]],
  ["over 20 and as many as 30 missiles", [[20, 30, "missiles", "at_least"]]],
  // Tons unqualified are metric tons, as the guide writes weight; a short ton is said so.
  ["74,000 tons of explosives", [[74000, "", "metric tons", "exact"]]],
  ["more than 50 tons of rockets", [[50, "", "metric tons", "at_least"]]],
  ["3 short tons of rice", [[3, "", "short tons", "exact"]]],
  // People counted by a demonym are people.
  ["300 Palestinians", [[300, "", "people", "exact"]]],
  ["some 162 Georgians", [[162, "", "people", "approx"]]],
  ["2,000 Nepalis", [[2000, "", "people", "exact"]]],
];

describeAmountMatrix("a bound after the noun, alternative magnitudes, tons and demonyms, in every clause", phrases, clauses);

const rows = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit, q.bound]);

describe("a hedge's words that open another amount stay with it", () => {
  it("reads 'or more' before a noun or a hedge, and a ceiling of other things, as the next amount's", () => {
    expect(rows("Chile fired 40 missiles or more drones at Peru.")).toEqual([["40 missiles", 40, "missiles", "exact"]]);
    expect(rows("Chile fired 40 missiles or fewer than 50 drones at Peru.")).toEqual([
      ["40 missiles", 40, "missiles", "exact"],
      ["fewer than 50 drones", 50, "drones", "at_most"],
    ]);
    expect(rows("Chile fired at least 7 missiles or more than 20 drones.")).toEqual([
      ["at least 7 missiles", 7, "missiles", "at_least"],
      ["more than 20 drones", 20, "drones", "at_least"],
    ]);
    expect(rows("Chile sent at least 1,000 soldiers and as many as 1,500 tanks.")).toEqual([
      ["at least 1,000 soldiers", 1000, "soldiers", "at_least"],
      ["as many as 1,500 tanks", 1500, "tanks", "at_most"],
    ]);
  });
});

describe("things counted for each second, minute or hour: a rate, no amount", () => {
  it("reads no amount in a rate of fire, in every frame", () => {
    for (const s of [
      "Chile's launchers fire two rockets every five minutes.",
      "The launcher can fire 12 rockets a minute, Peru said.",
      "The gun, which fires 600 rounds per minute, was sent to Peru.",
      "Peru is believed to have fired one rocket every ten seconds.",
      "Chile denied firing 30 shells an hour at Peru.",
    ]) expect(rows(s), s).toEqual([]);
  });

  it("keeps a count a day, a month or a year, and amounts beside a rate", () => {
    expect(rows("The factory makes 100 drones a month.")).toEqual([["100 drones", 100, "drones", "exact"]]);
    expect(rows("Chile imports 500,000 barrels of oil a year.")).toEqual([["500,000 barrels of oil", 500000, "barrels", "exact"]]);
    expect(rows("Chile fired 40 drones every night.")).toEqual([["40 drones", 40, "drones", "exact"]]);
    expect(rows("Chile fired 12 rockets at Peru, a minute after midnight.")).toEqual([["12 rockets", 12, "rockets", "exact"]]);
    expect(rows("Chile fired two rockets every five minutes, killing 40 soldiers.")).toEqual([["40 soldiers", 40, "soldiers", "exact"]]);
  });
});

describe("a headline's amount that the report tells only as one the table leaves out", () => {
  const page = (title: string, body: string) => pageQuantities(title, body).rows.map((q) => [q.text, q.value, q.unit]);
  const reports = [
    "SANTIAGO (AP) -- Chile will pay 4.6 billion Australian dollars ($3 billion) to Peru for ships, the ministry said on Monday.",
    "Chile will pay 4.6 billion Australian dollars, or about $3 billion, to Peru for ships, the ministry said on Monday.",
    "Chile is believed to have agreed to pay 4.6 billion Australian dollars (equivalent to $3 billion) for ships.",
  ];
  it("leaves out the headline's sum, told again in the report as a conversion, whatever the headline's shape", () => {
    for (const title of ["$3 Billion Deal Gets Chile Closer To A Fleet", "Chile to pay $3 billion for Peruvian ships", "Chile agrees $3bn ship deal with Peru"]) {
      for (const body of reports) expect(page(title, body), `${title} / ${body}`).toEqual([["4.6 billion Australian dollars", 4.6e9, "AUD"]]);
    }
  });

  it("leaves out a headline's population that the report gives as a town's", () => {
    expect(page("Floods cut off town of 16,000 people", "Floods cut off Arica, a town of 16,000 people, on Monday, officials said.")).toEqual([]);
  });

  it("keeps a headline's amount the report does not tell, or tells as an amount", () => {
    expect(page("Chile to send 3,000 troops to Peru", "Chile will pay 4.6 billion Australian dollars ($3 billion) for ships, the ministry said.")).toEqual([
      ["3,000 troops", 3000, "troops"],
      ["4.6 billion Australian dollars", 4.6e9, "AUD"],
    ]);
    expect(page("Chile to pay $3 billion for Peruvian ships", "Chile will pay $3 billion for ships, the ministry said on Monday.")).toEqual([["$3 billion", 3e9, "USD"]]);
  });
});

describe("a claimant described after an age written as one hyphened word", () => {
  const claimants = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.attributed_to]);
  it("names the claimant without the age's fragment, before or after the amount", () => {
    expect(claimants("The 45-year-old minister said Chile had 30 jets.")).toEqual([["30 jets", "minister"]]);
    expect(claimants("A 45-year-old defense official said Chile had 30 jets.")).toEqual([["30 jets", "defense official"]]);
    expect(claimants("Chile had 30 jets, the 45-year-old minister said.")).toEqual([["30 jets", "minister"]]);
    expect(claimants("Chile had 30 jets, a 52-year-old Peruvian official said.")).toEqual([["30 jets", "Peruvian official"]]);
    expect(claimants("Chile had 30 jets, a well-placed Peruvian official said.")).toEqual([["30 jets", "well-placed Peruvian official"]]);
  });
});

describe("the size of the field a rank is given in: 'ranks third among 40 countries'", () => {
  it("reads no amount in the field, the rank in words or digits, in every frame", () => {
    for (const s of [
      "Chile ranks 3rd among 40 countries.",
      "Chile ranked third among 40 countries in arms exports, a report said.",
      "Peru placed 5th out of 32 states, the report said.",
      "Chile is believed to have come last of 12 bidders.",
      "Chile, which ranks second among 30 exporters, did not bid.",
    ]) expect(rows(s), s).toEqual([]);
  });

  it("keeps the counts of a series a rank after a determiner places one in, and amounts beside a rank", () => {
    expect(rows("Chile sent the first of 12 jets to Peru.")).toEqual([["12 jets", 12, "jets", "exact"]]);
    expect(rows("Chile sent 40 tanks, the third of 12 shipments.")).toEqual([["40 tanks", 40, "tanks", "exact"], ["12 shipments", 12, "shipments", "exact"]]);
    expect(rows("Chile, which ranks second among 30 exporters, sold 40 tanks.")).toEqual([["40 tanks", 40, "tanks", "exact"]]);
    expect(rows("The first 300 troops arrived on Monday.")).toEqual([["300 troops", 300, "troops", "exact"]]);
    expect(rows("Peru will receive a first batch of six tanks in May.")).toEqual([["six tanks", 6, "tanks", "exact"]]);
    expect(rows("Peru will receive a first shipment of 40 drones in May.")).toEqual([["40 drones", 40, "drones", "exact"]]);
  });
});

describe("the category of a model's name counted as the head, and of people the dictionary lacked", () => {
  const sorted = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.unit, q.category]);
  const frames = [
    (p: string) => `Chile sent ${p} to Peru.`,
    (p: string) => `Peru said ${p} had been sent by Chile.`,
    (p: string) => `Chile is believed to have bought ${p}, officials said.`,
    (p: string) => `Chile denied delivering ${p} to Peru.`,
  ];
  it("makes munitions of letters and a number hyphened, counted in the plural", () => {
    for (const frame of frames) {
      for (const [phrase, unit] of [["40 F-16s", "F-16s"], ["two KN-23s", "KN-23s"], ["12 MiG-29s", "MiG-29s"], ["4 S-400s", "S-400s"], ["12 T-90Ms", "T-90Ms"]]) {
        expect(sorted(frame(phrase)), frame(phrase)).toEqual([[phrase, unit, "munitions"]]);
      }
    }
  });

  it("keeps a model's number without letters hyphened a count", () => {
    expect(sorted("Chile bought 12 Boeing 737s.")).toEqual([["12 Boeing 737s", "737s", "count"]]);
  });

  it("makes personnel of girls, boys, patients, police and POWs", () => {
    for (const frame of frames) {
      for (const [phrase, unit] of [["five girls", "girls"], ["three boys", "boys"], ["23 patients", "patients"], ["230 Kenyan police", "police"], ["2 POWs", "POWs"]]) {
        expect(sorted(frame(phrase)), frame(phrase)).toEqual([[phrase, unit, "personnel"]]);
      }
    }
  });
});

describe("a name's acronym in brackets between the name and the counted noun: '300 Rapid Support Forces (RSF) fighters'", () => {
  const named = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit, q.category]);
  const frames = [
    (p: string) => `Chile killed ${p} on Monday.`,
    (p: string) => `${p[0].toUpperCase()}${p.slice(1)} were captured by Chile, officials said.`,
    (p: string) => `Peru said Chile is believed to have sent ${p}.`,
    (p: string) => `Chile denied deploying ${p} near the border.`,
  ];
  it("counts the noun after the brackets, in every frame", () => {
    for (const frame of frames) {
      for (const [phrase, value, unit] of [
        ["six Haitian National Police (PNH) officers", 6, "officers"],
        ["40 Islamic State (IS) fighters", 40, "fighters"],
        ["some 300 Rapid Support Forces (RSF) fighters", 300, "fighters"],
        ["12 Korean People's Army (KPA) soldiers", 12, "soldiers"],
      ] as const) {
        const sentence = frame(phrase);
        const text = sentence.includes(phrase) ? phrase : `${phrase[0].toUpperCase()}${phrase.slice(1)}`;
        expect(named(sentence), sentence).toEqual([[text, value, unit, "personnel"]]);
      }
    }
  });

  it("leaves brackets after the noun and a formation's acronym as they were", () => {
    expect(named("Peru said 40 fighters (RSF) were killed.")).toEqual([["40 fighters", 40, "fighters", "personnel"]]);
    expect(named("The 155 Brigade (OMB) lost 40 tanks.")).toEqual([["40 tanks", 40, "tanks", "munitions"]]);
  });
});

describe("'number' as a verb of level, not a designator: 'Chilean troops number 8,000'", () => {
  const levels = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit]);
  it("counts the subject's noun, whatever the subject's shape", () => {
    expect(levels("Chile's troops number 8,000.")).toEqual([["8,000", 8000, "troops"]]);
    expect(levels("Chilean troops number 8,000, officials said.")).toEqual([["8,000", 8000, "troops"]]);
    expect(levels("The troops Chile sent number 8,000.")).toEqual([["8,000", 8000, "troops"]]);
    expect(levels("Russian casualties number 1,200, Peru said.")).toEqual([["1,200", 1200, "casualties"]]);
    expect(levels("The soldiers may number as many as 3,000.")).toEqual([["as many as 3,000", 3000, "soldiers"]]);
  });

  it("keeps a designator after an article, a determiner or a possessive", () => {
    for (const s of ["Peru's number 2 official visited Lima.", "The number 10 bus was hit by 2 drones.", "Flight number 17 was shot down."]) {
      expect(levels(s).filter(([text]) => /\b(2|10|17)$/.test(String(text))), s).toEqual([]);
    }
  });
});

describe("a bare number after a name whose verb is left out: 'Chile sent 300 tanks, Peru 200'", () => {
  const gaps = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit]);
  it("counts what the clause before counted, after a comma, 'and' or a comparison", () => {
    expect(gaps("Chile sent 300 tanks, Peru 200.")).toEqual([["300 tanks", 300, "tanks"], ["200", 200, "tanks"]]);
    expect(gaps("Chile is believed to have sent 300 tanks and Peru 200.")).toEqual([["300 tanks", 300, "tanks"], ["200", 200, "tanks"]]);
    expect(gaps("Chile has about 500 tanks, Peru 300, officials said.")).toEqual([["about 500 tanks", 500, "tanks"], ["300", 300, "tanks"]]);
    expect(gaps("Peru has 40 jets, compared with Chile's 60.")).toEqual([["40 jets", 40, "jets"], ["60", 60, "jets"]]);
    expect(gaps("Chile sent 300 tanks, South Korea 200 and Japan 100.")).toEqual([["300 tanks", 300, "tanks"], ["200", 200, "tanks"], ["100", 100, "tanks"]]);
  });

  it("reads no amount after a name that is no state, place or person, nor a year after a name", () => {
    expect(gaps("Chile sent 300 tanks in 2023, and Peru 2024.")).toEqual([["300 tanks", 300, "tanks"]]);
    expect(gaps("Chile fired 40 missiles, Monday 12.")).toEqual([["40 missiles", 40, "missiles"]]);
    expect(gaps("Chile sent 300 tanks, Peru said on Monday.")).toEqual([["300 tanks", 300, "tanks"]]);
    expect(gaps("Chile bought 300 tanks, the FTSE 100 and the Big 12 said.")).toEqual([["300 tanks", 300, "tanks"]]);
  });
});

const kinds = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit, q.category]);

describe("'others' that no count before names, and a state between a number and 'and'", () => {
  it("counts people in others a verb done to people befalls, with no kind counted before", () => {
    expect(kinds("The strike killed the pilot and injured four others.")).toEqual([["four others", 4, "people", "personnel"]]);
    expect(kinds("The strike killed the pilot and wounded four others, officials said.")).toEqual([["four others", 4, "people", "personnel"]]);
    expect(kinds("The blast killed seven soldiers and wounded 13 others.")).toEqual([["seven soldiers", 7, "soldiers", "personnel"], ["13 others", 13, "soldiers", "personnel"]]);
  });

  it("reads no shared head across a state's name: 'three struck Peru and two others fell short'", () => {
    expect(kinds("Chile fired 12 missiles; three struck Peru and two others fell short.")).toEqual([
      ["12 missiles", 12, "missiles", "munitions"],
      ["three", 3, "missiles", "munitions"],
      ["two others", 2, "missiles", "munitions"],
    ]);
    expect(kinds("Chile sent 12 Russian and 8 Chinese ships.")).toEqual([["12 Russian", 12, "ships", "count"], ["8 Chinese ships", 8, "ships", "count"]]);
  });
});

describe("people named by a demonym in the table, not in the general reader", () => {
  it("writes people in the table's unit", () => {
    expect(kinds("More than 9,000 Israelis were wounded, officials said.")).toEqual([["More than 9,000 Israelis", 9000, "people", "personnel"]]);
  });
  it("keeps the demonym as the general reader's unit", () => {
    expect(extractAllQuantities(makeDoc("More than 9,000 Israelis were wounded.")).map((q) => q.unit)).toEqual(["israelis"]);
  });
});

describe("a claimant's capitalised name walked to its start, its joining words included", () => {
  const claimants = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.attributed_to]);
  it("names the whole body, before or after the amount", () => {
    expect(claimants("The Magen David Adom ambulance service confirmed 28 fatalities.")).toEqual([["28 fatalities", "Magen David Adom ambulance service"]]);
    expect(claimants("The Korea Institute for Defense Analyses think tank estimated 30 jets.")).toEqual([["30 jets", "Korea Institute for Defense Analyses think tank"]]);
    expect(claimants("Chile had 30 jets, the Peruvian Air Force Training Command official said.")).toEqual([["30 jets", "Peruvian Air Force Training Command official"]]);
  });
});

describe("'N more' whose noun was counted before, and a verb after 'and' that no noun joins", () => {
  const more = (body: string) => pageQuantities("Chile arms Peru", body).rows.map((q) => [q.text, q.value, q.unit, q.bound]);
  it("counts more of what was counted, in every frame", () => {
    expect(more("Chile sent 300 troops and plans to send 200 more.")).toEqual([["300 troops", 300, "troops", "exact"], ["200 more", 200, "troops", "exact"]]);
    expect(more("Peru has 40 jets and wants 20 more.")).toEqual([["40 jets", 40, "jets", "exact"], ["20 more", 20, "jets", "exact"]]);
    expect(more("Chile sent at least 1,000 soldiers and up to 1,500 more.")).toEqual([["at least 1,000 soldiers", 1000, "soldiers", "at_least"], ["up to 1,500 more", 1500, "soldiers", "at_most"]]);
    expect(more("Chile sent 300 troops and could send as many as 200 more, Peru said.")).toEqual([["300 troops", 300, "troops", "exact"], ["as many as 200 more", 200, "troops", "at_most"]]);
    expect(more("Chile sent 300 troops. It will send 200 more in May.")).toEqual([["300 troops", 300, "troops", "exact"], ["200 more", 200, "troops", "exact"]]);
  });

  it("reads a comparison's 'more than' as no amount, and joins nouns of things before 'to'", () => {
    expect(more("Chile sent 300 troops, 20 more than in May.")).toEqual([["300 troops", 300, "troops", "exact"]]);
    expect(more("Chile sent 300 tanks and shells to help Peru.")).toEqual([["300 tanks and shells", 300, "tanks and shells", "exact"]]);
    expect(more("Chile sent 300 troops and pledges to send more.")).toEqual([["300 troops", 300, "troops", "exact"]]);
  });
});
