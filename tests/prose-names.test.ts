import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module of the site, without types.
import { inProse } from "../src/components/prose-names.js";

describe("country names in running prose", () => {
  it("take 'the' where English gives it, and only there", () => {
    expect(["United States", "United Kingdom", "Netherlands", "Czech Republic", "Philippines", "North Korea", "Russia", "Ukraine", "Central African Republic"].map((name: string) => inProse(name))).toEqual([
      "the United States",
      "the United Kingdom",
      "the Netherlands",
      "the Czech Republic",
      "the Philippines",
      "North Korea",
      "Russia",
      "Ukraine",
      "the Central African Republic",
    ]);
    expect(inProse("the Vatican")).toBe("the Vatican");
  });
});
