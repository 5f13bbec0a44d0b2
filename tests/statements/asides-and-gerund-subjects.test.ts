import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("'…,' said X (the writer's aside in brackets): the aside is no part of the speaker (inverted-subject.ts)", () => {
  it("reads the speaker before a long parenthesis, even one with a verb of saying", () => {
    expect(spoken("Len Burman runs a tax centre in Lima. The levy ''is a misguided approach,'' said Mr. Burman (a view echoed by everyone I asked).")).toEqual([
      "Len Burman: The levy ''is a misguided approach,''",
    ]);
  });
});

describe("a participle opening words whose predicate is quoted is their subject, not a fronted clause (closing.ts)", () => {
  it("'Using the tax \"is a misguided approach,\" said X' reports the words", () => {
    expect(spoken('Using the levy "is a misguided approach," said Len Burman.')).toEqual(['Len Burman: Using the levy "is a misguided approach,"']);
  });

  it("a fronted participle clause before an attribution still says nothing itself", () => {
    expect(spoken('Asked about the strike, the mayor of Lima said, "We will rebuild."')).toEqual(['the mayor of Lima: We will rebuild.']);
  });
});
