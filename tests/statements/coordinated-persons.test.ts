import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// Two speakers in one phrase, a named person first: both speak, each by the fullest name the article gives
// ("Ruiz and Cano said" after "Ana Ruiz and Luis Cano met" → "Ana Ruiz and Luis Cano"). Phrases × frames.
const LEAD = "Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Cano met in Arica on Monday.";
const D = "Peru has moved two frigates to the border";
type Frame = [name: string, make: (x: string) => string];
const FRAMES: Frame[] = [
  ["X said that", (x) => `${x} said that ${D}.`],
  ["..., X said", (x) => `${D}, ${x} said.`],
  ['"...," X told reporters', (x) => `"${D}," ${x} told reporters.`],
  ["X, in a statement, said", (x) => `${x}, in a statement on Monday, said ${D}.`],
  ["X have said", (x) => `${x} have said that ${D}.`],
];
const PHRASES: Array<[string, string, string]> = [
  ["two surnames", "Ruiz and Cano", "Ana Ruiz and Luis Cano"],
  ["surname and titled name", "Ruiz and Peruvian Foreign Minister Luis Cano", "Ana Ruiz and Luis Cano"],
  ["surname and a description", "Ruiz and senior navy officers", "Ana Ruiz and senior navy officers"],
];
const CELLS = PHRASES.flatMap(([shape, phrase, speaker]) => FRAMES.map(([frame, make]) => [shape, frame, `${LEAD} ${make(phrase)}`, speaker] as const));

function rowFor(text: string) {
  const doc = makeDoc(text);
  const rows = extractStatements(doc);
  return { row: rows.find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes("frigates")), rows };
}

describe("coordinated persons × frames", () => {
  it.each(CELLS)("%s / %s", (_shape, _frame, text, speaker) => {
    const { row, rows } = rowFor(text);
    expect(row, JSON.stringify(rows.map((r) => r.speaker))).toBeDefined();
    expect(row!.speaker).toBe(speaker);
  });
});

describe("one title over an 'and'", () => {
  it("is one person", () => {
    const { row } = rowFor(`Under-Secretary for Humanitarian Affairs and Emergency Relief Coordinator Ana Ruiz said that ${D}.`);
    expect(row?.speaker).toBe("Ana Ruiz");
  });

  it("a body's name with 'and' stays whole", () => {
    const { row } = rowFor(`The Ministry of Trade and Industry said that ${D}.`);
    expect(row?.speaker).toBe("the Ministry of Trade and Industry");
  });
});
