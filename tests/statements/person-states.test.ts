import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country}`);

describe("one person speaks for one state through a report (statements/person-states.ts)", () => {
  it("gives the state of a person's titled row to the rows that name them alone", () => {
    expect(rows("Peru's navy searched the coast. Peru's navy said two boats sank. Ana Ruiz said the crews were safe. Admiral Ana Ruiz said later the search would go on.")).toEqual([
      "Peru's navy | PER",
      "Ana Ruiz | PER",
      "Ana Ruiz | PER",
    ]);
  });
});
