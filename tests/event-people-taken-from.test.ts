/**
 * People a side takes in from another are the other's deployment (MOBILIZE from the side after
 * "from" to the side that takes them in), not goods bought: each verb of taking in, in each
 * frame. Goods received stay a transfer; reports and delegations received are neither. The
 * sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";
import { describeFrameMatrix } from "./event-matrix.ts";

const resources = eventResources();

interface TakeVerb {
  type: "MOBILIZE";
  base: string;
  past: string;
  people: string;
}

const VERBS: Record<string, TakeVerb> = {
  receive: { type: "MOBILIZE", base: "receive", past: "received", people: "troops" },
  recruit: { type: "MOBILIZE", base: "recruit", past: "recruited", people: "workers" },
  hire: { type: "MOBILIZE", base: "hire", past: "hired", people: "labourers" },
  accept: { type: "MOBILIZE", base: "accept", past: "accepted", people: "soldiers" },
};

const FRAMES: Record<string, (v: TakeVerb) => string> = {
  "past with a number": (v) => `Chile ${v.past} 2,000 ${v.people} from Peru last year.`,
  "control, planned": (v) => `Chile plans to ${v.base} 12,000 ${v.people} from Peru.`,
  "perfect with a vague amount": (v) => `Chile has ${v.past} thousands of ${v.people} from Peru to build drones.`,
  "relative clause": (v) => `Chile, which ${v.past} ${v.people} from Peru, denied breaking sanctions.`,
  "reported": (v) => `Chile ${v.past} about 500 ${v.people} from Peru, Bolivian officials said.`,
};

describeFrameMatrix("people taken in from a side: its deployment (Peru to Chile)", FRAMES, VERBS, new Set(), ["PER", "CHL"]);

const coded = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).map((r) => [r.event_type, r.actor, r.target]);

describe("what else is received from a side", () => {
  it("goods stay a transfer, people are no goods", () => {
    expect(coded("Chile received rifles from Peru.")).toContainEqual(["AID", "PER", "CHL"]);
    expect(coded("Chile received 2,000 troops from Peru.").map(([type]) => type)).not.toContain("AID");
  });

  it("reports, and people not taken in, are neither", () => {
    expect(coded("Chile received reports from Peru on troop movements.")).toEqual([]);
    expect(coded("Chile did not recruit workers from Peru.")).toEqual([]);
  });
});
