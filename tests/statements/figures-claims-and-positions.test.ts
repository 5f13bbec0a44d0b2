import { describe, expect, it } from "vitest";
import { statementsOf, spoken } from "./read.ts";

/** The speaker and stance of each row, "speaker/stance". */
const who = (text: string) => statementsOf(text).map((r) => `${r.speaker}/${r.stance}`);

describe("judgements, figures that show, and a charge set beside the sentence it names (speech frames)", () => {
  it("reads a judgement told as how the speaker views or regards a thing, not a time told with 'as'", () => {
    expect(spoken("The minister views the new port as a threat to the coast.")).toEqual(["the minister: the new port as a threat to the coast"]);
    expect(spoken("The union regards the new contract as a betrayal of the crews.")).toEqual(["the union: the new contract as a betrayal of the crews"]);
    expect(spoken("The board regards the quay as too old to repair.")).toEqual(["the board: the quay as too old to repair"]);
    expect(spoken("Tourists viewed the harbour as the sun set.")).toEqual([]);
    expect(spoken("The city saw exports rise as demand fell.")).toEqual([]);
  });

  it("reads data, figures and documents that show, before or after the words", () => {
    expect(spoken("Fish exports fell by half in May, the customs data shows.")).toEqual(["the customs data: Fish exports fell by half in May"]);
    expect(spoken("Customs data shows that fish exports fell by half in May.")).toEqual(["Customs data: fish exports fell by half in May"]);
    expect(spoken("Exports have reached a fifth of the cap so far this year, the figures show.")).toEqual(["the figures: Exports have reached a fifth of the cap so far this year"]);
    expect(spoken("Fish exports fell by half in May, the ministry's statistics showed.")).toEqual(["the ministry's statistics: Fish exports fell by half in May"]);
  });

  it("leaves pictures that show, and records a speaker quotes, to what they are", () => {
    expect(spoken("Photos released by the navy show the ship burning.")).toEqual([]);
    expect(spoken("Data from the harbour survey shows that fish exports fell by half.")).toEqual([]);
    expect(spoken("Port records show nothing unusual, the captain said.")).toEqual(["the captain: Port records show nothing unusual"]);
  });

  it("reads a claim denied, rejected or confirmed in an aside, with the verb's stance", () => {
    expect(who("Norland is said to have sold rifles to the rebels, a claim denied by both governments.")).toEqual(["both governments/deny"]);
    expect(spoken("The firm is said to have paid the inspectors, an allegation the company has rejected.")).toEqual(["the company: an allegation the company has rejected"]);
    expect(who("The navy sank two fishing boats, an account confirmed by the coast guard on Friday.")).toEqual(["the coast guard/confirm"]);
    expect(spoken("Ostburg says the strike hit a depot, a claim that Norland disputes.")).toEqual(["Ostburg: the strike hit a depot", "Norland: a claim that Norland disputes"]);
  });
});

describe("a position told as what it is (speech frames)", () => {
  it("reads the possessor of a view, an assessment or a position whose content follows 'is that'", () => {
    expect(spoken("The harbour board's assessment is that the old quay cannot be saved.")).toEqual(["the harbour board: the old quay cannot be saved"]);
    expect(spoken("The union's position has long been that wages must rise.")).toEqual(["the union: wages must rise"]);
    expect(spoken("Ostburg's view remains that the strait is open to all ships.")).toEqual(["Ostburg: the strait is open to all ships"]);
    expect(spoken("The mayor's line was that the ferries would be back by June.")).toEqual(["the mayor: the ferries would be back by June"]);
  });

  it("leaves a problem or a fact told as 'is that' no statement", () => {
    expect(spoken("The problem is that the quay is sinking.")).toEqual([]);
  });
});
