import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const who = (body: string) => statementsOf(body).map((r) => `${r.speaker} ${r.speaker_country}`.trim());
// Two mentions of a region make the report's state (speakers/home-state.ts) with no dateline.
const set = "Ohio voted on Tuesday. The Ohio count went on all night.";

describe("a politician's or a campaign's staff in a report with no dateline", () => {
  it("speaks for the report's state: a campaign's adviser, a politician's director, aides named by a politician", () => {
    expect(who(`${set} Ana Ruiz, a senior adviser to the Reed campaign, said the vote was close.`)).toEqual(["Ana Ruiz USA"]);
    expect(who(`${set} Reed communications director Ana Ruiz said the vote was close.`)).toEqual(["Ana Ruiz USA"]);
    expect(who(`${set} Tom Reed's campaign manager Ana Ruiz said the vote was close.`)).toEqual(["Ana Ruiz USA"]);
    expect(who(`${set} Reed aides said the vote was close.`)).toEqual(["Reed aides USA"]);
  });

  it("not a director of a university's programme", () => {
    expect(who(`${set} Ana Ruiz, director of debate at the University of Lima, said the vote was close.`)).toEqual(["Ana Ruiz"]);
  });
});
