import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("a lead that sets its first word, a state's adjective, in capitals", () => {
  it.each([
    ["PERUVIAN Foreign Minister Ana Ruiz said talks with Chile would resume.", "Ana Ruiz", "PER"],
    ["CHILEAN President Tomas Vera told reporters that the border would stay open.", "Tomas Vera", "CHL"],
    ["ARGENTINIAN Defence Minister Luis Soto has said the jets will arrive in May.", "Luis Soto", "ARG"],
  ])("gives the speaker that state: %s", (sentence, speaker, country) => {
    const rows = statementsOf(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].speaker).toBe(speaker);
    expect(rows[0].speaker_country).toBe(country);
  });

  it("still leaves a word in capitals that names no state out of the phrase", () => {
    const rows = statementsOf("ADVERTISEMENT Ana Ruiz said talks with Chile would resume.");
    expect(rows.map((r) => [r.speaker, r.speaker_country])).toEqual([["Ana Ruiz", ""]]);
  });
});
