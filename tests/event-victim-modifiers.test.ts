import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const types = (sentence: string) => extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => r.event_type);

describe("a trigger that describes the people an act befell tells no act", () => {
  it("a participle after a count and before a state's name and its noun describes the noun", () => {
    expect(types("Two dozen wounded Peruvian soldiers were brought to a hospital in Chile.")).toEqual([]);
    expect(types("Some 40 injured Bolivian workers were flown to Peru on Friday.")).not.toContain("ASSAULT");
    expect(types("Several hundred detained Ecuadorian migrants were released by Peru.")).not.toContain("COERCE");
  });

  it("a trigger set before a noun for victims describes them (victim_nouns)", () => {
    expect(types("The Chilean army said its troops rescued 24 kidnap victims in Arica on Friday.")).toEqual([]);
    expect(types("Peruvian doctors treated bombing survivors in Tacna.")).not.toContain("ASSAULT");
  });

  it("the acts told by the same verbs, a year or a day of a month before them, are rows", () => {
    expect(types("Chilean troops wounded two dozen Peruvian soldiers.")).toContain("ASSAULT");
    expect(types("Chile on March 24 attacked Peruvian troops.")).toContain("ASSAULT");
    expect(types("Chile in 2014 attacked Peruvian troops.")).toContain("ASSAULT");
    expect(types("Chilean forces kidnapped 24 Peruvian soldiers near the border.")).toContain("COERCE");
  });
});
