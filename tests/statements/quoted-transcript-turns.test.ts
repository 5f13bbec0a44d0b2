/**
 * A transcript whose page opens each turn's paragraph with a quotation mark it never closes
 * ('"ORTIZ: Let us begin … . Why …'): the turn is one statement of the labelled speaker, direct,
 * over all the paragraph's sentences (loaders/statements/labelled.ts, index.ts). Every line is invented.
 */
import { describe, expect, it } from "vitest";
import { makeDoc } from "../helpers.ts";
import { extractStatements } from "../../loaders/statements.ts";

const BODY = [
  "Lena Ortiz of the Coast Herald interviewed Mayor Ana Ruiz on Sunday. A partial transcript as follows:",
  '"ORTIZ: Let us begin with the harbour. The council voted on Friday. Why did it do that?',
  '"RUIZ: Well, the harbour is old. It needs dredging. We cannot wait.',
  '"ORTIZ: Will the dredgers come in May?',
].join("\n\n");

describe("a transcript's turns printed in quotation marks left open", () => {
  it("gives one direct row per turn, spanning the turn's sentences", () => {
    const doc = makeDoc(BODY);
    const rows = extractStatements(doc).map((r) => [r.speaker, r.kind, doc.article.raw.slice(r.char_start, r.char_end)]);
    expect(rows).toEqual([
      ["Lena Ortiz", "direct", "Let us begin with the harbour. The council voted on Friday. Why did it do that"],
      ["Ana Ruiz", "direct", "Well, the harbour is old. It needs dredging. We cannot wait"],
      ["Lena Ortiz", "direct", "Will the dredgers come in May"],
    ]);
  });

  it("quotes the turn's sentences joined", () => {
    const quotes = extractStatements(makeDoc(BODY)).map((r) => r.quote);
    expect(quotes[1]).toBe("Well, the harbour is old … It needs dredging … We cannot wait");
  });
});
