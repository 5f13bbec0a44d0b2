/**
 * A speaker's head in the plural opening a sentence ("Delegates questioned …"): capitalised only
 * because it opens the sentence, it is a plural description, not a name, so a later "he" does not
 * take it up (loaders/speakers/phrase.ts). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const BODY = [
  'Senator Tomas Vell spoke at the port on Monday. "I am not in the habit of backing people who attack my family," Vell said in July.',
  "Delegates questioned how Vell could turn back on a pledge he made to back the plan.",
  '"The day that was broken was the day this became personal," he said.',
].join("\n\n");

describe("a plural speaker's head opening a sentence", () => {
  it("is read as many speakers, and a singular pronoun after it takes up the person before", () => {
    const rows = statementsOf(BODY);
    expect(rows.find((r) => r.quote.includes("turn back on a pledge"))?.speaker).toBe("Delegates");
    expect(rows.find((r) => r.quote.includes("this became personal"))?.speaker).toBe("Tomas Vell");
  });

  it("leaves a capitalised surname ending in s a person's name", () => {
    const rows = statementsOf("Ana Williams chairs the port board. Williams said the cranes would be sold.");
    expect(rows.map((r) => r.speaker)).toEqual(["Ana Williams"]);
  });
});
