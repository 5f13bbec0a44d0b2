import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a quotation signed with a dash", () => {
  it("reads the name after the dash as the speaker", () => {
    expect(spoken("“The river rose faster than anyone had seen.” ― Maren Okafor")).toEqual(["Maren Okafor: The river rose faster than anyone had seen."]);
    expect(spoken("\"We rebuilt the school in a summer.\" -- Tomas Vidal, a carpenter in Lyon.")).toEqual(["Tomas Vidal: We rebuilt the school in a summer."]);
  });

  it("reads a quotation that opened sentences earlier", () => {
    expect(spoken("“The river rose at night. We lost the barn.” — Maren Okafor")).toEqual(["Maren Okafor: The river rose at night. We lost the barn."]);
  });

  it("keeps a dash with a name on its own line a credit", () => {
    expect(spoken("“We lost the barn,” Okafor said.\n\n— Staff Reporter")).toEqual(["Okafor: We lost the barn"]);
  });

  it("leaves a dash in the prose alone", () => {
    expect(spoken("“Flood” — the word on every sign in town — was painted in red.")).toEqual([]);
  });
});
