import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("reports, stations and documents as speakers", () => {
  it("reads 'reports from X indicate' as X's words, not a verb 'reports' after an adjective", () => {
    expect(spoken("Recent reports from Norland intelligence indicate that the rebels are short of fuel.")).toEqual(["Norland intelligence: the rebels are short of fuel"]);
    expect(statementsOf("The first claims of the harbour board were wrong.")).toEqual([]);
  });

  it("keeps 'state' before a station as part of the speaker, not a title", () => {
    expect(spoken("State TV reported that the dam had cracked.")).toEqual(["State TV: the dam had cracked"]);
    expect(spoken("Norland's state radio said the dam had cracked.")).toEqual(["Norland's state radio: the dam had cracked"]);
  });

  it("reads 'according to the ministry's statement' whole, so the words start after its comma", () => {
    const rows = statementsOf("According to the ministry's statement, the convoy crossed the border at night.");
    expect(rows).toHaveLength(1);
    expect(rows[0].quote).toBe("the convoy crossed the border at night");
  });
});

describe("a speaker's head before a phrase that modifies it", () => {
  it("gives the words to the head before a participle or an adjective and its preposition", () => {
    expect(spoken("Ostmark special forces operating in the valley stated that they had seen no rebels.")).toEqual(["Ostmark special forces: they had seen no rebels"]);
    expect(spoken("Harbour pilots working on the night shift said the lights had failed.")).toEqual(["Harbour pilots: the lights had failed"]);
  });

  it("leaves a passive's agent the speaker", () => {
    expect(spoken("Footage reviewed by the harbour police revealed that the crane fell at noon.")).toEqual(["the harbour police: the crane fell at noon"]);
  });
});

describe("words told by what they are, with the speaker as the passive's agent", () => {
  it("reads 'worries were voiced by X' as X's words, with no stance from a phrase the verb opens", () => {
    const rows = statementsOf("The mayor said the pier was unsafe. Similar concerns were previously expressed by the harbour board.");
    expect(rows.map((r) => `${r.speaker}/${r.stance}: ${r.quote}`)).toEqual(["the mayor/other: the pier was unsafe", "the harbour board/other: Similar concerns"]);
    expect(spoken("Similar worries were voiced by officials in Oslo.")).toEqual(["officials in Oslo: Similar worries"]);
  });

  it("gives a welcome told in the passive its stance", () => {
    expect(statementsOf("The new ferry timetable has been welcomed by the fishermen's union.").map((r) => `${r.speaker}/${r.stance}`)).toEqual(["the fishermen's union/support"]);
    expect(statementsOf("The decision was made by the council on Monday.")).toEqual([]);
  });
});
