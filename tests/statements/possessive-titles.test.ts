import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country}`);

describe("a title before a name in the possessive (speakers/article-people.ts runsEndingIn)", () => {
  it("gives the person the title, and so the state, where no row titles them", () => {
    expect(rows("Peru's government welcomed the talks. President Tom Vale's decision to visit was bold. “We see rewards,” Vale said.")).toEqual([
      "Peru's government | PER",
      "Tom Vale | PER",
    ]);
  });

  it("reads a surname in the possessive after a rank, in a longer report", () => {
    expect(rows("Chile's navy searched the coast on Monday. Admiral Rosa Diaz’s ships found two boats. Diaz told reporters the search would go on.")).toEqual([
      "Rosa Diaz | CHL",
    ]);
  });

  it("leaves a possessive with no title untouched", () => {
    expect(rows("Peru's government welcomed the talks. Tom Vale's shop was closed. “We lost money,” Vale said.")).toEqual([
      "Peru's government | PER",
      "Tom Vale | ",
    ]);
  });
});
