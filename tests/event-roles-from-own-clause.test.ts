/**
 * Actor and target read from the act's own clause: an infinitive of purpose inside a clause a
 * conjunction opens. Invented sentences (Chile, Peru).
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (...paragraphs: string[]) => extractEvents(makeEventDoc(paragraphs, "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target]);
const ofType = (type: string, ...paragraphs: string[]) => coded(...paragraphs).filter(([t]) => t === type);

describe("an infinitive of purpose has the subject of the verb it serves, in a clause a conjunction opens", () => {
  it("'cut ties after police broke into the embassy to arrest' is not the main subject's arrest", () => {
    expect(ofType("COERCE", "The Chilean president moved to cut ties with Peru after police broke into the Chilean embassy to arrest a former Peruvian minister.")).toEqual([]);
    expect(ofType("COERCE", "Chile cut ties with Peru after Peruvian police broke into the Chilean embassy to arrest a diplomat.").map(([t, a]) => [t, a])).toEqual([["COERCE", "PER"]]);
  });
  it("the main clause's own purpose infinitive keeps its subject", () => {
    expect(ofType("COERCE", "Chilean police raided the house in Lima to arrest a Peruvian minister.").map(([t, a]) => [t, a])).toEqual([["COERCE", "CHL"]]);
  });
});

describe("a mutual act told with a reduced passive keeps the clause's subject among its sides", () => {
  it("a mutual act so told keeps the clause's subject among its sides", () => {
    expect(ofType("CONSULT", "A group of Chilean diplomats held their first meeting with President Boluarte at a lunch hosted by the Ambassador of the Republic of Chile.").map(([t, a]) => [t, a])).toEqual([["CONSULT", "CHL"]]);
  });
});

describe("a speech act joined by 'and' to a report", () => {
  it("a speech act joined to the report keeps the speaker", () => {
    expect(ofType("ACCUSE", "Peru said on Monday that it was cooperating with Chile and condemned Bolivia.")).toEqual([["ACCUSE", "PER", "BOL"]]);
  });
});
