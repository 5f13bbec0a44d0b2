import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("a contingent that arrives somewhere is deployed there, not on a visit (troops-moved, visit-verb)", () => {
  it("a contingent moves as troops do", () => {
    expect(coded(["Chile's 90-person contingent arrived in Peru a week earlier."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
  });

  it("forces arriving after a comma and a relative pronoun make no visit", () => {
    expect(coded(["Chilean troops, who arrived in Peru last week, will leave."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Peru told Chile to withdraw its 90-person contingent, which arrived in Peru just a week earlier."]).map(([t]) => t)).not.toContain("CONSULT");
  });
});
