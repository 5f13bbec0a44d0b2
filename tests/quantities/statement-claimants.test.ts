import { describe, expect, it } from "vitest";
import { claimantsFromStatements, speakerClaimant } from "../../loaders/quantities/statement-claimants.ts";
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
    expect(claimantsFromStatements([amount], quotes, loadDictionaries().quantities.words, raw)[0].attributed_to).toBe("");
    const opened = "Ines Haller said so. “The audit found 40 idle buses.”";
    const inQuote = { attributed_to: "", char_start: opened.indexOf("40"), char_end: opened.indexOf("40") + 11 };
    expect(claimantsFromStatements([inQuote], quotes, loadDictionaries().quantities.words, opened)[0].attributed_to).toBe("Ines Haller");
  });
});

describe("who claims an amount is who the statements say is speaking", () => {
  it("reads reported speech, with a pronoun speaker resolved across sentences", () => {
    expect(claimed("Marta Quillen runs the county clinic. She said that 3,000 patients were turned away last winter.")).toEqual([["3,000 patients", "Marta Quillen"]]);
    expect(claimed("Ivo Brandauer heads the port board.\n\nHe told reporters the docks had lost 120 jobs since May.")).toEqual([["120 jobs", "Ivo Brandauer"]]);
    expect(claimed("Critics say the program has cost taxpayers $40 million.")).toEqual([["$40 million", "Critics"]]);
  });

  it("reads 'according to' with a description, no name, as written", () => {
    expect(claimed("The campaign raised $12 million in August, according to campaign finance reports.")).toEqual([["$12 million", "campaign finance reports"]]);
    expect(claimed("According to county election officials, 4,500 ballots were rejected.")).toEqual([["4,500 ballots", "county election officials"]]);
  });

  it("reads a paraphrase with its speaker after it", () => {
    expect(claimed("The plant will cut 400 jobs by spring, union leaders warned.")).toEqual([["400 jobs", "union leaders"]]);
    expect(claimed("The mill shed 250 workers last year, the company's chief executive, Dora Vell, said on Monday.")).toEqual([["250 workers", "Dora Vell"]]);
  });

  it("reads a quotation carried on across sentences", () => {
    expect(claimed("Senator Alma Rusk spoke on Monday. “We counted 500 ballots by hand,” she said.")).toEqual([["500 ballots", "Alma Rusk"]]);
    expect(claimed("“The mill is dying,” said Tomas Brandt, a farmer. “It laid off 300 workers. It shut 12 lines.”")).toEqual([
      ["300 workers", "Tomas Brandt"],
      ["12 lines", "Tomas Brandt"],
    ]);
  });

  it("leaves an amount outside any statement without a claimant", () => {
    expect(claimed("The city hired 200 new teachers this year.")).toEqual([["200 new teachers", ""]]);
  });

  it("keeps a source the speaker relays, read by the amount's own cue", () => {
    expect(claimed("Ines Haller said the ministry reported 300 deaths in the flood.")).toEqual([["300 deaths", "ministry"]]);
    expect(claimed("At least 18 soldiers have left their posts, Radio Arica reported, citing army sources.")).toEqual([["At least 18 soldiers", "army sources"]]);
  });
});

describe("a statement's speaker as the table writes a claimant", () => {
  const words = loadDictionaries().quantities.words;
  it("drops 'the' and a body's initials, and takes the name a description closes on", () => {
    expect(speakerClaimant("the National Electoral Board (NEB)", words)).toBe("National Electoral Board");
    expect(speakerClaimant("the event organizer Friends of the Library", words)).toBe("Friends of the Library");
    expect(speakerClaimant("a survey released on Friday by the Tacna Trade Forum", words)).toBe("Tacna Trade Forum");
  });

  it("keeps a description whose name follows a preposition, and gives none for a pronoun or a possessive", () => {
    expect(speakerClaimant("officials at the Port Authority", words)).toBe("officials at the Port Authority");
    expect(speakerClaimant("builders and their allies in Congress", words)).toBe("builders and their allies in Congress");
    expect(speakerClaimant("their information", words)).toBeUndefined();
    expect(speakerClaimant("she", words)).toBeUndefined();
  });

  it("names a body in full where the amount's own cue gave its initials", () => {
    const quotes = [{ speaker: "the National Electoral Board (NEB)", char_start: 0, char_end: 100 }];
    expect(claimantsFromStatements([{ attributed_to: "NEB", char_start: 10, char_end: 20 }], quotes, words)[0].attributed_to).toBe("National Electoral Board");
  });
});
