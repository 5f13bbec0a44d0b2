import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a headline label in capitals", () => {
  it("speaks when the article names it as a name", () => {
    const rows = spoken("RUIZ: We are ready to hold talks with Peru\n\nChilean minister Ana Ruiz said talks would start soon.");
    expect(rows[0]).toMatch(/^Ana Ruiz: We are ready/);
  });

  it("names no one by a lower-case word the article writes", () => {
    expect(spoken("BE: We are ready to hold talks, but the conditions must be created\n\nThe bloc will be patient, its envoy said.").filter((r) => /^Be/i.test(r))).toEqual([]);
  });

  it("is not named by a deck that repeats it as a label", () => {
    const body = "BE: We are ready to hold talks, but the conditions must be created\n\nBE: We are ready to hold talks, but the conditions must be\n\nThe bloc will keep trying, its envoy said.";
    expect(spoken(body).filter((r) => /^Be/i.test(r))).toEqual([]);
    // A label named in prose still speaks, its deck beside it.
    const named = "RUIZ: We are ready to hold talks with Peru\n\nRUIZ: We are ready to hold talks\n\nChilean minister Ana Ruiz said talks would start soon.";
    expect(spoken(named)[0]).toMatch(/^Ana Ruiz: We are ready/);
  });
});
