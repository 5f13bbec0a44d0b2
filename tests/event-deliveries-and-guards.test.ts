/**
 * Deliveries told twice with different counts, attacks only guarded against, a strike inside a
 * phrase of cause, a state's own resupply, and things sent that are no arms.
 * Invented sentences (Chile, Peru, Bolivia).
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (...paragraphs: string[]) => extractEvents(makeEventDoc(paragraphs, "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target]);

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
    expect(coded("Bolivia says the equipment will be used to attack Peruvian cities.").filter(([t]) => t === "ASSAULT")).toEqual([]);
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
