import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a word that opens a sentence before a name", () => {
  it("is no part of the name a lone surname stands for", () => {
    expect(spoken("Dr. Lena Voss treated the pilot. When Voss’s test was confirmed, the pilot went home. “It was a bad clot,” Voss wrote.")).toEqual(["Lena Voss: It was a bad clot"]);
  });
});
