import { describe, expect, it } from "vitest";
import { readWords } from "../loaders/analysis/words.ts";
import { statementTokens } from "../loaders/statements/tokens.ts";

/** The statement tokens of a sentence that starts at `base` in its article. */
function tokens(text: string, base = 100) {
  return statementTokens(readWords({ text, start: base }), text, base);
}

describe("statement tokens read the analysis layer's words", () => {
  it("join a hyphenated name and a word's clitic, as a reader sees them", () => {
    const text = "Park Min-jun, Seoul's high-ranking envoy, didn't say.";
    expect(tokens(text).map((t) => t.text)).toEqual(["Park", "Min-jun", ",", "Seoul's", "high-ranking", "envoy", ",", "didn't", "say", "."]);
  });

  it("keep sentence offsets, lower case and whether a token is a word", () => {
    const text = "“We will,” Kim Yo Jong’s office said.";
    const found = tokens(text, 5000);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(found.find((t) => t.text === "Jong’s")).toMatchObject({ lower: "jong’s", word: true });
    expect(found.filter((t) => !t.word).map((t) => t.text)).toEqual(["“", ",", "”", "."]);
  });

  it("set a final period apart from an abbreviation, a title or an initial", () => {
    expect(tokens("Mr. Kim of Ashton, Md., met U.S. envoy Donald J. Trump.").map((t) => t.text)).toEqual(["Mr", ".", "Kim", "of", "Ashton", ",", "Md", ".", ",", "met", "U.S", ".", "envoy", "Donald", "J", ".", "Trump", "."]);
  });

  it("leave a spaced dash and a possessive after a plural apart", () => {
    expect(tokens("The officials' claims - all of them - fell.").map((t) => t.text)).toEqual(["The", "officials", "'", "claims", "-", "all", "of", "them", "-", "fell", "."]);
  });
});
