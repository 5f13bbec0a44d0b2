import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// Verbs of reproach told in narration, without quotation: faulting, going after someone for a thing, likening
// someone to another, painting or casting someone as a thing, raising questions or casting doubt.
const READ: [text: string, speaker: string, stance: string, words: string][] = [
  ["Councillor Ana Ruiz faults the mayor for the deficit.", "Ana Ruiz", "condemn", "faults the mayor for the deficit"],
  ["The union went after the harbour board for its handling of the strike.", "the union", "condemn", "went after the harbour board for its handling of the strike"],
  ["The senator has likened the governor to a dictator.", "the senator", "other", "likened the governor to a dictator"],
  ["Ana Ruiz painted the mayor as a threat to the port.", "Ana Ruiz", "other", "painted the mayor as a threat to the port"],
  ["The ferry union cast the harbour board as a liar.", "the ferry union", "accuse", "cast the harbour board as a liar"],
  ["Ana Ruiz raised questions about the mayor's health.", "Ana Ruiz", "other", "raised questions about the mayor's health"],
  ["The senator cast doubt on the governor's account of the crash.", "the senator", "other", "cast doubt on the governor's account of the crash"],
];

describe("reproach told in narration", () => {
  it.each(READ)("%s", (text, speaker, stance, words) => {
    expect(rows(text)).toContainEqual([speaker, stance, words]);
  });
});

// The same verbs in another sense: a chase, a painter's work, a vote cast, a likeness of things measured by size.
const NOT_STATEMENTS = [
  "The police went after the suspects for hours.",
  "Ana Ruiz painted the fence as the sun set.",
  "Ana Ruiz cast her vote as the polls closed.",
  "The crew faults in the engine were fixed.",
];

describe("the same verbs in another sense", () => {
  it.each(NOT_STATEMENTS)("%s", (text) => expect(rows(text)).toEqual([]));
});

function rows(body: string): string[][] {
  const doc = makeDoc(body, "2024-06-24");
  return extractStatements(doc).map((r) => [r.speaker, r.stance, doc.article.raw.slice(r.char_start, r.char_end)]);
}
