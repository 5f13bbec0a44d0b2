import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("acts within one state keep the state on both sides (loaders/events/domestic.ts)", () => {
  it("a target naming the actor's own people or a place in its state is a target, not the actor again", () => {
    expect(coded("The Chadian army threatened to disarm Chadian farmers in the east.")).toEqual([["THREATEN", "TCD", "TCD"]]);
    expect(coded("Angry Peruvian miners said they would blockade Quito next week.")).toEqual([["THREATEN", "PER", "ECU"]]);
    expect(coded("Angry Kenyan miners said they would blockade Nairobi next week.")).toEqual([["THREATEN", "KEN", "KEN"]]);
    // Two names of one state are one party: no act within it.
    expect(coded("Moscow threatened Russia's critics abroad.").filter((r) => r[2] === "RUS")).toEqual([]);
  });

  it("a state's agents are the state: its officials acting on its troops is no domestic act", () => {
    expect(coded("Chadian officials said Chadian troops had attacked Sudan.").filter((r) => r[1] === "TCD" && r[2] === "TCD")).toEqual([]);
    // A part of the state acting on its agents is one.
    expect(coded("Chadian rebels attacked Chadian troops near the border.")).toEqual([["ASSAULT", "TCD", "TCD"]]);
  });

  it("two states' officials acting on one state's people is no domestic act", () => {
    expect(coded("Senior Chadian and Nigerien officials agreed to help Nigerien refugees go home.")).toEqual([["AGREE", "TCD;NER", ""]]);
  });

  it("an official whose title names no country acting on a part of one state is that state's", () => {
    expect(coded("President Ana Ruiz has threatened to ban Bolivian opposition parties from the vote.")).toEqual([["THREATEN", "BOL", "BOL"]]);
    expect(coded("President Ana Ruiz threatened to institute a curfew in Quito after the riots.")).toEqual([["THREATEN", "ECU", "ECU"]]);
    expect(coded("Prime Minister Tomas Lind has reneged on his promise to the Estonian people.")).toEqual([["REJECT", "EST", "EST"]]);
    // A state named for itself places no one: the official stays unnamed.
    expect(coded("President Ana Ruiz has threatened further action against Chile.")).toEqual([["THREATEN", "", "CHL"]]);
  });

  it("an official whose title names no country that a part of a state acts on is the same state's", () => {
    expect(coded("Rebels in Chad on Monday rejected an offer from President Ana Ruiz to lay down their arms.")).toEqual([["REJECT", "TCD", "TCD"]]);
    expect(coded("The Malian rebels said they will release Prime Minister Tomas Lind on Sunday.")).toContainEqual(["AGREE", "MLI", "MLI"]);
    // A state's diplomats meeting an official act for the state abroad.
    expect(coded("Malian diplomats met President Ana Ruiz on Friday.")).toEqual([["CONSULT", "MLI", ""]]);
  });

  it("an ethnic group named by a demonym is a part of the state the sentence places it in", () => {
    expect(coded("Some 200 ethnic Hungarians demonstrated on Sunday in Slovakia.")).toEqual([["PROTEST", "SVK", "SVK"]]);
    // Placed nowhere, it acts for no state, not for the state its name comes from.
    expect(coded("Ethnic Hungarians attacked a police post on Sunday.").filter((r) => r[1] === "HUN")).toEqual([]);
  });

  it("the summary says the act is within the state", () => {
    const [row] = extractEvents(makeDoc("President Ana Ruiz has threatened to ban Bolivian opposition parties from the vote."), eventResources());
    expect(row.summary).toBe("Bolivia warns parties within Bolivia");
  });
});

describe("a group the gazetteer does not name, pressing a state's government, is that state's people (domestic_pressure_types)", () => {
  it("an unnamed subject protesting or demanding against a state's government or official takes the state's code", () => {
    expect(coded("Retired teachers protested against the Peruvian government on Friday.")).toEqual([["PROTEST", "PER", "PER"]]);
    expect(coded("Farm unions demanded the resignation of Chilean President Ana Ruiz.")).toEqual([["REQUEST", "CHL", "CHL"]]);
  });

  it("a state named without its government, or an attack on its soldiers, gives the unnamed group no code", () => {
    expect(coded("Retired teachers protested against Peru on Friday.")).toEqual([["PROTEST", "", "PER"]]);
    expect(coded("A car bomb near the depot killed four Chilean soldiers.")).toEqual([["ASSAULT", "", "CHL"]]);
  });
});

describe("the subject of a verb whose object is a noun act does the act (noun_act_verbs)", () => {
  it("'continued their hunger strike', 'staged a sit-in': the verb's unnamed subject is the act's doer", () => {
    expect(coded("Dock workers continued their hunger strike against the Bolivian government.")).toEqual([["PROTEST", "BOL", "BOL"]]);
  });

  it("who orders a noun act does not do it", () => {
    expect(coded("Kim ordered the mass production of new attack drones.")).toEqual([]);
  });
});

describe("a place in the actor's own state may carry a word of direction ('in east Bosnia')", () => {
  it("a demand aimed at a group placed 'in east Chad' is domestic, not dropped for want of a target", () => {
    expect(coded("Chadian rebels demanded a ceasefire with tribal militias in east Chad.")).toEqual([["REQUEST", "TCD", "TCD"]]);
    expect(coded("Chadian rebels demanded a ceasefire with tribal militias in the north Chad.")).toEqual([["REQUEST", "TCD", "TCD"]]);
  });
});

describe("a state's forces of order acting on a crowd no party names act on their own people (domestic_forces, crowd_nouns)", () => {
  it("'Bolivian police opened fire to disperse demonstrators': the target is the police's own state", () => {
    expect(coded("Bolivian police opened fire to disperse angry demonstrators on Friday.")).toEqual([["ASSAULT", "BOL", "BOL"]]);
  });

  it("troops, or police acting on a named side, keep the target the sentence names or none", () => {
    expect(coded("Bolivian police attacked Peruvian smugglers near the border.")).toEqual([["ASSAULT", "BOL", "PER"]]);
    expect(coded("Bolivian troops opened fire to disperse angry demonstrators on Friday.")).toEqual([["ASSAULT", "BOL", ""]]);
  });
});
