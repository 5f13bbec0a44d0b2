import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// Plural speakers that take up others: a plural of states ("the countries") takes up the states that spoke
// together; "both" and "the two ministers" take up the two named since a pair last spoke together.
const D = "Peru has moved two frigates to the border";
const PAIR = "Chile and Bolivia said they had recalled their envoys.";
const THREE = "Chile, Bolivia and Argentina said on Monday that they had recalled their envoys.";

function rowOf(text: string) {
  const doc = makeDoc(text);
  return extractStatements(doc).find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes("frigates"));
}

describe("a plural of states takes up the states that spoke together", () => {
  it.each([
    ["closing", `${THREE} ${D}, the governments added.`],
    ["According to", `${THREE} According to the countries, ${D}.`],
    ["subject, in a joint statement", `${THREE} The countries stressed in a joint statement that ${D}.`],
  ])("%s", (_frame, text) => {
    const row = rowOf(text);
    expect(row?.speaker).toBe("Chile, Bolivia and Argentina");
    expect(row?.speaker_country).toBe("CHL;BOL;ARG");
  });
});

describe("two named after a pair spoke together are the two taken up", () => {
  it.each([
    ["both, coordinated clause", `${PAIR} Chilean Foreign Minister Ana Ruiz later spoke with Peruvian Foreign Minister Jorge Vidal, and both said that ${D}.`],
    ["the two ministers, coordinated clause", `${PAIR} Chilean Foreign Minister Ana Ruiz later spoke with Peruvian Foreign Minister Jorge Vidal, and the two ministers said that ${D}.`],
    ["both, after a fronted clause", `${PAIR} After Chilean Foreign Minister Ana Ruiz spoke with Peruvian Foreign Minister Jorge Vidal on Monday, both said that ${D}.`],
  ])("%s", (_frame, text) => {
    expect(rowOf(text)?.speaker).toBe("Ana Ruiz and Jorge Vidal");
  });
});
