import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("verbs of reproach of general English (data/speech-verbs.yaml berate, rip)", () => {
  it("condemn their object", () => {
    expect(stances("Senator Ola Berg chastised Mayor Tove Lind for the budget.")).toEqual([["Ola Berg", "condemn"]]);
    expect(stances("Senator Ola Berg took a swipe at Mayor Tove Lind on Friday.")).toEqual([["Ola Berg", "condemn"]]);
    expect(stances("The harbour union skewers the board in its newsletter.")).toEqual([["the harbour union", "condemn"]]);
  });

  it("verbs of striking condemn only with what the blow was for", () => {
    expect(stances("Senator Ola Berg ripped Mayor Tove Lind for her budget.")).toEqual([["Ola Berg", "condemn"]]);
    expect(stances("Senator Ola Berg hammered Mayor Tove Lind for raising fares.")).toEqual([["Ola Berg", "condemn"]]);
    expect(stances("Senator Ola Berg called out Mayor Tove Lind for her silence.")).toEqual([["Ola Berg", "condemn"]]);
    expect(stances("Senator Ola Berg hit the road for a week of rallies.")).toEqual([]);
    expect(stances("Senator Ola Berg called out the names of the fallen.")).toEqual([]);
  });
});
