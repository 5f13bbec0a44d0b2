import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a speaker's head before a participle whose phrase chains several prepositional phrases", () => {
  it.each([
    ["Peruvian troops stationed in the south of the Andes said the pass was closed.", "Peruvian troops"],
    ["Harbour pilots working along the coast of the Atacama near Peru said the lights had failed.", "Harbour pilots"],
    ["Chilean nurses deployed to the hospitals of the north in Arica said the wards were full.", "Chilean nurses"],
    ["Peru and its partners involved in the fight against smugglers in the Andes announced their decision to withdraw ships.", "Peru and its partners"],
  ])("gives the words to the head, not the last place named: %s", (sentence, speaker) => {
    const rows = spoken(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].startsWith(speaker)).toBe(true);
  });
});
