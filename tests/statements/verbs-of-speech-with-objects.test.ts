import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (text: string) => statementsOf(text).map((r) => [r.speaker, r.stance]);

describe("verbs of speech with a noun-phrase object (data/speech-verbs.yaml)", () => {
  it("read a verb of attacking in words with its object", () => {
    expect(rows("Ana Ruiz tore into the council's budget on Monday.")).toEqual([["Ana Ruiz", "condemn"]]);
    expect(rows("The mayor unloaded on the union leaders after the vote.")).toEqual([["the mayor", "condemn"]]);
  });

  it("read grilling with what the questions were for, not cooking", () => {
    expect(rows("The senator grilled the port chief for failing to inspect the cranes.")).toEqual([["the senator", "other"]]);
    expect(rows("Senator Ana Ruiz grilled the harbour master on Tuesday for his role in the delays.")).toEqual([["Ana Ruiz", "other"]]);
    expect(rows("The chef grilled the fish for ten minutes.")).toEqual([]);
  });

  it("read a post passed on as said again", () => {
    expect(rows("The mayor has retweeted a video mocking the union leader.").map((r) => r[0])).toEqual(["the mayor"]);
    expect(rows("Tom Reed also reposted a cartoon of the governor.").map((r) => r[0])).toEqual(["Tom Reed"]);
  });

  it("read a judging verb's quoted object as the words judged", () => {
    expect(rows('Ana Ruiz attacked "the reckless spending of the council" in her speech on Monday.')).toEqual([["Ana Ruiz", "condemn"]]);
    expect(rows("In a May speech, Tom Reed attacked “the quiet greed of the harbour board.”")).toEqual([["Tom Reed", "condemn"]]);
    expect(rows("Ana Ruiz attacked the council in her speech on Monday.")).toEqual([]);
  });
});
