import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("speech labelled with its speaker and a colon", () => {
  it("reads a headline that names its speaker before a colon", () => {
    const body = "Okafor: The Bridge Will Not Reopen Before Spring\n\nMayor Maren Okafor told the council on Monday that repairs would take months.";
    expect(spoken(body)[0]).toBe("Maren Okafor: The Bridge Will Not Reopen Before Spring");
  });

  it("reads the turns of a transcript", () => {
    const body = "The host spoke to Senator Dale Rivers.\n\n\"RIVERS: We will hold the hearing next week, and it will be public.\"";
    expect(spoken(body)).toEqual(["Dale Rivers: We will hold the hearing next week, and it will be public."]);
  });

  it("leaves page labels and labels the article never names again alone", () => {
    expect(spoken("Source: The county archive holds the records.\n\nThe records date from 1901.")).toEqual([]);
    expect(spoken("Quiet Harbour Days: The Boats Come Home\n\nThe fleet returned on Sunday.")).toEqual([]);
  });
});

describe("verbs of saying and the passive", () => {
  it("reads replies, comments and recollections", () => {
    expect(spoken("A neighbour commented that the fence had been there for decades.")).toEqual(["a neighbour: the fence had been there for decades"]);
    expect(spoken("Okafor replied that the budget was already spent.")).toEqual(["Okafor: the budget was already spent"]);
  });

  it("does not read a passive participle's subject as a speaker", () => {
    expect(spoken("The old mill has barely been mentioned in the campaign so far.")).toEqual([]);
  });
});

describe("places before a colon", () => {
  it("reads a city in capitals before a colon as a dateline, and a state as a headline's topic", () => {
    expect(spoken("OSLO: The harbour board said the quay would reopen in May.")).toEqual(["the harbour board: the quay would reopen in May"]);
    expect(spoken("Norway: Storms Close Three Harbours\n\nNorway's coast guard closed the harbours on Sunday.")).toEqual([]);
  });
});
