import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of naming with a noun phrase and then 'a'/'an' and what it is called", () => {
  it("is a statement without a quotation", () => {
    expect(spoken("Mayor Tom Hale called the offer an insult to the dockers.")).toEqual(["Tom Hale: called the offer an insult to the dockers"]);
    expect(spoken("Tom Hale has called the tax plan a gift to the rich.")).toEqual(["Tom Hale: called the tax plan a gift to the rich"]);
    expect(spoken("Tom Hale called Anna Berg a liar during the debate.")).toEqual(["Tom Hale: called Anna Berg a liar during the debate"]);
    expect(spoken("Tom Hale called Berg's budget a disaster for the schools.")).toEqual(["Tom Hale: called Berg's budget a disaster for the schools"]);
    expect(spoken("Tom Hale branded the new rules an attack on farmers.")).toEqual(["Tom Hale: branded the new rules an attack on farmers"]);
    expect(spoken("Tom Hale called his rival a fraud and a showman.")).toEqual(["Tom Hale: called his rival a fraud and a showman"]);
    expect(spoken("The union called the pay deal a historic step.")).toEqual(["the union: called the pay deal a historic step"]);
    expect(spoken("Anna Berg called the storm a warning to every coastal town.")).toEqual(["Anna Berg: called the storm a warning to every coastal town"]);
  });

  it("is no statement where 'a'/'an' counts times or tells when", () => {
    expect(spoken("Tom Hale called the office a second time on Friday.")).toEqual([]);
    expect(spoken("Tom Hale called his mother an hour later.")).toEqual([]);
    expect(spoken("Tom Hale called the police a few times last year.")).toEqual([]);
    expect(spoken("Tom Hale called the union a week before the strike.")).toEqual([]);
  });
});
