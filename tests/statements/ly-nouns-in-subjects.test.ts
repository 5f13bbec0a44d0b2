import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker: quote" for each row of a short article. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker}: ${r.quote}`);

describe("a noun in -ly that ends a speaker's phrase is part of it, not an adverb before the verb", () => {
  // Our own sentences: "family", "assembly" end the subject; "quickly" is still stepped over.
  it.each([
    ["Lawyers for the family said the video was incomplete.", "Lawyers for the family: the video was incomplete"],
    ["The Lima ministry quickly said the video was incomplete.", "the Lima ministry: the video was incomplete"],
  ])("%s", (sentence, row) => {
    expect(rows(`Peru plans a new dam.\n\n${sentence}`)).toEqual([row]);
  });
});
