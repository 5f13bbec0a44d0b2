import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("leave given to a side to act is a concession (data/event-verbs.yaml allow-to)", () => {
  it("'allowed X to VERB': the subject concedes to the side allowed", () => {
    expect(coded("Bolivia allowed Chilean trucks to cross the border on Monday.")).toEqual([["CONCEDE", "BOL", "CHL"]]);
    expect(coded("Chad's interior minister permitted Sudanese refugees to settle near Abeche.")).toEqual([["CONCEDE", "TCD", "SDN"]]);
  });

  it("leave refused, or asked for, is no concession", () => {
    expect(coded("Bolivia refused to allow Chilean trucks to cross the border.").map(([t]) => t)).not.toContain("CONCEDE");
    expect(coded("Chile urged Bolivia to allow Chilean trucks to cross the border.").map(([t]) => t)).not.toContain("CONCEDE");
  });
});
