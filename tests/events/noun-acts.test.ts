import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** The rows of one type the coder makes of the sentences, as [actor, target]. */
function ofType(type: string, ...paragraphs: string[]): string[][] {
  return codedEvents(paragraphs, "2016-09-20").filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);
}

describe("an invasion told by its noun, between two named sides", () => {
  it("reads the doer from a possessor, a demonym or a by-phrase, the invaded from of", () => {
    expect(ofType("ASSAULT", "Iraq's invasion of Kuwait shocked the Gulf.")).toEqual([["IRQ", "KWT"]]);
    expect(ofType("ASSAULT", "The Iraqi invasion of Kuwait shocked the Gulf.")).toEqual([["IRQ", "KWT"]]);
    expect(ofType("ASSAULT", "The invasion of Kuwait by Iraq shocked the Gulf.")).toEqual([["IRQ", "KWT"]]);
    expect(ofType("ASSAULT", "The senator voted for the invasion of Iraq by American forces.")).toEqual([["USA", "IRQ"]]);
  });

  it("gives no row without a doer, as the setting of a time phrase, or for a thing that invades", () => {
    expect(ofType("ASSAULT", "The invasion of Iraq was a mistake, the senator said.")).toEqual([]);
    expect(ofType("ASSAULT", "Russia stopped publishing customs data after its invasion of Ukraine.")).toEqual([]);
    expect(ofType("ASSAULT", "Chile's farmers fear an invasion of cheap Peruvian imports.")).toEqual([]);
  });
});

describe("land held by force, told by its noun", () => {
  it("the holder as possessor or demonym, the land after of", () => {
    expect(ofType("ASSAULT", "Ethiopia's occupation of the Eritrean town of Badme angered Asmara.")).toEqual([["ETH", "ERI"]]);
    expect(ofType("ASSAULT", "The Moroccan occupation of Algeria's border posts ended in May.")).toEqual([["MAR", "DZA"]]);
  });

  it("a job, or an occupation with no holder, is none", () => {
    expect(ofType("ASSAULT", "His occupation is listed as a farmer in Peru.")).toEqual([]);
    expect(ofType("ASSAULT", "The occupation of Crimea was condemned by Kenya.")).toEqual([]);
  });
});

describe("a visit told by its noun", () => {
  it("the visitor after from, as after by or as a possessor", () => {
    expect(ofType("CONSULT", "The talks were preceded by a visit from the Chilean foreign minister to Peru.")).toEqual([["CHL", "PER"]]);
    expect(ofType("CONSULT", "A visit from Russian Foreign Minister Sergei Lavrov to Cuba followed.")).toEqual([["RUS", "CUB"]]);
    expect(ofType("CONSULT", "A trip by the Peruvian president to Chile followed.")).toEqual([["PER", "CHL"]]);
  });

  it("a visit with no host named gives no row", () => {
    expect(ofType("CONSULT", "A visit from the Chilean foreign minister was a surprise.")).toEqual([]);
  });
});

describe("a surge of troops told by its noun", () => {
  it("the sender as possessor or demonym, the place after in, to or into", () => {
    expect(ofType("MOBILIZE", "The American troop surge in Iraq ended in 2008.")).toEqual([["USA", "IRQ"]]);
    expect(ofType("MOBILIZE", "Ethiopia's troop surge into Somalia alarmed the region.")).toEqual([["ETH", "SOM"]]);
    expect(ofType("MOBILIZE", "A surge of Kenyan troops to the Somali border began on Monday.")).toEqual([["KEN", "SOM"]]);
  });

  it("a titled person named with a middle initial owns the surge, told again by title and surname", () => {
    // A campaign's parties make the story a domestic one, whose office holders act for their state.
    const campaign = "Republican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton spoke in Ohio.";
    expect(ofType("MOBILIZE", campaign, "President Tomas R. Vale spoke on Monday.", "President Vale's troop surge in Afghanistan ended in 2014.")).toEqual([["USA", "AFG"]]);
    expect(ofType("MOBILIZE", campaign, "Former President Ana K. Ruiz ordered a troop surge in Afghanistan.")).toEqual([["USA", "AFG"]]);
    // "Plan B. Then …": a capital and a point before more than one word end a sentence, no name.
    expect(ofType("MOBILIZE", campaign, "Ruiz backed Plan B. Then Vale ordered a troop surge in Afghanistan.")).toEqual([]);
  });

  it("a surge of anything else is no mobilisation", () => {
    expect(ofType("MOBILIZE", "Chile saw a surge in Peruvian imports in September.")).toEqual([]);
    expect(ofType("MOBILIZE", "A surge of support for the Peruvian candidate followed.")).toEqual([]);
  });
});
