import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// A charge laid by the law ("charged X with …") and a ruling against a party accuse it; the charge is the words.
const READ: [text: string, speaker: string, words: string][] = [
  ["Harbour police in May charged two dock workers with stealing fuel.", "Harbour police", "charged two dock workers with stealing fuel"],
  ["State prosecutors have charged the ferry company with fraud.", "State prosecutors", "charged the ferry company with fraud"],
  ["The port authority charged its former director with taking bribes from shippers.", "the port authority", "charged its former director with taking bribes from shippers"],
  ["The district court ruled against the city's new toll.", "the district court", "ruled against the city's new toll"],
];

describe("a charge laid, a ruling against", () => {
  it.each(READ)("%s", (text, speaker, words) => {
    expect(rows(text)).toContainEqual([speaker, "accuse", words]);
  });
});

// "charged" in its other senses, and a charge with a thing: no accusation.
const NOT_STATEMENTS = [
  "Ana Ruiz charged her phone with a cable.",
  "The bull charged at the crowd.",
  "The cavalry charged into the valley with swords drawn.",
  "The ferry company charged passengers with children a lower fare.",
];

describe("charging in another sense", () => {
  it.each(NOT_STATEMENTS)("%s", (text) => expect(rows(text)).toEqual([]));
});

function rows(body: string): string[][] {
  const doc = makeDoc(body, "2024-06-24");
  return extractStatements(doc).map((r) => [r.speaker, r.stance, doc.article.raw.slice(r.char_start, r.char_end)]);
}
