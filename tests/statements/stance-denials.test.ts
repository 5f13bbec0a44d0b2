/** Denials told with a neutral verb of saying (data/speech-verbs.yaml cues); invented sentences. */
import { describe, expect, it } from "vitest";
import { extractTexts } from "../../loaders/benchmarks/common.ts";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);
const rejects = (text: string) => extractTexts([{ id: "d1", text }]).events.filter((e) => e.event_type === "REJECT").map((e) => e.rule);

describe("a charge called false in so many words", () => {
  it("said of the charge by its noun, or of 'that' or 'it', in any tense, reads as a denial", () => {
    expect(stances("Senator Ola Berg said the story was false.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("“That is simply untrue,” Senator Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg said the allegations against her office are a complete fabrication.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg called the charges “laughable.”")).toEqual([["Ola Berg", "deny"]]);
  });

  it("the denial is a REJECT by the speaker's side", () => {
    expect(rejects("“That's simply false,” Swedish Foreign Minister Ola Berg said of the report.")).toEqual(["speech-act:deny"]);
  });

  it("a plan or a hope called so is no denial", () => {
    expect(stances("Senator Ola Berg said the toll plan was ridiculous.")).not.toContainEqual(["Ola Berg", "deny"]);
    expect(stances("Senator Ola Berg said it was false hope to expect a budget this year.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("a wrong, or the speaker's own act, denied in so many words", () => {
  it("a wrong or a part in it denied, whoever is the subject", () => {
    expect(stances("Governor Ola Berg said he did nothing wrong.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Governor Ola Berg said his office had nothing to do with the firing.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Governor Ola Berg said the timing of the audit was not intentional.")).toEqual([["Ola Berg", "deny"]]);
  });

  it("an act the speaker's clause says was never done", () => {
    expect(stances("“I never supported the war,” Governor Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg said that she did not send any classified files from her phone.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Senator Ola Berg said that we didn't leak the memo.")).toEqual([["Ola Berg", "deny"]]);
  });

  it("a thought, a plan or a word withheld denies nothing", () => {
    expect(stances("Governor Ola Berg said he did not expect to win the state.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“I never thought I would run for office,” Governor Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Governor Ola Berg said that he did not recall the meeting.")).toEqual([["Ola Berg", "other"]]);
  });

  it("'he' opening the words said may be a rival: no denial", () => {
    expect(stances("“He never paid any taxes,” Governor Ola Berg said.")).not.toContainEqual(["Ola Berg", "deny"]);
  });
});

describe("evidence said to be lacking", () => {
  it("lacking in what another side offers is held against it, not a denial", () => {
    expect(stances("Senator Ola Berg said the mayor had no proof of it.")).not.toContainEqual(["Ola Berg", "deny"]);
  });

  it("no evidence yet is an inquiry's finding so far, no denial", () => {
    expect(stances("Mayor Ola Berg said there was no evidence yet that the fire was set.")).toEqual([["Ola Berg", "other"]]);
  });

  it("no evidence for a charge still denies it", () => {
    expect(stances("Mayor Ola Berg said there is no evidence that her office broke the law.")).toEqual([["Ola Berg", "deny"]]);
  });
});

describe("lies named", () => {
  it("a charge called lies denies it", () => {
    expect(stances("Senator Ola Berg said the reports were lies and propaganda.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("“These are all lies,” Senator Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
  });

  it("lies someone tells accuse the teller", () => {
    expect(stances("Senator Ola Berg said the governor's lies had hurt voters.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“He told lies about my record,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the governor keeps spreading lies about the budget.")).toEqual([["Ola Berg", "accuse"]]);
  });
});

describe("an event or a meaning denied", () => {
  it("'never happened', 'not what I said', words taken out of context deny the charge", () => {
    expect(stances("“That never happened,” Governor Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Governor Ola Berg said that was not what he meant.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("Governor Ola Berg said his remarks had been taken out of context by the board.")).toEqual([["Ola Berg", "deny"]]);
  });

  it("what happened told plainly denies nothing", () => {
    expect(stances("Governor Ola Berg said the vote happened on Tuesday.")).toEqual([["Ola Berg", "other"]]);
  });
});
