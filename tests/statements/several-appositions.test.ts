import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker: quote" for each row of a short article. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker}: ${r.quote}`);

describe("a speaker's name before several appositions, or an apposition between dashes", () => {
  // Our own sentences: the name, then its age, a relative clause or a description, then the verb.
  it.each([
    ["Tomas Lind, 56, who has served on the port board for a decade, told reporters that the quay was sabotaged.", "Tomas Lind: the quay was sabotaged"],
    ["Lena Voss -- co-author of Ports of Peru, a book about harbours -- said the board tended to delay repairs.", "Lena Voss: the board tended to delay repairs"],
    ["Marta Solis -- the mayor's sister -- told the council that the vote was rigged.", "Marta Solis: the vote was rigged"],
  ])("%s", (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it("keeps one apposition after a name as before", () => {
    expect(rows("Pedro Gil, a lawyer for the union, who has fought the mine for years, said the plan would fail.")).toEqual(["Pedro Gil: the plan would fail"]);
  });
});
