import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("a subject with a phrase of allegiance after its head noun (doers-named-apart.ts, generic-subject.ts)", () => {
  it("the state that heads a longer noun phrase after the phrase is the one the subject acts for", () => {
    expect(coded(["Militants loyal to the Somali warlord attacked a Kenyan convoy."])).toEqual([["ASSAULT", "SOM", "KEN"]]);
    expect(coded(["Fighters linked to the Syrian army shelled Turkish positions on Monday."])).toEqual([["ASSAULT", "SYR", "TUR"]]);
    expect(coded(["Some 500,000 workers affiliated with the Serbian Workers' Union (SSS) stopped work on Monday."])).toEqual([["PROTEST", "SRB", ""]]);
    // The state right after the phrase, as before.
    expect(coded(["Gunmen loyal to Syria have repeatedly shelled Turkish positions."])).toEqual([["ASSAULT", "SYR", "TUR"]]);
  });

  it("with no state in it, the phrase is still the subject's: the act stands, its doer unnamed", () => {
    expect(coded(["Militants loyal to the warlord attacked a Kenyan convoy."])).toEqual([["ASSAULT", "", "KEN"]]);
    expect(coded(["Gunmen backed by the local warlord shelled Turkish positions on Monday."])).toEqual([["ASSAULT", "", "TUR"]]);
  });
});
