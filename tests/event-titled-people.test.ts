import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("a person the gazetteer does not know acts for the state the title names", () => {
  it("a title before the name or an apposition after it gives the state", () => {
    expect(coded("Peruvian Foreign Minister Elena Ortiz visited Chile on Monday.")).toEqual([["CONSULT", "PER", "CHL"]]);
    expect(coded("Hamid Rostami, Iran's deputy defence minister, travelled to Venezuela in May.")).toEqual([["CONSULT", "IRN", "VEN"]]);
  });

  it("the surname and the pronoun later in the article stand for that person's state", () => {
    const article = [
      "Kenyan Defence Secretary Joseph Mwangi spoke to reporters in Nairobi on Monday.",
      "Mwangi warned Somalia against new incursions on the border.",
      "He also condemned Ethiopia's troop build-up.",
    ].join("\n\n");
    expect(coded(article)).toEqual([["THREATEN", "KEN", "SOM"], ["ACCUSE", "KEN", "ETH"]]);
  });

  it("a title that names no state gives no party: the act stays without a doer", () => {
    expect(coded("Spokesperson Ana Lima condemned Venezuela's move.")).toEqual([["ACCUSE", "", "VEN"]]);
  });
});

describe("a name before ', who' the gazetteer does not know is the doer of the relative clause's stance", () => {
  const acts = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.summary]);

  it("wherever the name stands, after a title or a preposition, in any tense", () => {
    expect(acts("The vote is risky for Senator Ana Ruiz, who refused to endorse the governor in July.")).toEqual([["REJECT", "", expect.stringMatching(/^Senator Ana Ruiz /)]]);
    expect(acts("Mayor Tomas Vial, who has pointedly boycotted the party's convention, lost the primary.")).toEqual([["REJECT", "", expect.stringMatching(/^Mayor Tomas Vial /)]]);
    expect(acts("It was a blow to Vial, who accused the governor of lying.")).toEqual([["ACCUSE", "", expect.stringMatching(/^Vial /)]]);
  });

  it("a deed told so is the person's background, and a thing before the comma is no doer", () => {
    expect(acts("The vote is risky for Ana Ruiz, who campaigned for the governor in July.")).toEqual([]);
    expect(acts("The plan, which refused to endorse the governor, lost.")).toEqual([]);
  });
});
