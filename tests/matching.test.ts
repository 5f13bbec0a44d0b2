import { describe, expect, it } from "vitest";
import { matchOneToOne } from "../loaders/matching.ts";

describe("one-to-one matching", () => {
  it("takes the best-scoring pairs first and uses each side once", () => {
    const chosen = matchOneToOne([
      { g: 0, p: "a", score: 1 },
      { g: 0, p: "b", score: 5 },
      { g: 1, p: "b", score: 3 },
      { g: 1, p: "a", score: 2 },
      { g: 2, p: "a", score: 9 },
    ]);
    expect([...chosen].map(([g, c]) => [g, c.p])).toEqual([[2, "a"], [0, "b"]]);
  });
});
