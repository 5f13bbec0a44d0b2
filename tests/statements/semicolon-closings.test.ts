import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a closing attribution after a semicolon", () => {
  it("gives the clause before the semicolon to the speaker after it", () => {
    expect(spoken("The rebels set the base ablaze along with the trucks; the sources reported on condition of anonymity.")).toEqual(["the sources: The rebels set the base ablaze along with the trucks"]);
    expect(spoken("Two boats sank near Arica; the Chilean Navy said.")).toEqual(["the Chilean Navy: Two boats sank near Arica"]);
  });

  it("leaves a speaker with a clause of their own after the semicolon to it", () => {
    expect(spoken("The base burned; the sources said the trucks were lost.")).toEqual(["the sources: the trucks were lost"]);
  });
});
