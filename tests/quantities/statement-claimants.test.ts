import { describe, expect, it } from "vitest";
import { claimantsFromStatements } from "../../loaders/quantities/statement-claimants.ts";
import { extractArticle, loadDictionaries } from "../../loaders/tables.ts";
import { makeArticle } from "../helpers.ts";

const claimed = (text: string) =>
  extractArticle(makeArticle(`---\npublished: 2024-06-24\n---\n${text}`), loadDictionaries()).quantities.map((q) => [q.text, q.attributed_to]);

describe("an amount in a quotation the paragraph's speaker goes on with", () => {
  it("is the speaker's in the second part of a quotation split by its attribution", () => {
    expect(claimed("Mayor Ines Haller spoke at the depot.\n\n“The fleet is old,” said Haller. “Last winter we lost 40 buses to rust.”\n")).toEqual([["40 buses", "Ines Haller"]]);
  });

  it("is the speaker's in a new quotation with no attribution of its own", () => {
    expect(claimed("“We were ignored,” said Tomas Brandt, a farmer. “The mill laid off 300 workers.”\n")).toEqual([["300 workers", "Tomas Brandt"]]);
  });

  it("is not the speaker's when the writer quotes a phrase inside a sentence of their own", () => {
    const raw = "Ines Haller said so. The audit found “40 idle buses” in the depot.";
    const quotes = [{ speaker: "Ines Haller", char_start: 0, char_end: 19 }];
    const amount = { attributed_to: "", char_start: raw.indexOf("40"), char_end: raw.indexOf("40") + 11 };
    expect(claimantsFromStatements([amount], quotes, raw)[0].attributed_to).toBe("");
    const opened = "Ines Haller said so. “The audit found 40 idle buses.”";
    const inQuote = { attributed_to: "", char_start: opened.indexOf("40"), char_end: opened.indexOf("40") + 11 };
    expect(claimantsFromStatements([inQuote], quotes, opened)[0].attributed_to).toBe("Ines Haller");
  });
});
