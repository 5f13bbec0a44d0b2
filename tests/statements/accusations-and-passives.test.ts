import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a verb that speaks only before 'that' does not end the words of the verb before it", () => {
  it.each([
    ["The harbour board has accused Ostburg of jamming radio signals at the border.", "the harbour board: accused Ostburg of jamming radio signals at the border"],
    ["The harbour board has accused Ostburg of blocking radio signals at the border.", "the harbour board: accused Ostburg of blocking radio signals at the border"],
    ["The council condemned the new traffic signals outside the school.", "the council: condemned the new traffic signals outside the school"],
  ])("%s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });
});

describe("armed and police services speak as the army does", () => {
  it.each([
    ["The navy has accused Ostburg of cutting the cable.", "the navy: accused Ostburg of cutting the cable"],
    ["The brigade condemned the shelling of the town.", "the brigade: condemned the shelling of the town"],
    ["The militia denied that its fighters had crossed the river.", "the militia: its fighters had crossed the river"],
  ])("%s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });
});

describe("words confirmed, acknowledged or endorsed by a speaker in the passive", () => {
  it.each([
    ["The ceasefire was confirmed by Prime Minister Ana Ruiz.", "Ana Ruiz: The ceasefire", "confirm"],
    ["The ceasefire was confirmed by Prime Minister Ana Ruiz on Monday.", "Ana Ruiz: The ceasefire", "confirm"],
    ["The sinking of the ferry has been acknowledged by the Ostburg navy.", "the Ostburg navy: The sinking of the ferry", "confirm"],
    ["The plan was endorsed by the harbour board.", "the harbour board: The plan", "support"],
    ["The new quay was slammed by local fishermen.", "local fishermen: The new quay", "condemn"],
  ])("%s", (sentence, row, stance) => {
    const rows = statementsOf(sentence);
    expect(rows.map((r) => `${r.speaker}: ${r.quote}`)).toEqual([row]);
    expect(rows[0].stance).toBe(stance);
  });

  it("leaves a subject that takes up the sentence before, and other verbs of the passive, alone", () => {
    // "This" words nothing of its own; the sentence before, which named no speaker, is hers (taken-up.ts).
    expect(spoken("Two bridges were destroyed. This was confirmed by Harbour Minister Lena Voss on Monday.")).toEqual(["Lena Voss: Two bridges were destroyed"]);
    expect(spoken("The ferry was backed by a loan from the bank.")).toEqual([]);
  });
});
