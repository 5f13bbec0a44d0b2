/**
 * Two sides at one occasion (attendance), officials of two states coordinated with their
 * names, and ships or aircraft of one state entering another's waters or airspace.
 * Invented sentences (Chile, Peru, Bolivia).
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (...paragraphs: string[]) => extractEvents(makeEventDoc(paragraphs, "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target]);

describe("officials of two states coordinated, each with title and name", () => {
  it("both states are the subject, whatever the verb", () => {
    expect(coded("Chilean President Ana Ruiz and Peruvian President Luis Soto met on Monday.")).toEqual([["CONSULT", "CHL;PER", ""]]);
    expect(coded("Chile's Ana Ruiz and Peru's Luis Soto condemned Bolivia on Monday.")).toEqual([["ACCUSE", "CHL;PER", "BOL"]]);
  });
});

describe("attendance by two sides is a meeting (CONSULT)", () => {
  it("in the active, the passive with 'by', a reduced relative and with 'with'", () => {
    expect(coded("Chilean Defence Minister Ana Ruiz and Peruvian Defence Minister Luis Soto attended the signing ceremony in Lima.")).toContainEqual(["CONSULT", "CHL;PER", ""]);
    expect(coded("The ceremony was attended by Chile's foreign minister and Peru's defence minister.")).toContainEqual(["CONSULT", "CHL", "PER"]);
    expect(coded("The state dinner, attended by Chilean President Ana Ruiz and Peruvian President Luis Soto, ended late.")).toContainEqual(["CONSULT", "CHL", "PER"]);
    expect(coded("Chilean President Ana Ruiz attended the launch with Peruvian President Luis Soto.")).toContainEqual(["CONSULT", "CHL", "PER"]);
  });

  it("one side alone, a side's absence, a rally or schooling is no meeting", () => {
    expect(coded("Chilean President Ana Ruiz attended the parade in Lima.")).toEqual([]);
    expect(coded("Chile and Peru did not attend the summit.").filter(([t]) => t === "CONSULT")).toEqual([]);
    expect(coded("Chilean and Peruvian students attend the university in Lima.")).toEqual([]);
  });
});

describe("ships or aircraft entering another state's waters or airspace are moved against it (MOBILIZE)", () => {
  it("in the active, after a raising verb, in a relative clause", () => {
    expect(coded("Two Chilean coast guard vessels entered Peruvian territorial waters early on Thursday.")).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded("The last time a Chilean vessel was confirmed to have entered Peru's waters was Nov. 8.")).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded("The Chilean drone, which entered Peruvian airspace, flew on to the coast.")).toContainEqual(["MOBILIZE", "CHL", "PER"]);
  });

  it("waters no state owns, or entering a war, is no incursion", () => {
    expect(coded("Chilean ships entered the disputed waters on Sunday.")).toEqual([]);
    expect(coded("Chile entered the war in 1879.")).toEqual([]);
  });
});

describe("losses told in the passive with their doer after 'by' are an attack on the losers' side", () => {
  it("killed, destroyed, shot down, sunk: the passive's demonym is the target, the agent the actor", () => {
    expect(coded("Three Chilean soldiers were killed by Peruvian forces on Monday.")).toEqual([["ASSAULT", "PER", "CHL"]]);
    expect(coded("Five Chilean aircraft were shot down by Peru.")).toEqual([["ASSAULT", "PER", "CHL"]]);
    expect(coded("Two Chilean warships were reportedly sunk by Peruvian missiles.")).toEqual([["ASSAULT", "PER", "CHL"]]);
  });

  it("inside a that-clause of a verb of saying", () => {
    expect(coded("He further revealed that five Chilean aircraft had recently been destroyed by the Peruvian Air Force.")).toEqual([["ASSAULT", "PER", "CHL"]]);
  });

  it("a doer the gazetteer does not name, or none, makes no attack", () => {
    expect(coded("Three Chilean soldiers were killed by a landmine near the Peruvian border.")).toEqual([]);
    expect(coded("Three Chilean soldiers were killed on Monday.")).toEqual([]);
  });
});

describe("deliveries of different counts told in two sentences are two deliveries", () => {
  it("six helicopters after 15 tanks make two rows; the same 15 tanks told again make one", () => {
    expect(coded("Chile also plans to deliver 15 more tanks to Peru.", "Last month, the Chilean defence ministry announced that it would deliver six helicopters to Peru.")).toEqual([["AID", "CHL", "PER"], ["AID", "CHL", "PER"]]);
    expect(coded("Chile plans to deliver 15 tanks to Peru.", "Chile would deliver the 15 tanks to Peru by May, officials said.")).toEqual([["AID", "CHL", "PER"]]);
  });
});

describe("an attack guarded against, or a use to come, is no attack told", () => {
  it("protect … from, defences against", () => {
    expect(coded("Chile plans to deliver air defence systems to protect Peruvian cities from Bolivian missile attacks.")).toEqual([["AID", "CHL", "PER"]]);
    expect(coded("Peru needs more air defences against Bolivian drone strikes.")).toEqual([]);
    expect(coded("Peru defended itself against Bolivian attacks on Monday.")).toEqual([["ASSAULT", "BOL", ""]]);
  });

  it("'to' before a verb is an infinitive, not the party given to", () => {
    expect(coded("Bolivia angered Peru by providing Chile with this equipment, which will be used to attack Peruvian cities.")).toContainEqual(["AID", "BOL", "CHL"]);
    expect(coded("Bolivia angered Peru by providing Chile with this equipment, which will be used to attack Peruvian cities.").filter(([t]) => t === "ASSAULT")).toEqual([]);
  });
});

describe("a strike on something, inside a phrase of cause or place, is the strike's owner's, not the clause subject's", () => {
  it("'reported wounded in a Peruvian drone strike on' makes Peru the attacker only", () => {
    expect(coded("Chile's official news agency reported multiple wounded in a Peruvian drone strike on a vehicle near Arica.").filter(([t]) => t === "ASSAULT")).toEqual([["ASSAULT", "PER", "CHL"]]);
    expect(coded("Chile launched strikes on Peru on Monday.")).toEqual([["ASSAULT", "CHL", "PER"]]);
  });
});

describe("supplies a state's boats deliver to its own forces resupply them (MOBILIZE), no aid", () => {
  it("one row of resupply, no transfer to 'parties within' the state", () => {
    expect(coded("Only one of the two Chilean boats managed to deliver food, water and fuel to the Chilean troops guarding the shoal.")).toEqual([["MOBILIZE", "CHL", ""]]);
  });
});

describe("tourists or greetings sent are no transfer of arms", () => {
  it("send with such an object makes no row", () => {
    expect(coded("Chile might send more tourists to Peru, which can revive tourism.")).toEqual([]);
    expect(coded("Chile sent greetings to Peru's president.")).toEqual([]);
  });
});
