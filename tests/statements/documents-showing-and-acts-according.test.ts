import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a document or a page that shows, closing the sentence", () => {
  it("speaks, with the day it showed it: '…, a navy report showed Tuesday'", () => {
    expect(spoken("Peru has moved two frigates to the border, a Chilean navy report showed on Tuesday.")).toEqual(["a Chilean navy report: Peru has moved two frigates to the border"]);
    expect(spoken("Peru skipped its monthly filings to the council, the port authority's website showed Friday.")).toEqual(["the port authority's website: Peru skipped its monthly filings to the council"]);
  });

  it("not data from a document, nor a report that shows a thing", () => {
    expect(spoken("Data from the navy report shows that Peru moved two frigates.")).toEqual([]);
    expect(spoken("The report showed the pier.")).toEqual([]);
  });
});

describe("'according to' after an act told with a verb of saying", () => {
  it("gives the sentence's words to its source: 'a strike has claimed dozens of lives, according to …'", () => {
    expect(spoken("A Peruvian air strike has claimed dozens of lives, according to UN officials.")).toEqual(["UN officials: A Peruvian air strike has claimed dozens of lives"]);
    expect(spoken("Peru launched air strikes in Tacna and Puno states, according to Chilean officials.")).toEqual(["Chilean officials: Peru launched air strikes in Tacna and Puno states"]);
  });
});
