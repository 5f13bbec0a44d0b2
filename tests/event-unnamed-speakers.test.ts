/**
 * Two constructions of news English (sentences made up for the purpose): a state's body
 * named without its country ("the Foreign Ministry said", "according to the ministry")
 * speaks for the country the article gives it (a body of that kind named before with its
 * country, else the dateline's city); and a transfer told in the passive names its giver
 * after "by" ("shells were provided by Chile"), with no receiver unless "to" names one.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents, type EventRow } from "../loaders/events/index.ts";
import { datelineCountry } from "../loaders/speakers/home-state.ts";
import { makeEventDoc } from "./helpers.ts";

const events = (...texts: string[]): EventRow[] => extractEvents(makeEventDoc(texts));
const roles = (rows: EventRow[], type: string) => rows.filter((r) => r.event_type === type).map((r) => [r.actor, r.target]);

describe("a state's body named without its country", () => {
  it("speaks for the country of the dateline's city", () => {
    const rows = events("TOKYO, March 3 (Reuters) - China has shipped drone engines to Russia, the Foreign Ministry said on Tuesday.");
    expect(roles(rows, "ACCUSE")).toEqual([["JPN", "CHN;RUS"]]);
    expect(roles(rows, "AID")).toEqual([["CHN", "RUS"]]);
  });
  it("speaks for the country of the body of its kind named before, after 'according to' too", () => {
    const rows = events("South Korea's foreign ministry summoned the Chinese ambassador on Monday.", "China has shipped drone engines to Russia, according to the ministry.");
    expect(roles(rows, "ACCUSE").filter(([, target]) => target === "CHN;RUS")).toEqual([["KOR", "CHN;RUS"]]);
  });
  it("speaks for no one when the article gives it no country", () => {
    expect(roles(events("China has shipped drone engines to Russia, the Foreign Ministry said on Tuesday."), "ACCUSE")).toEqual([]);
  });
  it("does not lend the dateline's country to speakers of no state", () => {
    expect(roles(events("TOKYO, March 3 (Reuters) - China has shipped drone engines to Russia, according to analysts."), "ACCUSE")).toEqual([]);
  });
  it("reads the dateline's city only at the start of the prose", () => {
    const { gazetteer } = eventResources();
    expect(datelineCountry({ raw: "KYIV (AP) — Russia struck a power plant.", bodyStart: 0 }, gazetteer)).toBe("UKR");
    expect(datelineCountry({ raw: "SEOUL, Oct 18 (Reuters) - The ministry said so.", bodyStart: 0 }, gazetteer)).toBe("KOR");
    expect(datelineCountry({ raw: "Russia struck a power plant near KYIV, officials said.", bodyStart: 0 }, gazetteer)).toBeUndefined();
  });
});

describe("a transfer told in the passive with 'by'", () => {
  it("names its giver after 'by' and no receiver when none is named", () => {
    expect(roles(events("Drones supplied by Iran were used in the attack on the port."), "AID")).toEqual([["IRN", ""]]);
  });
  it("names its receiver after 'to'", () => {
    expect(roles(events("The rockets were sold by Chile to Peru last year."), "AID")).toEqual([["CHL", "PER"]]);
  });
  it("is alleged when a speaker reports it", () => {
    const rows = events("Artillery shells were provided by Chile, the officials said.").filter((r) => r.event_type === "AID");
    expect(rows.map((r) => [r.actor, r.status])).toEqual([["CHL", "alleged"]]);
  });
  it("is no aid when what was sent is a message or troops", () => {
    expect(roles(events("A warning was sent by Peru on Monday."), "AID")).toEqual([]);
    expect(roles(events("The troops sent by Bolivia crossed the border."), "AID")).toEqual([]);
  });
});
