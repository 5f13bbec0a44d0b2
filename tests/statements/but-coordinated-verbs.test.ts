import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker: quote" for each row of a one-sentence article. */
const rows = (sentence: string) => statementsOf(sentence).map((r) => `${r.speaker}: ${r.quote}`);

describe("a verb of saying joined by 'but' shares the subject of the verb before it", () => {
  // Our own sentences: the first verb is an act, the second (after "but", with or without an auxiliary) says something.
  it.each([
    ["The council approved the budget but warned that reserves were low.", "the council: reserves were low"],
    ["Mayor Lena Ortiz opposed the tower for years but now says the design has improved.", "Lena Ortiz: the design has improved"],
    ["Senator Jo Park voted for the bill, but said she had doubts about its cost.", "Jo Park: she had doubts about its cost"],
    ["The ministry did not name the ships but warned that more seizures would follow.", "the ministry: more seizures would follow"],
    ["Coach Dan Reyes lost the final but told reporters the team would be back.", "Coach Dan Reyes: the team would be back"],
    ["The regulator fined the bank but stressed that customers' savings were never at risk.", "the regulator: customers' savings were never at risk"],
    ["Harbour chief Tomas Lind closed the quay but promised that it would reopen by June.", "Tomas Lind: it would reopen by June"],
    ["The police released the driver but said the inquiry was still open.", "the police: the inquiry was still open"],
    ["Governor Amy Chen vetoed the measure but has said she will sign a narrower one.", "Amy Chen: she will sign a narrower one"],
    ["The Ferry Authority suspended the crossing but stated that the ban could be shortened.", "the Ferry Authority: the ban could be shortened"],
  ])("%s", (sentence, row) => {
    expect(rows(sentence)).toEqual([row]);
  });

  it("leaves a 'but' that opens a clause with its own subject to that subject", () => {
    expect(rows("The minister said prices rose, but the union said wages fell.")).toEqual(["the minister: prices rose", "the union: wages fell"]);
  });
});
