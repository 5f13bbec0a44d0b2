import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a third party judged by a word of negative valence it is the subject or owner of (data/negative-valence.yaml)", () => {
  it("accuses the subject of a clause whose predicate is a negative act or quality", () => {
    expect(stances("“She deceived the families who trusted her,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The harbour board squandered the pension fund,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said Mayor Tove Lind was arrogant and careless with the budget.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“His tariff scheme would cripple the farms and wreck the ports,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said they have exploited the drivers for years.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“She lied and cheated,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The harbour board has tried to deceive the families,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("accuses the owner of a negatively judged noun phrase", () => {
    expect(stances("Senator Ola Berg pointed to the mayor's incompetent handling of the flood.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Look at their greed,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Everyone has seen Tove Lind's arrogant treatment of the nurses,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("does not accuse when the judgement is negated, supposed or asked", () => {
    expect(stances("“Mayor Tove Lind is not greedy,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“If the board squandered the fund, the auditors will find it,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Did the board squander the fund?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("does not accuse the speaker, its side, or a party that only feels or suffers", () => {
    expect(stances("“I was careless with the budget,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“We squandered a chance,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind was worried about the flood,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The growers suffered a poor harvest and lost money,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the council was fighting corruption in the ports.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The board has been battling corruption for years,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind died in 1998,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("does not take a name that only modifies, a verb of another clause, or another party's act in the object", () => {
    expect(stances("“The examples that critics cite failed to show anything,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The Nordland treaty helped towns that were depressed,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});
