import { describe, expect, it } from "vitest";
import { makeDoc } from "../helpers.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { spoken } from "./read.ts";

describe("an adverb of manner after a closing attribution", () => {
  it("steps over an -ly adverb after the verb, as after a day", () => {
    expect(spoken("“Heaven forbid we ask the harbour board anything,” Okafor said sarcastically.")).toEqual(["Okafor: Heaven forbid we ask the harbour board anything"]);
    expect(spoken("The ferries will sail on time, the harbour master said flatly.")).toEqual(["the harbour master: The ferries will sail on time"]);
  });

  it("keeps the offsets on the quoted words, with a date after the adverb", () => {
    const doc = makeDoc("“The quay is ours,” Okafor replied angrily on Tuesday.");
    const [row] = extractStatements(doc);
    expect(doc.article.raw.slice(row.char_start, row.char_end)).toBe("The quay is ours");
    expect(row.date).toBe("2024-06-18");
  });
});
