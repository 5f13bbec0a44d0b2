import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a restrictive 'which' after a body in object position", () => {
  it("speaks for the body: 'turned to the sheriff's office which reported …'", () => {
    expect(spoken('To settle it, they turned to the county sheriff\'s office which reported "212 burglaries" in the town between May and June.')).toEqual([
      "the county sheriff's office: \"212 burglaries\" in the town between May and June",
    ]);
  });

  it("leaves a relative after a thing, and one inside a clause with its own verb, alone", () => {
    expect(spoken("The rules of the treaty which states that ships must stop are old.")).toEqual([]);
    expect(spoken("The town relied on the Lakeside Water Board which announced that the dam was safe.")).toEqual([]);
  });
});
