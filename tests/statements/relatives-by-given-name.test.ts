import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

// A person the gazetteer knows by a surname alone ("Trump"), written after another given name, is a relative.
describe("a known surname after another given name", () => {
  it("names the relative, not the known person", () => {
    expect(spoken("Ivanka Trump said the leave plan would cover adoptive parents.")).toEqual(["Ivanka Trump: the leave plan would cover adoptive parents"]);
    expect(spoken("Eric Trump, the nominee's son, said the tax plan was fair.")).toEqual(["Eric Trump: the tax plan was fair"]);
  });

  it("takes up the relative with a pronoun in the next sentence", () => {
    const rows = spoken("Tiffany Trump, a law student, praised the plan on Sunday. She said it would help young families.");
    expect(rows).toContain("Tiffany Trump: it would help young families");
  });

  it("keeps the known person after a title, his own given name, or a word that is no name", () => {
    expect(spoken("Donald Trump said the wall would be built.")).toEqual(["Donald Trump: the wall would be built"]);
    expect(spoken("Only Trump said the wall would be built.")[0]).toMatch(/^(?:Donald )?Trump: /);
    expect(spoken("President Trump said the wall would be built.")[0]).toMatch(/^(?:Donald )?Trump: /);
  });
});
