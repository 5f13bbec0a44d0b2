import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a danger or an uncertainty told with no verb of warning (data/speech-verbs.yaml cues)", () => {
  it("warns", () => {
    expect(stances("Senator Ola Berg said there is a real danger when a council ignores its auditors.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("“The fate of the ferry contract remains highly uncertain,” Senator Ola Berg said.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("Senator Ola Berg said the credibility of the board was on the line.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("“If you cut the ferry, you would be shooting yourself in the foot,” Senator Ola Berg said.")).toEqual([["Ola Berg", "warn"]]);
    expect(stances("Senator Ola Berg said there are also safety concerns at the pier.")).toEqual([["Ola Berg", "warn"]]);
  });

  it("leaves a danger named without the construction as it was", () => {
    expect(stances("Senator Ola Berg said the museum tells of the dangers of the old pier.")).toEqual([["Ola Berg", "other"]]);
  });
});
