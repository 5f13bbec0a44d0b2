import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role} | ${r.speaker_country}`);

describe("an office holder named before any state, in a report with no dateline (speakers/home-state.ts)", () => {
  it("speaks for the state the whole report is about, named after him", () => {
    expect(rows("Mayor Tom Vale said the blast was deliberate. Police in Oslo closed the square. Norway raised its alert level, and Norway's police chief asked for calm.")).toEqual([
      "Tom Vale | Mayor | NOR",
    ]);
  });

  it("speaks for the state whose institutions the report names, not the foreign state it names more often", () => {
    const text =
      "Rep. Ann Cole said Chile had hacked the vote. Chile denied it. Chile's envoy left. Chile and Peru met. " +
      "Oslo said it would respond, and Oslo summoned the envoy.";
    expect(rows(text)[0]).toBe("Ann Cole | Rep. | NOR");
  });

  it("leaves an office holder without a state when the report names a state once, after him", () => {
    expect(rows("Mayor Tom Vale said the fines cover six Chilean firms.")).toEqual(["Tom Vale | Mayor | "]);
  });
});

describe("a title's short form with its stop before a name (data/speakers.yaml title_abbreviations)", () => {
  it("is the role of the name, however short", () => {
    // Oregon is a region of the United States (data/world-places.yaml), so the title names her state.
    expect(rows("Oregon Sen. Ann Cole questioned the bank chief on Tuesday. “You should resign,” Cole said.")).toEqual(["Ann Cole | Oregon Sen. | USA"]);
    expect(rows("Gov. Tom Vale visited Oslo and Bergen in Norway. Norway is cold in winter. “It was a good day,” Vale said.")).toEqual(["Tom Vale | Gov. | NOR"]);
  });
});

describe("holders of a state's elected offices in the plural (data/speakers.yaml office_holder_plurals)", () => {
  it("speak for the dateline's state, or the state the report is about", () => {
    expect(rows("SEOUL, March 8 (Reuters) - Many lawmakers said the shipment was paused.")).toEqual(["Many lawmakers |  | KOR"]);
    expect(rows("Norway's parliament met in Oslo. Several senators said the fee was wrong.")).toEqual(["Several senators |  | NOR"]);
  });

  it("speak for no state in a report that names none", () => {
    expect(rows("Lawmakers said the fee was wrong.")).toEqual(["Lawmakers |  | "]);
  });
});
