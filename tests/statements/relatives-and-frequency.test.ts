import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

const MAYOR = "Mayor Tom Reed toured the docks on Monday.\n\n";

describe("a restrictive 'who' after a speaker's head", () => {
  it("gives the clause to the head before it", () => {
    expect(spoken(`${MAYOR}The board quoted officials who said the quay was unsafe.`)).toContain("officials: the quay was unsafe");
    expect(spoken(`${MAYOR}The paper spoke to two dock workers who said they had not been paid.`)).toContain("two dock workers: they had not been paid");
    expect(spoken(`${MAYOR}Reed met a lawyer who said the contract was void.`)).toContain("a lawyer: the contract was void");
    expect(spoken(`${MAYOR}The report cites analysts who warned that prices would rise.`)).toContain("analysts: prices would rise");
  });

  it("does not give the clause to a noun that is no speaker's head", () => {
    expect(spoken(`${MAYOR}The council refused to pay an architect who said he was never paid.`)).toEqual([]);
  });
});

describe("adverbs of frequency between the subject and the verb", () => {
  it("reads the speaker past 'often', 'always', 'now'", () => {
    expect(spoken(`${MAYOR}Reed has often said the port needs a new crane.`)).toEqual(["Tom Reed: the port needs a new crane"]);
    expect(spoken(`${MAYOR}Reed always insisted that the ferry would stay.`)).toEqual(["Tom Reed: the ferry would stay"]);
    expect(spoken(`${MAYOR}Reed now says the bridge will open in May.`)).toEqual(["Tom Reed: the bridge will open in May"]);
  });

  it("still reads a passive with an adverb inside it as no speech of its subject", () => {
    expect(spoken(`${MAYOR}The harbour is often indicated as the ferry's destination.`)).toEqual([]);
  });
});
