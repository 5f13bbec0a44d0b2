import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const spoken = (text: string) => statementsOf(text).map((r) => `${r.speaker} :: ${r.quote}`);

describe("a quantifier floated off a plural subject before its verb (data/statement-words.yaml floating_quantifiers, subject-end.ts)", () => {
  it("leaves the subject before it as the speaker", () => {
    expect(spoken("The senators all suggested that the new rules could be challenged in court.")).toEqual([
      "the senators :: the new rules could be challenged in court",
    ]);
    expect(spoken("Ana Ruiz and Tom Cano each argued that the tariff would hurt farmers.")).toEqual(["Ana Ruiz and Tom Cano :: the tariff would hurt farmers"]);
    expect(spoken("The two mayors have both said the bridge will stay open through the winter.")).toEqual([
      "the two mayors :: the bridge will stay open through the winter",
    ]);
  });

  it("reads a quantifier opening the sentence as before, as the subject itself", () => {
    expect(spoken("All said the bridge will stay open.").map((r) => r.split(" :: ")[0])).toEqual(["All"]);
  });
});
