import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

const before = "Lena Voss met the harbour board on Monday. ";

describe("a noun of speech after a possessive is a noun, not a verb (possessed-nouns.ts)", () => {
  it.each([
    "Voss's comments came as she and her staff try to win over the dock workers.",
    "Voss’s comments, which came during a debate on the budget, drew scrutiny from some members.",
    "The board may not act because of Voss's Fifth Amendment claims, and prosecutors rarely pursue such cases.",
    "Her remarks followed a week of strikes at the port.",
    "The mayor's repeated claims have become a headache for the board.",
  ])("reads no statement from it: %s", (sentence) => {
    expect(spoken(before + sentence)).toEqual([]);
  });

  it.each([
    ["Voss comments that the quay will reopen in May.", "Lena Voss: the quay will reopen in May"],
    ["Voss's office claims the quay will reopen in May.", "Voss's office: the quay will reopen in May"],
    ["The mayor's aide later remarked that the quay would reopen in May.", "the mayor's aide: the quay would reopen in May"],
    ["People close to her said the quay would reopen in May.", "People close to her: the quay would reopen in May"],
  ])("still reads a verb after the possessed noun or with no possessive: %s", (sentence, row) => {
    expect(spoken(before + sentence)).toContain(row);
  });
});
