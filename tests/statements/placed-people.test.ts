import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country}`);

describe("a person placed in one row keeps that state in the others (statements/placed-people.ts)", () => {
  it("carries the state to a row before the title is given", () => {
    expect(rows("Tomas Vell said the bridge would reopen. Later, Peruvian Transport Minister Tomas Vell said the repairs were done.")).toEqual([
      "Tomas Vell | PER",
      "Tomas Vell | PER",
    ]);
  });

  it("gives a bare surname before the full name both the name and the state", () => {
    expect(rows("“The vote was fair,” Lima insisted on Monday. Chilean Senator Rosa Lima had warned that the count would be slow.")).toEqual([
      "Rosa Lima | CHL",
      "Rosa Lima | CHL",
    ]);
  });

  it("leaves a person the article never places without a state", () => {
    expect(rows("Marta Soto, a retired teacher, said the fees were too high. Soto added that parents agreed.")).toEqual([
      "Marta Soto | ",
      "Marta Soto | ",
    ]);
  });
});

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
