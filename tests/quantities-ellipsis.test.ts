import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";

describe("an amount whose noun was said before it", () => {
  it("reads a vague magnitude with 'more' as the kind counted before", () => {
    expect(brief(quantities("About 300 workers were trapped and hundreds more injured in the collapse."))).toEqual([
      ["About 300 workers", 300, "approx", "workers", "personnel"],
      ["hundreds more", 100, "at_least", "workers", "personnel"],
    ]);
    expect(brief(quantities("The navy said 40 sailors died, with dozens more taken to clinics."))[1]).toEqual(["dozens more", 24, "at_least", "sailors", "personnel"]);
  });

  it("leaves a vague magnitude with 'more' and nothing counted before it out", () => {
    expect(quantities("Thousands more are expected at the rally.")).toEqual([]);
  });

  it("reads the numbers of a list by origin as the list's first noun", () => {
    const rows = quantities("The agency barred four firms from Canada, seven from Peru, and three from the Czech Republic.");
    expect(brief(rows)).toEqual([
      ["four firms", 4, "exact", "firms", "count"],
      ["seven", 7, "exact", "firms", "count"],
      ["three", 3, "exact", "firms", "count"],
    ]);
  });

  it("reads a number before a month as the same noun left out (gapping), not as a list by origin", () => {
    expect(quantities("The army lost 40 tanks in March, and 12 in April.").map((r) => [r.text, r.unit, r.period_start])).toEqual([
      ["40 tanks", "tanks", "2024-03-01"],
      ["12", "tanks", "2024-04-01"],
    ]);
  });

  it("gives the number a change starts from the sum's unit", () => {
    expect(brief(quantities("The council set aside 12.4 billion rupees – up from 11.9 billion the year before."))).toEqual([
      ["12.4 billion rupees", 12.4e9, "exact", "INR", "money"],
      ["11.9 billion", 11.9e9, "exact", "INR", "money"],
    ]);
    expect(brief(quantities("Shipments reached 40,000 tonnes of coal, down from 52,000 in 2022."))[1]).toEqual(["52,000", 52000, "exact", "metric tons", "mass"]);
  });

  it("counts 'others' as the whole before them, not a part named with 'including'", () => {
    const rows = quantities("Shelling killed 16 villagers, including 3 women, and injured 21 others, including 5 children.");
    expect(brief(rows)).toEqual([
      ["16 villagers", 16, "exact", "villagers", "personnel"],
      ["3 women", 3, "exact", "women", "personnel"],
      ["21 others", 21, "exact", "villagers", "personnel"],
      ["5 children", 5, "exact", "children", "personnel"],
    ]);
  });
});

describe("a bare number whose noun its sentence names before it", () => {
  it("reads the noun after 'the number of', past casualty words", () => {
    expect(brief(quantities("The number of killed and wounded Zambian miners has passed 3,000."))).toEqual([["3,000", 3000, "exact", "miners", "personnel"]]);
  });

  it("counts people by a death toll, and what the toll counted goes on", () => {
    expect(brief(quantities("The death toll from the storm rose to eight, with dozens more taken to hospital."))).toEqual([
      ["eight", 8, "exact", "people", "personnel"],
      ["dozens more", 24, "at_least", "people", "personnel"],
    ]);
  });

  it("gives 'that number' and 'the total' the kind counted before", () => {
    expect(brief(quantities("At first the ministry counted 2,000 refugees but revised that number this week to 9,000."))[1]).toEqual(["9,000", 9000, "exact", "refugees", "personnel"]);
    expect(brief(quantities("The ban covers 189 ships, bringing the total list to some 340."))[1]).toEqual(["some 340", 340, "approx", "ships", "count"]);
  });

  it("reads a number in brackets after what it counts", () => {
    expect(brief(quantities("Satellites saw a surge of freight cars (at least 73) at the border."))).toEqual([["at least 73", 73, "at_least", "wagons", "count"]]);
    expect(brief(quantities("The unit lost drones (about 40) in a week."))).toEqual([["about 40", 40, "approx", "drones", "munitions"]]);
  });

  it("reads a number after a fronted 'Of the …,' as a part of those things", () => {
    expect(brief(quantities("Of the soldiers captured, 1,200 were later freed."))).toEqual([["1,200", 1200, "exact", "soldiers", "personnel"]]);
  });

  it("does not join a casualty clause to the counted noun", () => {
    // The wounded are an amount of their own: "dozens", the object of a verb done to people.
    expect(brief(quantities("The blast killed at least nine people and wounded dozens."))).toEqual([
      ["at least nine people", 9, "at_least", "people", "personnel"],
      ["dozens", 24, "at_least", "people", "personnel"],
    ]);
  });
});

describe("quotation marks in the counted phrase, and magnitudes in words", () => {
  it("reads the counted phrase through quotation marks", () => {
    expect(brief(quantities("The sale includes 4,000 one-ton “bunker buster” bombs."))).toEqual([["4,000 one-ton “bunker buster” bombs", 4000, "exact", "bombs", "munitions"]]);
    expect(brief(quantities("Officials said Peru launched “several dozen” explosive drones."))).toEqual([["several dozen” explosive drones", 24, "at_least", "drones", "munitions"]]);
    expect(quantities('Officials spoke of plans for several thousand "Vipers" by 2026.').map((r) => [r.text, r.value])).toEqual([['several thousand "Vipers"', 1000]]);
  });

  it("keeps a magnitude in words and a figure of the same value apart", () => {
    expect(quantities("At least 12 people died and dozens more were hurt. Officials later said 24 people were hurt.").map((r) => r.text)).toEqual([
      "At least 12 people",
      "dozens more",
      "24 people",
    ]);
  });
});

describe("occasions, names and parties already counted", () => {
  it("counts occasions, not a multiplier", () => {
    expect(brief(quantities("The ship called at the port at least five times."))).toEqual([["at least five times", 5, "at_least", "times", "count"]]);
    expect(quantities("They produce nine times more shells than Europe. Output grew two times. Prices rose three times as fast.")).toEqual([]);
  });

  it("reads a capitalised number word after a name's 'of' as part of the name", () => {
    expect(quantities("Ministers of the Group of Seven democracies and three key allies met.").map((r) => r.text)).toEqual(["three key allies"]);
  });

  it("leaves 'the two others' of a group already told out", () => {
    expect(quantities("One of the dead was a soldier and the two others were farmers.")).toEqual([]);
    expect(quantities("The strike killed 5 people and wounded 12 others.").map((r) => r.text)).toEqual(["5 people", "12 others"]);
  });
});

describe("coordinated kinds and amounts that add to a count", () => {
  it("counts the first of two things of known, different kinds", () => {
    expect(brief(quantities("Peru sent thousands of troops and conventional weapons to the front."))).toEqual([["thousands of troops", 1000, "at_least", "troops", "personnel"]]);
    expect(brief(quantities("Peru sent millions of rockets and artillery shells."))).toEqual([["millions of rockets and artillery shells", 1e6, "at_least", "rockets and shells", "munitions"]]);
  });

  it("joins no noun after 'and' that the analysis reads as a verb opening a clause of its own", () => {
    expect(brief(quantities("The cargo held hundreds of artillery shells and raised fears in Lima."))).toEqual([["hundreds of artillery shells", 100, "at_least", "shells", "munitions"]]);
    expect(brief(quantities("Chile delivered 300 shells and trained crews in Lima."))).toEqual([["300 shells", 300, "exact", "shells", "munitions"]]);
    // An adjective there still joins: "40 rockets and armored vehicles".
    expect(brief(quantities("Peru sent 40 rockets and armored vehicles to the border."))[0][3]).toBe("rockets and vehicles");
  });

  it("keeps 'thousands more' apart from an earlier 'thousands of' the same kind", () => {
    const text = "Peru sent thousands of troops to the front. About 600 soldiers were killed and thousands more wounded.";
    expect(quantities(text).map((r) => r.text)).toEqual(["thousands of troops", "About 600 soldiers", "thousands more"]);
  });
});

describe("an adverb inside the counted phrase", () => {
  it("reads an adverb that modifies a participle of the phrase", () => {
    expect(brief(quantities("Peru sent some 50 domestically produced 170mm self-propelled howitzers."))).toEqual([
      ["some 50 domestically produced 170mm self-propelled howitzers", 50, "approx", "howitzers", "munitions"],
    ]);
  });
});

