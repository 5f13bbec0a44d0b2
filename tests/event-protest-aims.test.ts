import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);
const types = (text: string) => coded(text).map(([t]) => t);

describe("a demand told as a protest's aim is no act of its own (loaders/events/protest-aims.ts)", () => {
  it("an infinitive of purpose after the protest ('staged marches to demand') makes no REQUEST row", () => {
    expect(types("Bolivian miners staged marches on Tuesday to demand higher wages.")).toEqual(["PROTEST"]);
    expect(types("Chadian farmers began a hunger strike outside parliament to press their demands for land.")).toEqual(["PROTEST"]);
  });

  it("a demand in a clause of its own, or by a party named between, stays a REQUEST", () => {
    expect(types("Bolivian miners staged marches on Tuesday. Bolivian unions demanded higher wages from Chile.")).toContain("REQUEST");
    expect(types("Bolivian miners staged marches while Peru demanded that Chile pay compensation.")).toContain("REQUEST");
  });
});
