import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker: quote" for each row of a short article. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker}: ${r.quote}`);

describe("a time told relative to the story between the subject and its verb of saying", () => {
  // Our own sentences: "last week", "earlier this month", "just" stand between the speaker and the verb.
  it.each([
    ["The Lima Water Board last week announced it would end the bonuses.", "the Lima Water Board: it would end the bonuses"],
    ["The Lima Water Board earlier this month said it would end the bonuses.", "the Lima Water Board: it would end the bonuses"],
    ["The Lima Water Board just this month announced it would end the bonuses.", "the Lima Water Board: it would end the bonuses"],
  ])("%s", (sentence, row) => {
    expect(rows(`Peru plans a new dam.\n\n${sentence}`)).toEqual([row]);
  });
});
