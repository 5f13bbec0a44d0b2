import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text` on a page about Peru. */
const coded = (text: string) =>
  extractEvents(makeDoc(`Peru's congress and Peru's courts were closed for the holiday.\n\n${text}`), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("an age in apposition is no count of the killed (data/event-verbs.yaml assault-verb)", () => {
  it("'Name, 43, was killed by police' is the act, as without the age", () => {
    expect(coded("Ana Ruiz, 43, was killed by police on Tuesday.")).toEqual([["ASSAULT", "PER", ""]]);
    expect(coded("Protests spread after Tomas Lind, 19, was shot and killed by a police officer.")).toContainEqual(["ASSAULT", "PER", ""]);
    expect(coded("The farmer, 67, had been killed by Peruvian soldiers on Monday.")).toEqual([["ASSAULT", "PER", ""]]);
  });

  it("a count of the killed, with its thousands comma, still tells a toll", () => {
    expect(coded("Officials said 1,200 killed in the floods were buried.")).toEqual([]);
  });
});
