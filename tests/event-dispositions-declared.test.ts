import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);
const agreements = (text: string) => coded(text).filter(([t]) => t === "AGREE");

describe("a side declared willing or committed to act intends to cooperate (data/event-verbs.yaml disposed-to)", () => {
  it("'X is willing to …', 'said X is committed to …': an AGREE by X", () => {
    expect(agreements("Bolivia is willing to reopen its consulate in Chile.")).toEqual([["AGREE", "BOL", "CHL"]]);
    expect(agreements("The envoy said Chad remains committed to sharing river data with Niger.")).toEqual([["AGREE", "TCD", "NER"]]);
  });

  it("readiness for a hostile act, or a disposition denied, is no agreement", () => {
    expect(agreements("Bolivia is ready to impose tariffs on Chilean copper.")).toEqual([]);
    expect(agreements("Bolivia is not willing to reopen its consulate in Chile.")).toEqual([]);
  });
});
