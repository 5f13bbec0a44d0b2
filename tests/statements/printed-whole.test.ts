import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a statement printed whole after a line that names its issuer", () => {
  const voss = "The following statement was issued today by the Spokesperson for Harbour Master Lena Voss:\n\nThe Harbour Master is alarmed by the collisions in the strait.\n\nThree ferries have struck the breakwater since March. The pilots of two were never found.\n\nBegin text:\n\nShe calls on all captains to slow down near the quay.\n";

  it("gives each sentence after the line to the one the spokesperson speaks for, as direct words (a sentence whose verb names the issuer again, 'The Harbour Master is alarmed', 'She calls on', is the issuer's words whole)", () => {
    const rows = statementsOf(voss);
    expect(rows.map((r) => `${r.speaker}: ${r.quote}`)).toEqual([
      "Harbour Master Lena Voss: The Harbour Master is alarmed by the collisions in the strait",
      "Harbour Master Lena Voss: Three ferries have struck the breakwater since March",
      "Harbour Master Lena Voss: The pilots of two were never found",
      "Harbour Master Lena Voss: She calls on all captains to slow down near the quay",
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["direct", "direct", "direct", "direct"]);
  });

  it.each([
    ["The Leith Port Trust issued the following statement on Monday:", "the Leith Port Trust"],
    ["The following joint statement was released by the Nordic Fisheries Council:", "the Nordic Fisheries Council"],
    ["The following is the text of a statement by the Ostburg foreign ministry:", "the Ostburg foreign ministry"],
    ["The following remarks were delivered by Mayor Ana Ruiz:", "Ana Ruiz"],
    ["The harbour board has released the following statement:", "the harbour board"],
    ["The following communique was published by the Baltic Shipping Panel:", "the Baltic Shipping Panel"],
  ])("reads the issuer of: %s", (line, speaker) => {
    const rows = spoken(`${line}\n\nThe quay will stay closed until the survey is done. Ships will anchor in the roads.\n`);
    expect(rows).toEqual([`${speaker}: The quay will stay closed until the survey is done`, `${speaker}: Ships will anchor in the roads`]);
  });

  it("reads no statement from sentences without such a line, or after a line that is no opening", () => {
    expect(spoken("The quay will stay closed until the survey is done. Ships will anchor in the roads.")).toEqual([]);
    expect(spoken("The following ships were seen by the coast guard:\n\nThree trawlers lay at anchor off the point.\n")).toEqual([]);
    expect(spoken("The council issued a statement on Monday.\n\nThe quay will stay closed until the survey is done.\n")).toEqual([]);
  });
});
