import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
const types = (sentence: string) => extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => r.event_type);

describe("to deny a side a deed is to prevent it, not a denial (deny)", () => {
  it("'deny X from V-ing' makes no REJECT row", () => {
    expect(types("“Our forces fought hard to deny the rebels from taking over the district,” the Chilean army said.")).not.toContain("REJECT");
    expect(types("Peru's navy denied Chilean trawlers from fishing in its waters.")).not.toContain("REJECT");
  });

  it("a denial of a claim or of reports stays a REJECT row", () => {
    expect(types("Peru denied that its troops had entered Chile.")).toContain("REJECT");
    expect(types("Peru denied reports from Chile claiming its troops had crossed the border.")).toContain("REJECT");
  });
});

describe("agreeing with what a side says is no support given to it (support-verb object_excludes)", () => {
  it("backing or endorsing an account, a claim or an assessment makes no SUPPORT row", () => {
    expect(types("A western official backed the Peruvian account, saying it was likely that drones were responsible.")).not.toContain("SUPPORT");
    expect(types("Chile endorsed Peru's claims about the border.")).not.toContain("SUPPORT");
  });

  it("backing a side or its bid stays a SUPPORT row", () => {
    expect(types("Chile backed Peru's bid for a UN seat.")).toContain("SUPPORT");
    expect(types("Ghana praised Senegal for its handling of the election.")).toContain("SUPPORT");
  });
});
