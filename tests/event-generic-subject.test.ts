/** The subject the gazetteer does not name (loaders/events/generic-subject.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { makeEventDoc } from "./helpers.ts";

const rows = (sentence: string) => extractEvents(makeEventDoc([sentence]), eventResources()).map((e) => [e.event_type, e.actor, e.summary]);

describe("a subject set before an apposition (appositiveSubject)", () => {
  it("the phrase before a noun phrase between commas right before the verb acts", () => {
    expect(rows("Ana Vidal, head of the teachers' union, called for more school funding.")).toEqual([["REQUEST", "", "Ana Vidal asks"]]);
    expect(rows("Ana Vidal, the union's treasurer, urged the ministry to raise wages.")).toEqual([["REQUEST", "", "Ana Vidal asks"]]);
  });

  it("a clause between the commas is no apposition: no subject is read across it", () => {
    expect(rows("Ana Vidal, who leads the union, called for more school funding.")).toEqual([]);
  });
});
