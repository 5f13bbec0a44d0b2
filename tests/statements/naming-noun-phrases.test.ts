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
    expect(spoken("Tom Hale has called climate change a hoax invented by his rivals.")).toEqual(["Tom Hale: called climate change a hoax invented by his rivals"]);
    expect(spoken("Tom Hale called rising rents a scandal.")).toEqual(["Tom Hale: called rising rents a scandal"]);
  });

  it("reads a longer object, with a preposition or a list, before 'a'/'an'", () => {
    expect(spoken("Anna Berg called her vote in favour of the toll a mistake.")).toEqual(["Anna Berg: called her vote in favour of the toll a mistake"]);
    expect(spoken("The farmers called the new tax and the fuel levy a burden on every village.")).toEqual(["the farmers: called the new tax and the fuel levy a burden on every village"]);
  });

  it("is no statement where 'a'/'an' counts times or tells when", () => {
    expect(spoken("Tom Hale called the office a second time on Friday.")).toEqual([]);
    expect(spoken("Tom Hale called his mother an hour later.")).toEqual([]);
    expect(spoken("Tom Hale called the police a few times last year.")).toEqual([]);
    expect(spoken("Tom Hale called the union a week before the strike.")).toEqual([]);
    expect(spoken("Tom Hale called the police at the station a second time.")).toEqual([]);
    expect(spoken("Tom Hale called his sister in a panic.")).toEqual([]);
  });
});
