/**
 * The supply matrix: each verb of giving arms in each frame of its clause (active, passive with
 * "by", raising with a perfect, control, a charge's gerund, relative clauses, coordination,
 * inserted asides, a denial, a recipient named as a side's forces). A cell passes when the coder
 * makes AID from Peru to Chile; the cells not read yet are GAPS. A perfect's irregular
 * participle the tagger reads as an adjective ("is believed to have sold") is the verb; people
 * who receive ("to Chilean forces") do not make the transfer a deployment. The sentences are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";
import { describeFrameMatrix } from "./event-matrix.ts";

interface GiveVerb {
  type: "AID";
  base: string;
  part: string;
  ing: string;
}

const give = (base: string, part: string, ing: string): GiveVerb => ({ type: "AID", base, part, ing });

const VERBS: Record<string, GiveVerb> = {
  supply: give("supply", "supplied", "supplying"),
  deliver: give("deliver", "delivered", "delivering"),
  ship: give("ship", "shipped", "shipping"),
  sell: give("sell", "sold", "selling"),
  provide: give("provide", "provided", "providing"),
  transfer: give("transfer", "transferred", "transferring"),
  export: give("export", "exported", "exporting"),
  send: give("send", "sent", "sending"),
  smuggle: give("smuggle", "smuggled", "smuggling"),
  donate: give("donate", "donated", "donating"),
};

const FRAMES: Record<string, (v: GiveVerb) => string> = {
  "progressive": (v) => `Peru is ${v.ing} rifles to Chile.`,
  "active": (v) => `Peru ${v.part} rifles to Chile last year.`,
  "passive with 'by'": (v) => `Rifles were ${v.part} to Chile by Peru last year.`,
  "raising with a perfect": (v) => `Peru is believed to have ${v.part} rifles to Chile.`,
  "perfect with an adverb": (v) => `Peru has already ${v.part} rifles to Chile.`,
  "control": (v) => `Peru agreed to ${v.base} rifles to Chile.`,
  "a charge's gerund": (v) => `Bolivia accused Peru of ${v.ing} rifles to Chile.`,
  "object relative clause": (v) => `The rifles that Peru ${v.part} to Chile were found near the border.`,
  "reduced relative with 'by'": (v) => `Rifles ${v.part} by Peru to Chile were found near the border.`,
  "coordinated verbs": (v) => `Peru built and ${v.part} rifles to Chile.`,
  "inserted aside": (v) => `Peru, according to Bolivian officials, secretly ${v.part} rifles to Chile.`,
  "apposition": (v) => `Peru, a major arms maker, ${v.part} rifles to Chile.`,
  "aspectual 'continues to'": (v) => `Peru continues to ${v.base} rifles to Chile.`,
  "the recipient as a side's forces": (v) => `Peru ${v.part} rifles to Chilean forces.`,
};

/** Cells not yet read ("verb / frame"). */
const GAPS = new Set<string>([
  "smuggle / a charge's gerund",
  "donate / the recipient as a side's forces",
  "smuggle / progressive",
]);

describeFrameMatrix("the supply matrix: each verb of giving arms in each frame (Peru to Chile)", FRAMES, VERBS, GAPS, ["PER", "CHL"]);

const coded = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("people sent are a deployment, people who receive are not", () => {
  it("troops and delegations sent make no transfer; arms sent to forces make no deployment", () => {
    expect(coded("Peru sent 2,000 troops to Chile.")).toEqual([["MOBILIZE", "PER", "CHL"]]);
    expect(coded("Peru is preparing to send up to 30,000 more troops to aid Chile.")).toEqual([["MOBILIZE", "PER", "CHL"]]);
    expect(coded("Chile is seeking to send a delegation to Peru.")).toEqual([]);
    expect(coded("Peru sent rifles to Chilean forces in the north.")).toEqual([["AID", "PER", "CHL"]]);
  });
});
