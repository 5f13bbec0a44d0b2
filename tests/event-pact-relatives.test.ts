/**
 * The pact matrix: a pact told by its noun, then the verb that made it in the passive or in a
 * relative clause ("the truce, which was signed by Chile and Peru", "the deal that Chile and
 * Peru reached"), for every noun of a pact and every verb of making one. A cell passes when the
 * coder makes an AGREE row binding Chile and Peru. A "by" agent may be the office holders of
 * the sides ("signed by the leaders of Chile and Peru"). The sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();

/** Each verb of making a pact, its participle, and a noun of a pact to make with it. */
const VERBS: Record<string, { part: string; noun: string }> = {
  sign: { part: "signed", noun: "truce" },
  reach: { part: "reached", noun: "deal" },
  ratify: { part: "ratified", noun: "protocol" },
  seal: { part: "sealed", noun: "ceasefire" },
  conclude: { part: "concluded", noun: "memorandum" },
  strike: { part: "struck", noun: "agreement" },
  ink: { part: "inked", noun: "accord" },
};

const FRAMES: Record<string, (part: string, noun: string) => string> = {
  "passive with a by-agent": (v, n) => `The ${n} was ${v} by Chile and Peru in June.`,
  "relative clause, passive": (v, n) => `The ${n}, which was ${v} by Chile and Peru last year, took effect on Monday.`,
  "reduced relative with a by-agent": (v, n) => `A ${n} ${v} by Chile and Peru last week took effect on Monday.`,
  "object relative clause": (v, n) => `The ${n} that Chile and Peru ${v} last Friday took effect.`,
  "by-agent: the sides' office holders": (v, n) => `The ${n} was ${v} by the foreign ministers of Chile and Peru.`,
  "by-agent: possessive officials": (v, n) => `The ${n} was ${v} by Chile's foreign minister and Peru's deputy foreign minister.`,
  "reported by a third side": (v, n) => `Bolivia said the ${n} that Peru ${v} with Chile was illegal.`,
};

/** Whether a row of the sentence is an AGREE binding Chile and Peru, and none names Bolivia as a side. */
function bindsChileAndPeru(sentence: string): boolean {
  const rows = extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).filter((r) => r.event_type === "AGREE");
  const sides = (r: (typeof rows)[number]) => [...r.actor.split(";"), ...r.target.split(";")];
  return rows.some((r) => sides(r).includes("CHL") && sides(r).includes("PER")) && !rows.some((r) => sides(r).includes("BOL"));
}

describe("the pact matrix: a pact's noun, then the verb that made it (Chile and Peru)", () => {
  for (const [frame, make] of Object.entries(FRAMES)) {
    it(frame, () => {
      const missed = Object.entries(VERBS).filter(([, v]) => !bindsChileAndPeru(make(v.part, v.noun))).map(([id]) => id);
      expect(missed).toEqual([]);
    });
  }
});

describe("no pact where none was made", () => {
  const types = (sentence: string) => extractEvents(makeEventDoc([sentence], "2024-06-06"), resources).map((r) => r.event_type);
  it("negated, or its agent no side, or a content clause", () => {
    expect(types("The deal, which was not signed by Chile, collapsed.")).not.toContain("AGREE");
    expect(types("The truce was signed by the end of June.")).not.toContain("AGREE");
    expect(types("The agreement that Chile would withdraw its troops was rejected by Peru.")).not.toContain("AGREE");
  });
});
