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
});
