/**
 * Light verbs with event nouns (data/event-nouns.yaml, loaders/event-light-verbs.ts):
 * "issued an ultimatum to", "delivered a rebuke to", "gave its backing to". The noun tells
 * the act; the light verb's own reading (to give is to supply) gives way to it.
 */
import { describe, expect, it } from "vitest";
import { loadEventDictionary } from "../loaders/event-dictionary.ts";
import { lightVerbEntries, loadLightVerbGroups } from "../loaders/event-light-verbs.ts";
import { extractEvents, type EventRow } from "../loaders/events/index.ts";
import { makeEventDoc } from "./helpers.ts";

const events = (...texts: string[]): EventRow[] => extractEvents(makeEventDoc(texts));
const coded = (rows: EventRow[]) => rows.map((r) => [r.event_type, r.actor, r.target]);

describe("light-verb groups", () => {
  for (const group of loadLightVerbGroups()) {
    for (const example of group.examples) {
      it(`${group.id}: ${example.text.slice(0, 70)}`, () => {
        const rows = events(example.text).filter((r) => r.rule.split(";").includes(group.id));
        expect(rows.length, JSON.stringify(coded(events(example.text)))).toBeGreaterThan(0);
        expect(rows[0].event_type).toBe(example.expect.type);
        if (example.expect.actor !== undefined) expect(rows[0].actor.split(";").sort()).toEqual(example.expect.actor.split(";").sort());
        if (example.expect.target !== undefined) expect(rows[0].target).toBe(example.expect.target);
      });
    }
  }
  it("override the entries their light verbs trigger alone", () => {
    const dictionary = loadEventDictionary();
    const backing = lightVerbEntries(dictionary).find((e) => e.id === "light-backing")!;
    expect(backing.overrides).toContain("supply-verb");
  });
});

describe("a light verb gives way to its noun", () => {
  it("gave its backing to: support, not a supply", () => {
    expect(coded(events("Ethiopia gave its backing to Kenya's bid for the seat."))).toEqual([["SUPPORT", "ETH", "KEN"]]);
  });
  it("launched an inquiry into: an investigation, not a launch at a target", () => {
    expect(coded(events("Chile launched an inquiry into Peru's role in the smuggling."))).toEqual([["ACCUSE", "CHL", "PER"]]);
  });
  it("issued, delivered, made: a threat, a rebuke, an apology", () => {
    expect(coded(events("Peru made repeated threats against Chile last year."))).toEqual([["THREATEN", "PER", "CHL"]]);
    expect(coded(events("Kenya delivered a sharp rebuke to Ethiopia over the dam."))).toEqual([["ACCUSE", "KEN", "ETH"]]);
    expect(coded(events("Chile offered an apology to Peru for the incident."))).toEqual([["CONCEDE", "CHL", "PER"]]);
  });
  it("held a working dinner with: a meeting", () => {
    expect(coded(events("The Kenyan president held a working dinner with the Ethiopian prime minister."))).toEqual([["CONSULT", "KEN", "ETH"]]);
  });
  it("gave approval, gave the order: no transfer", () => {
    expect(events("Chile gave final approval for the sale of the frigates to Peru.").filter((r) => r.event_type === "AID")).toEqual([]);
  });
  it("a word between that is no modifier keeps the verb's own reading", () => {
    expect(coded(events("Japan gave military aid to Kenya."))).toEqual([["AID", "JPN", "KEN"]]);
  });
  it("the noun alone, without a light verb, is no act", () => {
    expect(events("Kenya's backing of Ethiopia was never in doubt.").filter((r) => r.rule.includes("light-"))).toEqual([]);
  });
});

describe("a veto promised, a motion filed", () => {
  it("a veto promised or vowed is a threat to reject, aimed at the side whose measure it is", () => {
    expect(coded(events("Russia vowed a veto of Chile's draft resolution on Monday."))).toEqual([["THREATEN", "RUS", "CHL"]]);
    expect(events("Russia vowed a veto of Chile's draft resolution on Monday.")[0].event_mode).toBe("veto threat");
  });

  it("a motion or petition filed is a request", () => {
    expect(coded(events("Bolivia filed a petition with the tribunal on Monday.")).map((r) => r.slice(0, 2))).toEqual([["REQUEST", "BOL"]]);
  });
});
