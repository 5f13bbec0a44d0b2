import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("two coordinated verbs of saying, each with its own object", () => {
  it("gives each act a row of its own, with or without a comma or an auxiliary", () => {
    expect(spoken("In her speech, Senator Ana Ruiz urged the council to fund the ferry, and criticized the port's lack of planning.")).toEqual([
      "Ana Ruiz: urged the council to fund the ferry",
      "Ana Ruiz: criticized the port's lack of planning",
    ]);
    expect(spoken("Mayor Tom Reed has sharply criticized the old tolls and called for a cheaper bridge pass.")).toEqual([
      "Tom Reed: criticized the old tolls",
      "Tom Reed: called for a cheaper bridge pass",
    ]);
  });

  it("keeps a reported clause with the act added to it, and acts a source relays together, as one statement", () => {
    expect(spoken("Ana Ruiz said the ferry was late and criticized the port's lack of planning.")).toHaveLength(1);
    expect(spoken("A senior port official criticized the council for its delays and repeated his support for the bridge, according to the local radio.")).toHaveLength(1);
  });
});
