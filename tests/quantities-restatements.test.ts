import { describe, expect, it } from "vitest";
import { pageQuantities } from "./quantities-matrix.ts";
import { quantitiesOf, quantityBrief } from "./helpers.ts";

/**
 * Amounts told again in other words or other places of a page (a weight in another unit, a
 * headline's repeat in the page's furniture, a deck above a colon dateline), the people who tell
 * a claim counted, and constructions that add to what was counted. Sentences invented for the test.
 */
const rows = (text: string) => quantityBrief(quantitiesOf(text));
const brief = (text: string) => quantitiesOf(text).map((q) => [q.text, q.value, q.unit]);

describe("a weight told again in another unit, in brackets", () => {
  it("keeps the first weight and leaves out its conversion, in every frame", () => {
    expect(brief("Peru exported about 40 metric tons (44 tons) of copper in 2023.")).toEqual([["about 40 metric tons", 40, "metric tons"]]);
    expect(brief("About 300 kilograms (660 pounds) of explosives were seized in Lima.")).toEqual([["About 300 kilograms", 300, "kg"]]);
    expect(brief("The copper, some 12 tonnes (13 tons), was shipped from Callao.")).toEqual([["some 12 tonnes", 12, "metric tons"]]);
    expect(brief("Chile produces 600 tonnes (660 tons) of lithium a year and imports 20 tonnes (22 tons).")).toEqual([
      ["600 tonnes", 600, "metric tons"],
      ["20 tonnes", 20, "metric tons"],
    ]);
  });

  it("keeps a weight that names what it weighs and a second weight after 'or': an alternative", () => {
    expect(brief("Chile offered 300 tonnes of rice, or 40 tonnes of beans.")).toEqual([
      ["300 tonnes of rice", 300, "metric tons"],
      ["40 tonnes of beans", 40, "metric tons"],
    ]);
    expect(brief("Chile shipped 40 tonnes, or about 44 tons, of rice.")).toEqual([["40 tonnes", 40, "metric tons"]]);
  });

  it("keeps a bracketed amount of another kind: a price is no conversion of a weight", () => {
    expect(brief("Peru sold 12 tonnes ($9,000) of beans.")).toEqual([
      ["12 tonnes", 12, "metric tons"],
      ["$9,000", 9000, "USD"],
    ]);
  });
});

describe("a report opened by a colon dateline under a deck and summary bullets", () => {
  const page = (dateline: string) =>
    "Peru strikes after border clash\nPeru has launched air strikes after clashes killed one Peruvian soldier and injured three others on its border.\n\n" +
    "- Peru has launched air strikes after clashes killed one Peruvian soldier and injured three others.\n- Both sides trade accusations.\n" +
    `${dateline} Fresh fighting erupted along the border after clashes left one soldier dead and three wounded on Monday.\nThe army said the strikes hit depots.`;

  it("keeps the report's mention of an amount the deck and the bullets told first", () => {
    for (const dateline of ["LIMA, PERU:", "AREQUIPA:", "TUMBES, Peru:"]) {
      expect(brief(page(dateline))).toEqual([
        ["one soldier", 1, "soldiers"],
        ["three wounded", 3, "soldiers"],
      ]);
    }
  });

  it("reads no dateline in a label in capitals that names no city: a note, a state, a speaker", () => {
    for (const label of ["UPDATE:", "PERU:", "PUTIN:"]) {
      const texts = brief(page(label)).map((r) => r[0]);
      expect(texts).toContain("one Peruvian soldier");
      expect(texts).not.toContain("one soldier");
    }
  });
});

describe("a line of the page's furniture that quotes its headline", () => {
  it("leaves out the headline's amount told again under the report", () => {
    const title = "Lima sends 40 trucks of aid to the north";
    const { rows: found } = pageQuantities(title, `LIMA (Wire) — Forty convoys left Lima on Monday with food and medicine, the agency said.\n\nOne thought on “${title}”\n\nComments are closed.`);
    expect(found.map((q) => [q.text, q.value])).toEqual([["Forty convoys", 40]]);
  });
});

describe("people counted who tell the claim, with a clause or a quote after their verb", () => {
  it("leaves out the tellers in every frame of the report", () => {
    expect(rows("Two sailors later reported that the navy had retaken the port.")).toEqual([]);
    expect(rows("Three villagers told reporters on Monday that the bridge had fallen.")).toEqual([]);
    expect(rows('Five farmers said: "We saw the tanks."')).toEqual([]);
    expect(rows("Two soldiers, speaking by telephone, said that the town had fallen.")).toEqual([]);
    // The reported clause's subject right after the verb, no "that".
    expect(rows("Two soldiers said the town had fallen.")).toEqual([]);
    expect(rows("Three sailors said they saw the tanks.")).toEqual([]);
  });

  it("keeps people a verb of report says something of, and the amounts of the clause", () => {
    expect(rows("Forty sailors reported missing on Monday were found.")).toEqual([["Forty sailors", 40, "exact", "sailors", "personnel"]]);
    expect(rows("Two farmers reported that 40 soldiers were killed.")).toEqual([["40 soldiers", 40, "exact", "soldiers", "personnel"]]);
    expect(rows("Two farmers said 40 soldiers were killed.")).toEqual([["40 soldiers", 40, "exact", "soldiers", "personnel"]]);
    expect(rows("Two soldiers reported a drone attack.")).toEqual([["Two soldiers", 2, "exact", "soldiers", "personnel"]]);
  });
});

describe("a bare number that adds to what its sentence counted", () => {
  it("counts the kind counted before after 'an additional', 'a further', 'an extra' and 'more' with a verb in -ing", () => {
    expect(brief("The camp housed 60,000 refugees, with an additional 40,000 arriving this year.")).toEqual([
      ["60,000 refugees", 60000, "refugees"],
      ["40,000", 40000, "refugees"],
    ]);
    expect(brief("Chile sent 3,000 troops in May and an additional 2,000 in June.")).toEqual([
      ["3,000 troops", 3000, "troops"],
      ["2,000", 2000, "troops"],
    ]);
    expect(brief("Peru bought 500 rifles and plans to buy an extra 300 next year.")).toEqual([
      ["500 rifles", 500, "rifles"],
      ["300", 300, "rifles"],
    ]);
    expect(brief("The camp housed 60,000 refugees, with 40,000 more arriving this year.")).toEqual([
      ["60,000 refugees", 60000, "refugees"],
      ["40,000 more", 40000, "refugees"],
    ]);
  });
});

describe("modifiers of the counted noun", () => {
  it("reads a noun in -ly with a prefix as a modifier, no adverb", () => {
    expect(brief("The deal includes ammunition and 36 resupply vehicles.")).toEqual([["36 resupply vehicles", 36, "vehicles"]]);
    expect(brief("Chile ordered 12 tanks, fuel and 20 K10 resupply vehicles.")).toEqual([
      ["12 tanks", 12, "tanks"],
      ["20 K10 resupply vehicles", 20, "vehicles"],
    ]);
  });

  it("reads a number after a unit's designator as its name", () => {
    expect(brief("The raid was led by the navy's “Group 7” special forces unit.")).toEqual([]);
    expect(brief("Squadron 12 pilots flew 40 sorties.")).toEqual([["40 sorties", 40, "sorties"]]);
  });
});

describe("a body's size as its clause's subject: 'the city's population is estimated at 3 million'", () => {
  it("counts the body's members with a verb of level or a copula, in every frame", () => {
    expect(brief("The city's population is estimated at 3 million.")).toEqual([["3 million", 3e6, "people"]]);
    expect(brief("Peru's population is now 34 million.")).toEqual([["34 million", 34e6, "people"]]);
    expect(brief("Population is 5 million, officials said.")).toEqual([["5 million", 5e6, "people"]]);
    expect(brief("The garrison stands at 4,000.")).toEqual([["4,000", 4000, "troops"]]);
    expect(brief("The town's population has risen to 50,000 and 3,000 of them fled.")).toEqual([
      ["50,000", 50000, "people"],
      ["3,000", 3000, "people"],
    ]);
  });

  it("leaves a verb of level without its link alone ('the army was reaching 300,000')", () => {
    expect(brief("The army was reaching 300,000 by May.")).toEqual([]);
  });

  it("keeps a body's size and a count of people of one number apart, and leaves a place's description out", () => {
    expect(brief("The town's population is 50,000, and 50,000 people fled.")).toEqual([
      ["50,000", 50000, "people"],
      ["50,000 people", 50000, "people"],
    ]);
    expect(brief("Lima, a city of 10 million people, was calm.")).toEqual([]);
    expect(brief("The army was 30 kilometres from the city.")).toEqual([]);
  });
});

describe("'others' told again word for word", () => {
  it("keeps one row for a summary bullet that repeats the deck, and two for others of two clauses", () => {
    const page =
      "Chile strikes after border clash\nChile has launched air strikes after clashes killed one Chilean soldier and injured four others on Monday.\n\n" +
      "- Chile has launched air strikes after clashes killed one Chilean soldier and injured four others.\n- Both sides trade accusations.\n";
    expect(brief(page)).toEqual([
      ["one Chilean soldier", 1, "soldiers"],
      ["four others", 4, "soldiers"],
    ]);
    expect(brief("The strike killed two civilians and injured four others; a second strike killed a child and injured four others.")).toEqual([
      ["two civilians", 2, "civilians"],
      ["four others", 4, "civilians"],
      ["four others", 4, "civilians"],
    ]);
  });
});
