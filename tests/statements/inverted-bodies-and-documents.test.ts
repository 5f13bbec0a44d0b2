import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an inverted closing whose speaker is a long proper name", () => {
  it.each([
    '"This is a historic day," said the National Council for the Defence of the Andes (CNDA), a body set up by the army.',
    '"This is a historic day," said the Permanent Commission for the Protection of the Southern Coast and Islands.',
    '"This is a historic day," added the Andean Council of Ministers for Trade and the Environment of Peru.',
  ])("names the body whole: %s", (sentence) => {
    const rows = spoken(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^(?:the )?(?:National Council for the Defence of the Andes|Permanent Commission for the Protection of the Southern Coast and Islands|Andean Council of Ministers for Trade and the Environment of Peru)[^:]*: This is a historic day/);
  });

  it("still refuses a long lower-case clause after the verb", () => {
    expect(spoken('"This is a historic day," said one of the many people who had gathered in the square that night to watch.')).toHaveLength(0);
  });
});

describe("an inverted closing by a document with a participle and its phrase", () => {
  const lead = "The Andean Defence Council said the troops must leave. ";
  it.each([
    '"Foreign troops must leave our land," said the statement broadcast on state television.',
    '"Foreign troops must leave our land," said the letter sent to the embassy.',
    '"Foreign troops must leave our land," added the communique issued after the meeting.',
  ])("speaks for the issuer named before: %s", (sentence) => {
    expect(spoken(`${lead}${sentence}`)).toEqual(["the Andean Defence Council: the troops must leave", "the Andean Defence Council: Foreign troops must leave our land"]);
  });
});

describe("a document named with who issued it, closing a quotation", () => {
  it.each([
    ["“The border will stay open,” a statement from the Chilean foreign ministry said.", "the Chilean foreign ministry"],
    ["“The border will stay open,” a statement by the Chilean foreign ministry said on Monday.", "the Chilean foreign ministry"],
    ["“The border will stay open,” a communique from the Office of the Government Spokesperson reads in part.", "the Office of the Government Spokesperson"],
    ["“The border will stay open,” a letter from the Andean Trade Council read.", "the Andean Trade Council"],
    ["A note from the Peruvian embassy said the border would stay open.", "the Peruvian embassy"],
  ])("gives the words to the issuer: %s", (sentence, speaker) => {
    const rows = spoken(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].startsWith(`${speaker}: `)).toBe(true);
  });
});
