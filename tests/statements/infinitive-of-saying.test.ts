import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb followed by an infinitive of saying ('responded to say …')", () => {
  it.each([
    ["Hours after the alert, the harbour authorities responded to say they knew where the ship was.", "the harbour authorities: they knew where the ship was"],
    ["After the vote, the mayor wrote to say that the quay would reopen.", "the mayor: the quay would reopen"],
    ["Within the hour, the ministry replied to say the ferry had been found.", "the ministry: the ferry had been found"],
    ["On Friday, Lena Voss wrote to say that the bridge was safe.", "Lena Voss: the bridge was safe"],
    ["By evening, the coast guard responded to state that no one was hurt.", "the coast guard: no one was hurt"],
  ])("reads the words after the infinitive, not the opening adverbial: %s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });

  it("still reads a place or an addressee after a closing attribution", () => {
    expect(spoken("The ferry will sail on Monday, the captain said to reporters.")).toEqual(["the captain: The ferry will sail on Monday"]);
    expect(spoken("The ferry will sail on Monday, the captain told the crew.")).toEqual(["the captain: The ferry will sail on Monday"]);
  });
});
