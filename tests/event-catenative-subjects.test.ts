/** The subject of an act told after a chain of verbs and "to", or after a clause's conjunction (generic-subject.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

/** An opening that names the state's institutions twice, so that offices act for it (public-offices.ts). */
const CHILE = "SANTIAGO — Chile's Senate and Chile's government argued over the budget on Monday.";

describe("a verb chain before 'to' keeps its subject for the act (catenativeVerbs)", () => {
  it("'is expected to', 'appears set to', 'is likely to': the office before the chain acts", () => {
    expect(coded([CHILE, "Governor Luis Soto is expected to veto the fishing bill."])).toContainEqual(["REJECT", "CHL", ""]);
    expect(coded([CHILE, "President Ana Vidal appears set to veto the fishing bill."])).toContainEqual(["REJECT", "CHL", ""]);
    expect(coded([CHILE, "Mayor Rosa Pinto decided to withdraw the city's police from the port."])).toContainEqual(["RETREAT", "CHL", ""]);
  });

  it("an infinitive of purpose after an adverb ('resigned yesterday to allow') is no chain", () => {
    expect(coded([CHILE, "Lt. Ana Vidal resigned yesterday to allow the vote to take place."]).map(([t]) => t)).not.toContain("CONCEDE");
  });
});

describe("a conjunction that opens the clause stands before its subject (subjectPhrase)", () => {
  it("'As the president …', 'When the mayor …'", () => {
    expect(coded([CHILE, "As President Ana Vidal appears set to veto the fishing bill, senators are counting votes."])).toContainEqual(["REJECT", "CHL", ""]);
    expect(coded([CHILE, "When Mayor Rosa Pinto decided to withdraw the police from the port, dockers went home."])).toContainEqual(["RETREAT", "CHL", ""]);
  });
});
describe("a veto promised is a threat, not a veto cast (veto-noun)", () => {
  it("'has promised a veto' after a veto told before adds no second veto", () => {
    const rows = coded(["Peru vetoed a Chilean resolution at the council in May.", "Bolivia has promised a veto of the Chilean resolution."]);
    expect(rows.filter(([t]) => t === "REJECT")).toEqual([["REJECT", "PER", "CHL"]]);
    expect(rows).toContainEqual(["THREATEN", "BOL", "CHL"]);
  });
});

describe("an undated act named as told before joins the plan it names (merging.ts compatible)", () => {
  it("'is expected to veto …' then 'the veto will be overridden' is one veto", () => {
    const rows = coded(["Peru is expected to veto the Chilean resolution.", "Chilean diplomats believe that the veto will be overridden by the assembly."]);
    expect(rows.filter(([t]) => t === "REJECT")).toEqual([["REJECT", "PER", "CHL"]]);
  });
});

describe("a day that owns an act's noun dates it, acting for no one (subjectPhrase)", () => {
  it("'Tuesday's visit', 'Monday's trip', 'yesterday's strike' have no doer in the day", () => {
    expect(coded(["Tuesday's visit by the Chilean president to Lima was short."])).toEqual([]);
    expect(coded([CHILE, "Monday's trip to Valparaiso was the senator's first."])).toEqual([]);
    expect(types("Yesterday's strike on the depot near Lima was the third.")).toEqual([]);
  });
});
