import { describe, expect, it } from "vitest";
import { expectSpokenBy, spoken } from "./read.ts";

// People described by the side they take ("critics", "opponents", "skeptics") speak with any verb of saying,
// also one read by its lemma in the bare present ("argue", "insist", "contend").
const READ: [text: string, speaker: string, words: string][] = [
  ["Many critics argue that the toll will hurt farmers.", "critics", "the toll will hurt farmers"],
  ["The bridge's opponents contend that the vote was rigged.", "opponents", "the vote was rigged"],
  ["Some skeptics insist the harbour plan cannot be paid for.", "skeptics", "the harbour plan cannot be paid for"],
  ["Her detractors argued that she had misled the council.", "detractors", "she had misled the council"],
];

describe("a side described speaks", () => {
  it.each(READ)("%s", (text, speaker, words) => expectSpokenBy(text, speaker, words));
});

describe("a side described that says nothing", () => {
  it("is no statement", () => {
    expect(spoken("Many critics attended the hearing on the toll.")).toEqual([]);
    expect(spoken("The critics argued with each other for an hour.")).toEqual([]);
  });
});
