import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (body: string) => statementsOf(body).map((r) => [r.speaker, r.via, r.quote]);

describe("a closing attribution over a clause whose own subject said nothing", () => {
  it("gives the whole clause to the one who closes it", () => {
    expect(rows("The ministry has not confirmed that the troops have engaged in combat, Ana Ruiz said.")).toEqual([["Ana Ruiz", "", "The ministry has not confirmed that the troops have engaged in combat"]]);
    expect(rows("The ministry did not deny that the troops had crossed, the agency reported.")).toEqual([["the agency", "", "The ministry did not deny that the troops had crossed"]]);
    expect(rows("Lima has never said that the troops crossed the border, Ana Ruiz told reporters.")).toEqual([["Ana Ruiz", "reporters", "Lima has never said that the troops crossed the border"]]);
  });

  it("still relays the words of a subject that spoke", () => {
    expect(rows("The ministry confirmed that the troops had crossed, the agency reported.")).toEqual([["the ministry", "agency", "the troops had crossed"]]);
  });
});

describe("a relay that reports its source as saying", () => {
  it("gives the words to the one reported, after a quotation or before a clause", () => {
    expect(rows("“The warehouse held mortars,” Radio Andina reported a port official as saying.")).toEqual([["a port official", "Radio Andina", "The warehouse held mortars"]]);
    expect(rows("The warehouse held mortars, the agency reports Ana Ruiz as saying.")).toEqual([["Ana Ruiz", "agency", "The warehouse held mortars"]]);
    expect(rows("Ana Ruiz was reported as saying that the warehouse held mortars.")).toEqual([["Ana Ruiz", "", "the warehouse held mortars"]]);
  });
});
