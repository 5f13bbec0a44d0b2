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

describe("the subject of a gerund after the main verb, after a quotation", () => {
  it("a gerund after a conjunction after the main verb has the main verb's subject", () => {
    expect(rows("Ana Vidal spoke to reporters after meeting with Peru's foreign minister.")).toEqual([["CONSULT", "", "Ana Vidal meets Peru"]]);
  });

  it("the closing mark of the quotation a clause attributes may stand before its subject; an opening one may not", () => {
    expect(rows("“The talks went well,” Ana Vidal said after meeting with Peru's foreign minister.")).toEqual([["CONSULT", "", "Ana Vidal meets Peru"]]);
    expect(rows("\"Let Peru pay,\" Ana Vidal said after meeting with the envoy.")).toEqual([]);
  });
});
