import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("a side not ready or willing to offer or accept a truce or terms refuses them (not-ready-to)", () => {
  it("aimed at the side named after, else at the side that reports it; made when told", () => {
    expect(coded(["Peru is not ready to offer a ceasefire to Chile."])).toEqual([["REJECT", "PER", "CHL"]]);
    expect(coded(["Peru is not ready to offer a ceasefire, the Chilean minister said."])).toEqual([["REJECT", "PER", "CHL"]]);
    expect(coded(["The Chilean minister said Peru was not willing to accept the terms."])).toEqual([["REJECT", "PER", "CHL"]]);
  });

  it("a side ready to offer one refuses nothing", () => {
    expect(types("Peru is ready to offer a ceasefire to Chile.")).not.toContain("REJECT");
  });
});
