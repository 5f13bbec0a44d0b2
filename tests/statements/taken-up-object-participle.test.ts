import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of saying whose object only takes up words told elsewhere, then a participle (statements/opening.ts)", () => {
  it("gives the participle's clause as the words, not the object", () => {
    expect(spoken('Mayor Ana Ruiz said as much in an interview on Monday, arguing that the council "wasted the money."')).toEqual([
      'Ana Ruiz: the council "wasted the money."',
    ]);
  });

  it("still takes up the sentence before where nothing else is said", () => {
    expect(spoken("The council wasted the money. Mayor Ana Ruiz said as much on Monday.")).toEqual(["Ana Ruiz: The council wasted the money"]);
  });
});
