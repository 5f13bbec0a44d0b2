/**
 * Protests lodged with a government or its envoy, plans called off, and threats made on a
 * condition. Invented sentences (Chile, Peru, Bolivia).
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target, r.status]);

describe("a protest presented, handed, made or sent to a government or its envoy is a complaint (ACCUSE)", () => {
  it("whatever the light verb, and no transfer of arms", () => {
    expect(coded("Chile has presented a strongly-worded protest to the Peruvian ambassador.")).toEqual([["ACCUSE", "CHL", "PER", "occurred"]]);
    expect(coded("Chile delivered a formal protest to the Peruvian ambassador.")).toEqual([["ACCUSE", "CHL", "PER", "occurred"]]);
    expect(coded("Chile handed a protest note to Peru's envoy.")).toEqual([["ACCUSE", "CHL", "PER", "occurred"]]);
    expect(coded("Chile sent a protest note to Peru.")).toEqual([["ACCUSE", "CHL", "PER", "occurred"]]);
    expect(coded("Chile gave a speech to Peru's parliament.")).toEqual([]);
  });

  it("stays a row of its own beside a condemnation told later with a date", () => {
    const rows = extractEvents(makeEventDoc(["Chile has presented a protest to the Peruvian ambassador over the seizure.", "The Chilean navy on Sunday condemned Peru's seizure of the boat."], "2024-06-06"), resources);
    expect(rows.map((r) => [r.event_type, r.event_mode])).toEqual([["ACCUSE", "complaint"], ["ACCUSE", "condemnation"]]);
  });
});

describe("a plan called off is no plan", () => {
  it("shelved, put on hold, suspended", () => {
    expect(coded("Chile shelved plans to send jets to Peru.")).toEqual([]);
    expect(coded("Chile put on hold its plans to send jets to Peru.")).toEqual([]);
    expect(coded("Chile suspended arms deliveries to Peru.").filter(([t]) => t === "AID")).toEqual([]);
  });
});

describe("a side that says it would defend itself or respond if the other acts threatens it", () => {
  it("with the condition; without one it tells no threat", () => {
    expect(coded("Chile's president said his country would defend itself if Peru goes ahead with the deal.")).toEqual([["THREATEN", "CHL", "PER", "occurred"]]);
    expect(coded("Chile warned on Monday it would respond if Peru sent warships to the strait.")).toContainEqual(["THREATEN", "CHL", "PER", "occurred"]);
    expect(coded("Chile said it would defend itself.")).toEqual([]);
  });
});

describe("a charge laid on a passive's subject (accused-passive)", () => {
  it("the side accused, blamed or criticised in the passive is the target; the agent after 'by' accuses", () => {
    expect(coded("Chilean troops have been accused of abusing civilians in Peru.")).toEqual([["ACCUSE", "", "CHL", "occurred"]]);
    expect(coded("The Chilean army was accused by Peru of abusing civilians.")).toEqual([["ACCUSE", "PER", "CHL", "occurred"]]);
    expect(coded("The Chilean navy came under withering criticism for its failure to protect fishermen.")).toEqual([["ACCUSE", "", "CHL", "occurred"]]);
  });

  it("the active verb keeps its subject as the accuser", () => {
    expect(coded("Peru accused Chile of abusing civilians.")).toEqual([["ACCUSE", "PER", "CHL", "occurred"]]);
  });
});
