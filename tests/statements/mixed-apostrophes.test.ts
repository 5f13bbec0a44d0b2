import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country}`);

describe("a surname written with the other apostrophe (speakers/name-runs.ts nameKey)", () => {
  it("is the person the article named in full, with the office that gives their state", () => {
    expect(rows("Peru's navy searched the coast on Monday. Police Commissioner Ana O’Hara said two boats were found. O'Hara said the search would go on.")).toEqual([
      "Ana O’Hara | PER",
      "Ana O’Hara | PER",
    ]);
    expect(rows("Peru's navy searched the coast on Monday. Mayor Tom D'Souza said the port was shut. Later, D’Souza told reporters the quay had cracked.")).toEqual([
      "Tom D'Souza | PER",
      "Tom D'Souza | PER",
    ]);
  });
});
