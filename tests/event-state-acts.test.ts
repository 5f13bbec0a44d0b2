import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor, target and mode of each row the coder makes of `text` on a page about Peru (it names Peru's institutions first). */
const coded = (text: string) =>
  extractEvents(makeDoc(`Peru's congress and Peru's courts were closed for the holiday.\n\n${text}`), eventResources()).map((r) => [r.event_type, r.actor, r.target, r.event_mode]);

describe("acts only a state's authorities do, told with no coded doer (loaders/events/state-acts.ts)", () => {
  it("a passive arrest, fine or removal with no agent is the article's state's act", () => {
    expect(coded("The opposition leader was arrested on Monday after chaining himself to a gate.")).toContainEqual(["COERCE", "PER", "", "coercion"]);
    expect(coded("A large mining company was fined $4 million last week for polluting a river.")).toContainEqual(["SANCTION", "PER", "", "fine"]);
    expect(coded("Two reporters were escorted out of the courtroom on Tuesday.")).toContainEqual(["COERCE", "PER", "", "removal"]);
  });

  it("a shooting or killing named as the police's is the article's state's act", () => {
    expect(coded("Days after the police shooting of a teenager, the town was calm.")).toContainEqual(["ASSAULT", "PER", "", "police shooting"]);
    expect(coded("Two police killings last spring set off weeks of marches.")).toContainEqual(["ASSAULT", "PER", "", "police shooting"]);
  });

  it("an uncoded body doing such an act is the article's state too", () => {
    expect(coded("A congressional committee voted on Thursday to hold the former adviser in contempt of Congress.")).toContainEqual(["SANCTION", "PER", "", "contempt"]);
    expect(coded("The city put a midnight curfew in place on Friday after two nights of looting.")).toContainEqual(["COERCE", "PER", "", "coercion"]);
    expect(coded("The council lifted the curfew it had put in place last week.").map((r) => r[0]).sort()).toEqual(["COERCE", "CONCEDE"]);
  });

  it("an act on another state's people, or one that rebels do too, names no doer", () => {
    expect(coded("Three Chilean fishermen were arrested on Monday.")).toEqual([["COERCE", "", "CHL", "coercion"]]);
    expect(coded("Two engineers were kidnapped near the border on Monday.")).toEqual([]);
    // Holding someone in contempt with no body's authority is an attitude.
    expect(coded("The senator holds the voters of the south in contempt.")).toEqual([]);
  });
});
