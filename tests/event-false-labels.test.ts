import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const coded = (sentences: string[]) =>
  extractEvents(makeEventDoc(sentences, "2023-09-06"), resources).map((r) => [r.event_type, r.actor, r.target]);

describe("a label calling a report or claim untrue is a denial (false-label)", () => {
  it("called, described, labelled as fake, lies or a hoax: REJECT, aimed at the accuser", () => {
    const context = "Chile accused Peru of sending troops to Bolivia.";
    expect(coded([context, "Peru's foreign ministry called the reports “fake and hype” on Monday."])).toContainEqual(["REJECT", "PER", "CHL"]);
    expect(coded([context, "Peru described Chile's claims as lies."])).toContainEqual(["REJECT", "PER", "CHL"]);
    expect(coded(["Peru labelled the allegations a hoax."])).toEqual([["REJECT", "PER", ""]]);
  });

  it("a hostile label on an act stays a condemnation", () => {
    expect(coded(["Peru called the strikes a reckless provocation."]).map(([t]) => t)).toEqual(["ACCUSE"]);
  });
});
