import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// A verb that takes its subject to where it speaks, or gives it the means ("took to Twitter to …", "went on the
// radio to …", "used the hearing to …"): the subject says the infinitive's words, not the place nor the means.
const READ: [text: string, speaker: string, stance: string, words: string][] = [
  ["Councillor Ana Ruiz took to Twitter to blast the harbour board.", "Ana Ruiz", "condemn", "blast the harbour board"],
  ["The ferry union took to Facebook to criticize the toll.", "the ferry union", "condemn", "criticize the toll"],
  ["The port director went on the radio to deny the report.", "the port director", "deny", "deny the report"],
  ["The mayor used the budget hearing to attack the board for its spending.", "the mayor", "condemn", "attack the board for its spending"],
  ["The senator turned to Facebook to denounce the new tolls.", "the senator", "condemn", "denounce the new tolls"],
];

describe("the subject speaks where it went or by what it used", () => {
  it.each(READ)("%s", (text, speaker, stance, words) => {
    expect(rows(text)).toContainEqual([speaker, stance, words]);
  });
});

// No verb of saying in the infinitive, or one that says nothing was said.
const NOT_STATEMENTS = [
  "The senator went to Ohio to campaign.",
  "The rebels took to the hills to hide from the army.",
  "The mayor used the bridge to cross the river.",
  "The senator refused to criticize the toll.",
];

describe("going and using with no words said", () => {
  it.each(NOT_STATEMENTS)("%s", (text) => expect(rows(text)).toEqual([]));
});

function rows(body: string): string[][] {
  const doc = makeDoc(body, "2024-06-24");
  return extractStatements(doc).map((r) => [r.speaker, r.stance, doc.article.raw.slice(r.char_start, r.char_end)]);
}
