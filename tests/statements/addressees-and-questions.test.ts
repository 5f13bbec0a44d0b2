import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("the addressee of a verb of telling before its 'that'", () => {
  it("starts the words after 'that', past the addressee and a day", () => {
    expect(spoken("Lena Moor, harbour adviser to Mayor Ida Berg, told a local radio program Friday that the pier would close.")).toEqual(["Lena Moor: the pier would close"]);
    expect(spoken("The minister assured the visiting farmers that grain prices would hold.")).toEqual(["the minister: grain prices would hold"]);
    expect(spoken("The coast guard warned fishing crews on the island that a storm was coming.")).toEqual(["the coast guard: a storm was coming"]);
  });

  it("does not reach past a comma or a verb for a 'that'", () => {
    const rows = statementsOf("The mayor told the crowd, which had waited for hours, that the ferry was late.");
    expect(rows.every((r) => !r.quote.startsWith("the ferry"))).toBe(true);
  });
});

describe("a question reported by its question word", () => {
  it("reads 'question whether', 'asked why' and 'wondered if' as the speaker's words, the word kept", () => {
    expect(spoken("Foreign experts question whether the new dam can hold.")).toEqual(["Foreign experts: whether the new dam can hold"]);
    expect(spoken("The senator asked why the bridge had not been repaired.")).toEqual(["the senator: why the bridge had not been repaired"]);
    expect(spoken("Harbour pilots wondered if the beacon had been moved.")).toEqual(["Harbour pilots: if the beacon had been moved"]);
  });

  it("leaves 'asked' with no question, a question asked of someone, and a refusal to confirm whether, no statement", () => {
    // "asked the board to delay the vote" is a request (requests-of-an-object.test.ts).
    expect(statementsOf("The senator asked the board about the vote.")).toEqual([]);
    expect(statementsOf("When asked whether the bridge was safe, the engineers left the room.")).toEqual([]);
    expect(statementsOf("The navy has refused to confirm whether its divers were there.")).toEqual([]);
  });
});

describe("a pronoun that speaks inside a relative clause", () => {
  it("stands for the sentence's subject", () => {
    expect(spoken("The government fined two firms that it said had sold rifles to the rebels.")).toEqual(["the government: had sold rifles to the rebels"]);
    expect(spoken("The harbour board closed three quays it said were unsafe.")).toEqual(["the harbour board: were unsafe"]);
  });
});
