import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (sentence: string) =>
  extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => [r.event_type, r.actor, r.target]);
const types = (sentence: string) => coded(sentence).map(([t]) => t);

describe("an act a side has reason or a pretext to do is none done (capacity_nouns)", () => {
  it("reason, grounds or a pretext before the infinitive make no row", () => {
    expect(types("They joined the war, so the Chilean army has good reason to attack them.")).not.toContain("ASSAULT");
    expect(types("Chile has every reason to sanction Peru.")).not.toContain("SANCTION");
    expect(types("Peru said Chile was seeking a pretext to invade Bolivia.")).not.toContain("ASSAULT");
  });

  it("the act itself, and one done for no reason, are rows", () => {
    expect(types("Chile attacked Peru for no reason.")).toContain("ASSAULT");
    expect(types("Chile sanctioned Peru for that reason.")).toContain("SANCTION");
  });
});

describe("'we must' exhorts the speaker's own side, it asks no one (must-demand)", () => {
  it("a first-person subject before 'must' makes no demand", () => {
    expect(types("“Chile's war on Peru is a danger to the region. We must ensure support for Peru,” the Bolivian minister said.")).not.toContain("REQUEST");
    expect(types("“I must also defend Peru,” Bolivia's president said of Chile.")).not.toContain("REQUEST");
  });

  it("a demand on another side stays a REQUEST", () => {
    expect(coded("Peru said on Tuesday that Chile must return the boats.")).toContainEqual(["REQUEST", "PER", "CHL"]);
  });
});

describe("an act a noun of advocacy takes as its gerund is argued over, not done (advocacy_nouns)", () => {
  it("support for, calls for, opposition to or the idea of V-ing make no row of the act", () => {
    expect(types("Borrell, a former Chilean minister, is known for his outspoken support for providing Peru with weapons.")).not.toContain("AID");
    expect(types("Bolivia rejected calls for sending troops to Peru.")).not.toContain("MOBILIZE");
    expect(types("The idea of deploying Chilean troops to Peru was dropped.")).not.toContain("MOBILIZE");
  });

  it("the same gerunds after a verb or a preposition of means tell the act", () => {
    expect(types("Chile supported Peru by providing it with weapons.")).toContain("AID");
    expect(types("Chile continued sending troops to Peru.")).toContain("MOBILIZE");
  });
});
