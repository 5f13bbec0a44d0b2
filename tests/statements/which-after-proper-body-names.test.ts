/**
 * A relative "which" after a body's proper name the gazetteer does not know ("the Leith Harbour
 * Police, which reported that …"): capitalised words ending in a kind of body name the body, which
 * speaks (loaders/statements/subjects.ts). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a which-clause of saying after a body's proper name", () => {
  it("gives the words to the named body", () => {
    expect(spoken("They asked the Leith Harbour Police, which reported that 212 thefts took place.")).toEqual(["the Leith Harbour Police: 212 thefts took place"]);
  });

  it("leaves a which after a thing's name alone", () => {
    expect(spoken("They praised the Harbour Charter, which says that every port is free.")).toEqual([]);
  });
});
