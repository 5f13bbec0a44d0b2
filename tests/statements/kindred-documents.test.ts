import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a definite document taking up a document of a kindred head", () => {
  it("gives 'the study' the words of the survey cited before, not the last body that spoke", () => {
    expect(spoken("The harbour board said the fees were fair. Ferry use is falling, according to a recent Harbour Watch survey of skippers. The study found that half the crews had left.")).toEqual([
      "the harbour board: the fees were fair",
      "a recent Harbour Watch survey of skippers: Ferry use is falling",
      "a recent Harbour Watch survey of skippers: half the crews had left",
    ]);
  });
});
