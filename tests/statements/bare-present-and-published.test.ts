import { describe, expect, it } from "vitest";
import { expectSpokenBy, spoken } from "./read.ts";

// A bare present after a plural subject that closes the sentence ("…, medical sources report.") is a verb of
// saying for every lemma, though the tagger reads it as a noun; "published … that" tells a notice's words.
const READ: [frame: string, text: string, speaker: string, words: string][] = [
  ["…, sources report.", "At least 57 people were killed in the strike, medical sources report.", "medical sources", "57 people were killed"],
  ["…, officials claim.", "Peru moved two frigates to the border, Chilean officials claim.", "Chilean officials", "two frigates"],
  ["…, analysts note.", "The frigates left Callao in May, Chilean analysts note.", "Chilean analysts", "frigates left Callao"],
  ["published on X that", "The Chilean police published on Facebook that six officers had fallen.", "Chilean police", "six officers had fallen"],
  ["has published, adverbial, that", "The navy has published on its website that two frigates had left.", "navy", "two frigates had left"],
];

describe("a closing bare present; a notice published", () => {
  it.each(READ)("%s", (_frame, text, speaker, words) => expectSpokenBy(text, speaker, words));
});

const NOT_STATEMENTS: [frame: string, text: string][] = [
  ["a noun after a determiner", "Two ships sank, the reports."],
  ["published a thing", "The navy published new rules."],
];

describe("nouns and things published", () => {
  it.each(NOT_STATEMENTS)("%s", (_frame, text) => {
    expect(spoken(text)).toEqual([]);
  });
});
