/**
 * Precision: speech acts a side is only disposed to make, a noun of attack that classifies a
 * weapon, and acts inside a demand's that-clause after an adverbial set off by a comma.
 * Each with the same verb's true row kept. Invented sentences (Chile, Peru).
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (...paragraphs: string[]) => extractEvents(makeEventDoc(paragraphs, "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target]);
const ofType = (type: string, ...paragraphs: string[]) => coded(...paragraphs).filter(([t]) => t === type);

describe("a speech act a side is only disposed to make is none made", () => {
  it("willing, ready, eager, reluctant to criticise/condemn/accuse make no row", () => {
    expect(ofType("ACCUSE", "The report comes after weeks of the Chilean government growing more and more willing to criticize Peru's president.")).toEqual([]);
    expect(ofType("ACCUSE", "Chile stands ready to condemn Peru at the United Nations.")).toEqual([]);
    expect(ofType("ACCUSE", "Chile has been reluctant to openly accuse Peru of the attack.")).toEqual([]);
    expect(ofType("ACCUSE", "Chile, eager to denounce Peru, called a press conference.")).toEqual([]);
  });
  it("the same verbs told as made keep their row", () => {
    expect(ofType("ACCUSE", "The Chilean government criticized Peru's president on Monday.")).toEqual([["ACCUSE", "CHL", "PER"]]);
    expect(ofType("ACCUSE", "Chile condemned Peru at the United Nations on Tuesday.")).toEqual([["ACCUSE", "CHL", "PER"]]);
    expect(ofType("ACCUSE", "Chile, which was willing to talk, accused Peru of the attack.")).toEqual([["ACCUSE", "CHL", "PER"]]);
  });
});

describe("a noun of attack that classifies a drone, ship or vehicle names a weapon, no attack", () => {
  it("attack drones, attack vessels, strike drones make no assault", () => {
    expect(ofType("ASSAULT", "Peru had received its attack drones in 2020, which made it the first country in the region to field them.")).toEqual([]);
    expect(ofType("ASSAULT", "Chile bought two attack vessels from Peru last year.")).toEqual([]);
    expect(ofType("ASSAULT", "Peru's strike drones were shown at a parade in Lima.")).toEqual([]);
  });
  it("an attack on a side, and a drone attack, keep their row", () => {
    expect(ofType("ASSAULT", "Peru's attack on Chile on Monday destroyed a school.")).toEqual([["ASSAULT", "PER", "CHL"]]);
    expect(ofType("ASSAULT", "A Peruvian drone attack on the Chilean port of Arica killed two people.")).toEqual([["ASSAULT", "PER", "CHL"]]);
  });
});

describe("an act in a demand's that-clause is asked for, also after an adverbial set off by a comma", () => {
  it("'demanded two weeks before, that Peru's envoy apologize' makes the demand only", () => {
    expect(ofType("CONCEDE", "He demanded two weeks before, that Peru's envoy to Santiago apologize and leave.")).toEqual([]);
    expect(ofType("CONCEDE", "Chile demanded on Monday, that Peru apologize.")).toEqual([]);
    expect(ofType("CONCEDE", "Chile demanded, that Peru's government release the prisoners.")).toEqual([]);
  });
  it("the same acts told as made keep their row", () => {
    expect(ofType("CONCEDE", "Peru's envoy to Santiago apologized to Chile on Monday.")).toEqual([["CONCEDE", "PER", "CHL"]]);
    expect(ofType("CONCEDE", "Two weeks later, Peru released the prisoners.").map(([t, a]) => [t, a])).toEqual([["CONCEDE", "PER"]]);
  });
});
