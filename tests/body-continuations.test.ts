import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote]);

describe("a body's statement told on: 'it added', 'the ministry added', 'the statement continued'", () => {
  it("'it' takes up a body named with a link after its head ('the Ministry of Defence')", () => {
    expect(rows("Norland's Ministry of Defence said two drones were downed. It added that no one was hurt.")).toEqual([
      ["Norland's Ministry of Defence", "two drones were downed"],
      ["Norland's Ministry of Defence", "no one was hurt"],
    ]);
    expect(rows("The Office of the Prosecutor said the files were sealed. It added that a hearing was set for May.").map((r) => r[0])).toEqual(["the Office of the Prosecutor", "the Office of the Prosecutor"]);
  });

  it("'it' passes over a person who spoke of nothing since", () => {
    expect(rows("Norland's Ministry of Defence said two drones were downed. Defence Minister Ana Holt visited the base on Sunday. It added that no one was hurt.").map((r) => r[0])).toEqual(["Norland's Ministry of Defence", "Norland's Ministry of Defence"]);
  });

  it("a spokesman for a ministry is a person: 'he' takes him up, 'it' does not", () => {
    expect(rows("A spokesman for the water board said the reservoir was low. He added that rain was forecast.").map((r) => r[0])).toEqual(["a spokesman for the water board", "a spokesman for the water board"]);
  });

  it("reads the body's own name and its document as continuations", () => {
    const cases: Array<[string, string]> = [
      ["The port authority said the harbour was closed. It added that two ships had run aground.", "the port authority"],
      ["The company said its profits had fallen. \"We expect a better year,\" it added.", "the company"],
      ["The Norland Defence Ministry said two drones were downed. The ministry also said that no one was hurt.", "the Norland Defence Ministry"],
      ["The central bank said inflation had slowed. It also noted that wages were rising.", "the central bank"],
      ["The electoral commission said turnout was low. The commission went on to say that the count would take two days.", "the electoral commission"],
      ["The health ministry said 40 people were treated. It went on to say that the hospital was full.", "the health ministry"],
      ["The UN agency said in a statement that aid convoys had been stopped. The statement also said that fuel was running out.", "the UN agency"],
      ["The rail operator said the line would reopen on Friday. \"Passengers should check before travelling,\" the operator added.", "the rail operator"],
      ["The agency said the fire was contained. It continued: \"No one was hurt.\"", "the agency"],
    ];
    for (const [text, speaker] of cases) expect(rows(text).map((r) => r[0]), text).toEqual([speaker, speaker]);
  });
});
