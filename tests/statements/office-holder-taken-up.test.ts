import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a description headed by an office takes up the person given that office, not the last who spoke", () => {
  it("reads a short title before the name as the office ('Sen.' for 'the senator')", () => {
    expect(spoken("The ferry plan could work, Sen. Maria Lopez (D-Ore.) told reporters. Governor Tom Reed has called the plan a waste. In June, the Oregon senator urged the council to fund it.")).toEqual([
      "Maria Lopez: The ferry plan could work",
      "Tom Reed: called the plan a waste",
      "Maria Lopez: urged the council to fund it",
    ]);
  });

  it("still takes up the last speaker when no one was given the office", () => {
    expect(spoken("Maria Lopez said the ferry plan could work. In June, the Oregon senator urged the council to fund it.")).toEqual([
      "Maria Lopez: the ferry plan could work",
      "Maria Lopez: urged the council to fund it",
    ]);
  });
});
