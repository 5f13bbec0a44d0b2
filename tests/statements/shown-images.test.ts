import { describe, expect, it } from "vitest";
import { expectSpokenBy, spoken } from "./read.ts";

// Pictures put out to show something: who put them out claims what they show (loaders/statements/shown-images.ts),
// in several frames: plain, perfect with an adverb, a relative "that (allegedly) showed", "purporting to show",
// an apposition after the subject, coordination, and a clause after "showing that".
const READ: [frame: string, text: string, speaker: string, words: string][] = [
  ["released images showing", "Chile released satellite images showing Peruvian frigates at the border.", "Chile", "Peruvian frigates at the border"],
  ["perfect, adverb", "The navy has also shared images showing the damage to the ship.", "navy", "the damage to the ship"],
  ["relative, adverb", "Chile provided images that allegedly showed weapons being delivered to a Peruvian depot.", "Chile", "weapons being delivered"],
  ["purporting to show", "The army has published a video purporting to show Peruvian troops crossing the river.", "army", "Peruvian troops crossing"],
  ["apposition", "Ana Ruiz, the defence minister, posted footage showing two frigates off Arica.", "Ana Ruiz", "two frigates off Arica"],
  ["coordinated", "The navy met on Monday and released photos showing a frigate near the port.", "navy", "a frigate near the port"],
  ["showing that", "Chile's spy agency released detailed satellite images showing that the first troops had arrived in Arica.", "spy agency", "the first troops had arrived"],
];

describe("pictures put out to show something", () => {
  it.each(READ)("%s", (_frame, text, speaker, words) => expectSpokenBy(text, speaker, words));
});

const NOT_STATEMENTS: [frame: string, text: string][] = [
  ["pictures put out by no one named", "A video showing the blast spread online."],
  ["released something else", "Chile released two prisoners on Monday."],
  ["negated", "The navy did not release images showing the frigates."],
];

describe("pictures with no one who put them out, or none put out", () => {
  it.each(NOT_STATEMENTS)("%s", (_frame, text) => {
    expect(spoken(text)).toEqual([]);
  });
});
