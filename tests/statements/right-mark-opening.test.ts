import { describe, expect, it } from "vitest";
import { findQuotes } from "../../loaders/quotes.ts";
import { statementsOf } from "./read.ts";

/** "speaker: quote" for each row of a short article. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker}: ${r.quote}`);

describe("a right quotation mark written where a quotation opens", () => {
  // Our own sentences: a page that opens a quotation with ” (after a paragraph break, often before an ellipsis).
  it("opens a quotation after a space or at the start of the text", () => {
    const text = "” … the bridge is safe,” Ortiz wrote.";
    expect(findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([" … the bridge is safe,"]);
  });

  it("reads the statement it quotes", () => {
    expect(rows("Mayor Lena Ortiz spoke on Monday.\n\n” … what I learned from the families is that the bridge is safe,” Ortiz wrote.")).toEqual([
      "Lena Ortiz: … what I learned from the families is that the bridge is safe",
    ]);
  });

  it("still closes a quotation opened with a left mark", () => {
    const text = "“The bridge is safe,” Ortiz said, and “the ramps are done.”";
    expect(findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["The bridge is safe,", "the ramps are done."]);
  });
});
