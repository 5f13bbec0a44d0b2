import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";
import { framesNamed } from "./speaker-frames.ts";

// A body speaks by the name the article gives it most fully, with the initials the article also calls it by
// (../shared/annotation-guide.md: "the speaker's name as fully as the article gives it anywhere"), whichever form
// the sentence that quotes it uses. Body phrases × frames of attribution, in invented sentences.
type Phrase = [shape: string, lead: string, phrase: string, speaker: string];

const FRAMES = framesNamed("X said that", "..., X said", "According to X", '"...," X told reporters', "X, in a statement, said");

const PHRASES: Phrase[] = [
  ["initials defined before", "The Andes Fisheries Council (AFC) met in Arica.", "the AFC", "Andes Fisheries Council (AFC)"],
  ["full name, initials defined before", "The Andes Fisheries Council (AFC) met in Arica.", "the Andes Fisheries Council", "Andes Fisheries Council (AFC)"],
  ["gazetteer initials, full name before", "Drones struck a base in Iquique, U.S. Central Command said.", "CENTCOM", "U.S. Central Command (CENTCOM)"],
  ["gazetteer full name, initials elsewhere", "The EU met in Lima on Monday.", "the European Union", "European Union (EU)"],
  ["lower-case modifier before a defined name", "The Andes News Agency (ANA) met in Arica.", "the official Andes News Agency", "Andes News Agency (ANA)"],
  ["the country's office, fuller form before", "The Chilean Maritime Safety Office met in Arica.", "the country's Maritime Safety Office", "Chilean Maritime Safety Office"],
];


// With the reported clause first, "the country" is Peru, named last: another office, rightly.
const OTHER_READING = new Set(["the country's office, fuller form before / ..., X said", 'the country\'s office, fuller form before / "...," X told reporters']);

const CELLS = PHRASES.flatMap(([shape, lead, phrase, speaker]) => FRAMES.map(([frame, make]) => [shape, frame, `${lead} ${make(phrase)}`, speaker] as const)).filter(
  ([shape, frame]) => !OTHER_READING.has(`${shape} / ${frame}`),
);

function rowFor(text: string) {
  const doc = makeDoc(text);
  const rows = extractStatements(doc);
  return { row: rows.find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes("frigates")), rows };
}

describe("body names × frames", () => {
  it.each(CELLS)("%s / %s", (_shape, _frame, text, speaker) => {
    const { row, rows } = rowFor(text);
    expect(row, JSON.stringify(rows.map((r) => r.speaker))).toBeDefined();
    expect(row!.speaker).toBe(speaker);
  });
});

describe("names that stay as written", () => {
  it.each([
    ["a head linked to the body speaks", "The Andes Fisheries Council (AFC) met in Arica. A spokesman for the Andes Fisheries Council said that Peru has moved two frigates to the border.", "spokesman for the Andes Fisheries Council (AFC)"],
    ["a state goes by its name", "North Korea and the DPRK's allies met. North Korea said that Peru has moved two frigates to the border.", "North Korea"],
    ["one word takes no fuller form", "On Sunday Hezbollah fired rockets. Hezbollah said that Peru has moved two frigates to the border.", "Hezbollah"],
    ["the country named last keeps its office", "The Chilean Maritime Safety Office and the Peruvian Maritime Safety Office met. Peru has moved two frigates to the border, the country's Maritime Safety Office said.", "Peru's Maritime Safety Office"],
    ["initials in a complement stay as written", "The EU met in Lima. The Chilean presidency of the EU said that Peru has moved two frigates to the border.", "Chilean presidency of the EU"],
    ["initials that are a word of the name add nothing", "RIA Novosti said that Peru has moved two frigates to the border.", "RIA Novosti"],
    ["a form that holds the initials is no fuller name", "According to state media KCNA, Peru has moved two frigates to the border.", "KCNA"],
    ["initials no name spells", "The council (AFC) met. The AFC said that Peru has moved two frigates to the border.", "AFC"],
  ])("%s", (_shape, text, speaker) => {
    const { row, rows } = rowFor(text);
    expect(row, JSON.stringify(rows.map((r) => r.speaker))).toBeDefined();
    expect(row!.speaker.toLowerCase()).toContain(speaker.toLowerCase());
    expect(row!.speaker.length).toBeLessThanOrEqual(speaker.length + 8);
  });
});
