import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
/** Type, actor, target and status of each row the coder makes of one sentence. */
const coded = (sentence: string) =>
  extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => [r.event_type, r.actor, r.target, r.status]);
const types = (sentence: string) => coded(sentence).map(([t]) => t);

describe("an act told in a condition is none told (condition_words)", () => {
  it("a condition opening the act's clause, far before its doer, makes no row", () => {
    expect(types("According to Bolivia, if claims of Chilean soldiers being sent to Peru are true, it is a grave step.")).not.toContain("MOBILIZE");
    expect(types("If reports that the Chilean troops were deployed to Peru prove right, Lima will protest.")).not.toContain("MOBILIZE");
  });

  it("a condition between the words of a trigger ('troops … if they enter') makes no row", () => {
    expect(types("Bolivia called the Chilean troops legitimate targets if they enter Peru.")).not.toContain("MOBILIZE");
    expect(types("Ecuador said Colombian soldiers would be arrested if they ever crossed into Ecuador.")).not.toContain("MOBILIZE");
  });

  it("the same acts told without a condition, or with a concessive 'even if', are rows", () => {
    expect(types("Bolivia said Chilean soldiers were sent to Peru last week.")).toContain("MOBILIZE");
    expect(types("Chilean troops entered Peru on Monday.")).toContain("MOBILIZE");
    expect(types("Chilean troops entered Peru on Monday, even if Lima had objected.")).toContain("MOBILIZE");
  });
});
