import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("a statement relayed by an outlet that closes the sentence", () => {
  it("gives the words to the speaker inside and the outlet as the channel", () => {
    const rows = statementsOf("Vladimir Putin said Moscow would keep the harbour open all winter, Russian media reported.");
    expect(rows.map((r) => [r.speaker, r.quote, r.via])).toEqual([["Vladimir Putin", "Moscow would keep the harbour open all winter", "Russian media"]]);
  });

  it("reads a body with a date between it and its verb", () => {
    const rows = statementsOf("The defence ministry also on Tuesday said that some 300 crates had reached the islands, Yonhap reported.");
    expect(rows.map((r) => [r.speaker, r.quote, r.via])).toEqual([["the defence ministry", "some 300 crates had reached the islands", "Yonhap"]]);
  });

  it("keeps the outer speaker when the inner subject is a thing, not a speaker", () => {
    const rows = statementsOf("The new measures added the freezing of nine accounts, the ministry said.");
    expect(rows.map((r) => r.speaker)).toEqual(["the ministry"]);
  });
});
