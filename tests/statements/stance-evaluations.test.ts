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

describe("a party judged by hostility, double standards, dereliction or suspicion (data/evaluation-words.yaml)", () => {
  it("accuses with no verb of accusing", () => {
    expect(stances("“The mayor mocked the nurses in front of the whole council,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the board holds its own members to a double standard.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“He thinks he is above the law,” Senator Ola Berg told reporters.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the agency failed to protect the children in its care.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The regulators turned a blind eye to the warnings for years,” Senator Ola Berg wrote.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The deal raises serious questions about the minister's judgment,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("leaves a rule said of no one, the speaker's own lapse, or a hyphened topic, as it was", () => {
    expect(stances("“No one is above the law,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“We dropped the ball on this one,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the school's anti-bullying programme had grown.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("a sentence opened by a condition tells nothing as done (loaders/statements/told-as-done.ts)", () => {
  it("leaves wrongdoing or a judgement supposed after 'if' or 'unless', however far on, as it was", () => {
    expect(stances("“If the fund keeps no books and names no auditor, it leaves the whole scheme open to fraud,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“We need audits. Unless the board publishes every single one of its contracts, the council stays corrupt,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("still reads the sentence after the condition's", () => {
    expect(stances("“If you ask me, fine. The board covered up the losses,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });
});

describe("an ill named as something to end (data/stance-words.yaml opposing_words)", () => {
  it("does not accuse when the speaker vows to fight or eliminate it", () => {
    expect(stances("Senator Ola Berg said she would pay for the plan by eliminating the program's fraud.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Our whole campaign is about fighting corruption,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the council took a firm stand against bigotry.")).toEqual([["Ola Berg", "other"]]);
  });

  it("still accuses the ill told of a party", () => {
    expect(stances("Senator Ola Berg said the program was riddled with fraud.")).toEqual([["Ola Berg", "accuse"]]);
  });
});
