import { describe, expect, it } from "vitest";
import { expectSpokenBy, spoken } from "./read.ts";

// A participle of saying that opens the sentence speaks for the main clause's subject: verbs of a clause
// ("Claiming …", "Insisting that …") and object verbs ("Accusing Peru of …", 'Calling it "…"', "Warning of …"),
// before a main verb of saying or of acting, with a name, a body or a description as subject.
const READ: [frame: string, text: string, speaker: string, words: string][] = [
  ["Claiming …, X said", "Claiming the troops were traitors, Ana Ruiz said the border was closed.", "Ana Ruiz", "the troops were traitors"],
  ["Insisting that …, X acted", "Insisting that the port stays open, the Chilean navy sent two frigates.", "Chilean navy", "the port stays open"],
  ["Accusing Y of …, X acted", "Accusing Peru of arming the rebels, Chile recalled its envoy.", "Chile", "arming the rebels"],
  ["Calling it \"…\", X condemned", "Calling it an \"act of aggression\", Chile's foreign ministry condemned the strike.", "foreign ministry", "act of aggression"],
  ["Warning of …, X acted", "Warning of more strikes, the navy closed the port.", "navy", "more strikes"],
];

describe("a participle of saying that opens the sentence", () => {
  it.each(READ)("%s", (_frame, text, speaker, words) => expectSpokenBy(text, speaker, words));
});

const NOT_STATEMENTS: [frame: string, text: string][] = [
  ["a participle of no saying", "Speaking at the port, Ana Ruiz left for Lima."],
  ["calling with no quotation", "Calling the talks useful, the minister left."],
  ["citing with no 'as'", "Citing the audit, Ana Ruiz resigned."],
];

describe("fronted participles that say nothing", () => {
  it.each(NOT_STATEMENTS)("%s", (_frame, text) => {
    expect(spoken(text)).toEqual([]);
  });
});
