import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const types = (sentence: string) => extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => r.event_type);

describe("a penalty suspended is eased, not imposed (sanction-verb)", () => {
  it("suspending tariffs, sanctions or an embargo makes no SANCTION row; nor does a suspended sentence", () => {
    expect(types("Chile announced both countries have agreed to a one-month suspension of tariffs.")).not.toContain("SANCTION");
    expect(types("Peru suspends the new sanctions on Chile.")).not.toContain("SANCTION");
    expect(types("Bolivia said Peru had suspended its arms embargo on Chile.")).not.toContain("SANCTION");
    expect(types("A Peruvian court gave the Chilean exporter of drones a suspended sentence for breaching sanctions.")).not.toContain("SANCTION");
  });

  it("suspending ties, deliveries or talks is still a sanction", () => {
    expect(types("Peru suspended diplomatic ties with Chile.")).toContain("SANCTION");
    expect(types("Chile suspended arms deliveries to Peru.")).toContain("SANCTION");
  });
});
