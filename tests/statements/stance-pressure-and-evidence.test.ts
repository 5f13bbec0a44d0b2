import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** The stance of each row of the named speaker (a state's own frame "Peru remains committed to" is another row). */
const stances = (body: string) => statementsOf(body).filter((r) => r.speaker !== "Peru").map((r) => [r.speaker, r.stance]);

describe("stance from what the clause does: pressure kept on another side threatens (data/speech-verbs.yaml cues)", () => {
  it("a commitment to disrupt or counter another side, pressure kept on it, a right to act kept", () => {
    expect(stances('Peruvian Treasury official Ana Ruiz said: "Today\'s action reflects our commitment to disrupt the networks of Chile."')).toEqual([["Ana Ruiz", "threaten"]]);
    expect(stances("Peruvian President Ana Ruiz said Peru remains committed to countering the smugglers from Chile.")).toEqual([["Ana Ruiz", "threaten"]]);
    expect(stances('Peruvian President Ana Ruiz said: "I welcome the new package. We will keep the pressure high on Chile."')).toEqual([["Ana Ruiz", "threaten"]]);
    expect(stances("Peruvian President Ana Ruiz said Peru retains its right to act against any threat from Chile.")).toEqual([["Ana Ruiz", "threaten"]]);
  });

  it("a commitment to a partner still supports it", () => {
    expect(stances("Peruvian President Ana Ruiz said Peru remains firmly committed to the security of Chile.")).toEqual([["Ana Ruiz", "support"]]);
  });
});

describe("stance from what the clause does: a charge said to rest on nothing is denied", () => {
  it("'not based on evidence', 'unfounded', 'unsubstantiated'", () => {
    expect(stances("The Peruvian government said on Tuesday that allegations that Peru was buying weapons from Chile were not based on evidence.")).toEqual([["the Peruvian government", "deny"]]);
    expect(stances("Peruvian President Ana Ruiz said the reports that Peru sent troops to Chile were unfounded.")).toEqual([["Ana Ruiz", "deny"]]);
  });
});
