import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
/** Type, actor and target of each row the coder makes of the paragraphs. */
const coded = (paragraphs: string[], published = "2023-09-06") =>
  extractEvents(makeEventDoc(paragraphs, published), resources).map((r) => [r.event_type, r.actor, r.target]);
/** The event types the coder finds in one sentence. */
const types = (sentence: string) => coded([sentence]).map(([t]) => t);

describe("a visit names whom it visits (event_needs_target)", () => {
  it("a leader's tour of a place at home, or a trip to no named side, is no meeting", () => {
    expect(types("Kim Jong Un visited a tank factory on Tuesday and praised its workers.")).not.toContain("CONSULT");
    expect(types("Putin visited a military hospital outside Moscow.")).not.toContain("CONSULT");
    expect(types("Chile's president travelled to the flooded southern provinces on Monday.")).not.toContain("CONSULT");
    expect(types("The Peruvian defence minister toured a naval base during a visit to the coast.")).not.toContain("CONSULT");
    expect(types("Soldiers staged a parade during Kim's visit to their barracks.")).not.toContain("CONSULT");
    expect(types("Japan's prime minister will head to the earthquake zone later this week.")).not.toContain("CONSULT");
  });

  it("a visit to another side, named in any of its sentences, is a meeting", () => {
    expect(coded(["Kim Jong Un visited Russia in September."])).toContainEqual(["CONSULT", "PRK", "RUS"]);
    expect(coded(["Chile's president travelled to Peru on Monday."])).toContainEqual(["CONSULT", "CHL", "PER"]);
    expect(coded(["Putin's visit to Vietnam drew protests in the West."])).toContainEqual(["CONSULT", "RUS", "VNM"]);
    expect(coded(["Japan's prime minister paid a visit to Seoul in May.", "During the visit, he toured a shipyard."])).toEqual([["CONSULT", "JPN", "KOR"]]);
  });
});
