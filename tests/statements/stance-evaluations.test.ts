import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a party judged by a negative evaluation, with no verb of accusing (data/evaluation-words.yaml)", () => {
  it("accuses by deceit, a ploy, unfitness, disgrace, wrongness or abuse", () => {
    expect(stances("Senator Ola Berg said the mayor is a shameless liar.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The inquiry is a cheap political stunt,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“It’s gutless management,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the council’s new fee was a disgrace.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“This just isn’t right,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The hearing is a waste of money,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“You are scapegoating the clerks at the bottom,” Senator Ola Berg told the chief.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("reads a phrase across a line break and either apostrophe", () => {
    expect(stances("“Their figures don't hold\nweight,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("leaves an evaluation the speaker makes of itself, or one not told as done, as it was", () => {
    expect(stances("“I was wrong about the tax,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the plan would be a waste of money.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the port is a busy place.")).toEqual([["Ola Berg", "other"]]);
  });

  it("keeps the stance a verb or a cue gives", () => {
    expect(stances("Senator Ola Berg denied that the vote was rigged.")).toEqual([["Ola Berg", "deny"]]);
  });
});

describe("a party judged by shirking, politicking, disrespect or overreach (data/evaluation-words.yaml)", () => {
  it("accuses with no verb of accusing", () => {
    expect(stances("“The mayor refuses to release the audit,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the council was trying to make political hay out of the flood.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the agency overstepped its authority when it set the fees.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“They paint every farmer with a broad brush,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the board had lied about the costs and covered up the losses.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("leaves a refusal to answer, which tells a right used, as it was", () => {
    expect(stances("Senator Ola Berg said the clerk refused to answer the panel's questions.")).toEqual([["Ola Berg", "other"]]);
  });
});
