import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("'…,' said a trade after a name or number that places it, then a name: the name speaks (inverted-subject.ts)", () => {
  it("takes the name after the trade and the words that place it", () => {
    expect(spoken('"The minister did everything right," said Lima radio host Carlos Ruiz.')).toEqual(["Carlos Ruiz: The minister did everything right"]);
    expect(spoken('"The veto does not hold," said 9/11 widow Rosa Perez.')).toEqual(["Rosa Perez: The veto does not hold"]);
    expect(spoken('"He looked calm," said TVN anchor Pablo Soto.')).toEqual(["Pablo Soto: He looked calm"]);
  });
});

describe("'she said' with no speaker before it: a person named or described just before is who speaks (resolve.ts, rows.ts)", () => {
  it("takes up a titled person named in the sentence before, when no one spoke yet", () => {
    expect(spoken('Lima faces floods. The coast flooded again on Monday; Defence Minister Peter Berg flew there. "The charts are terrifying," he said.')).toEqual([
      "Peter Berg: The charts are terrifying",
    ]);
  });

  it("takes up a person described by a noun of their gender opening a sentence", () => {
    expect(spoken('A woman in Lima watched the speech. "It never crossed my mind," she said months later.')).toEqual(["a woman: It never crossed my mind"]);
    expect(spoken('The station reported on her. The woman disputes the idea. "Here he comes," she said, clapping.')).toEqual(["the woman: Here he comes"]);
  });

  it("not a possessive, nor a description of the other gender", () => {
    expect(spoken('The storm hit Lima. The woman’s husband was asleep. "Here he comes," she said.')).toEqual([]);
    expect(spoken('The storm hit Lima. The man watched the speech. "Here he comes," she said.')).toEqual([]);
  });
});

describe("a surname several people of the gazetteer share is the one the article named (resolve.ts)", () => {
  it("gives the only one named before its full name and state", () => {
    const [row] = statementsOf('Kim Jong Un visited a drone plant in Chile on Thursday. "The race is speeding up," Kim said.');
    expect([row.speaker, row.speaker_country]).toEqual(["Kim Jong Un", "PRK"]);
  });

  it("keeps a fuller name the article gives to someone else", () => {
    const rows = statementsOf("Kim Jong Un met the Chilean envoy in June. Vice foreign minister Kim Hong-kyun met him later. The deal breaks the rules, Kim said.");
    expect(rows.map((r) => r.speaker)).toEqual(["Kim Hong-kyun"]);
  });
});

describe("under a dateline, a state's office named by its kind speaks for the dateline's state (dateline-country.ts)", () => {
  it("gives the office, and a person whose title is one, the dateline city's state", () => {
    const rows = statementsOf(
      "TOKYO, May 4 (Reuters) - The Foreign Ministry said the measures cover six Chilean firms. Defense Secretary Ana Ruiz said the navy was ready. Analyst Carlos Vega said the move was risky.",
    );
    expect(rows.map((r) => [r.speaker, r.speaker_country])).toEqual([
      ["the Foreign Ministry", "JPN"],
      ["Ana Ruiz", "JPN"],
      ["Analyst Carlos Vega", ""],
    ]);
  });

  it("no dateline, or an office that names its state: no change", () => {
    expect(statementsOf("The Foreign Ministry said the measures cover six Chilean firms.").map((r) => r.speaker_country)).toEqual([""]);
    expect(statementsOf("TOKYO, May 4 (Reuters) - Peru's Foreign Ministry said the measures cover six Chilean firms.").map((r) => r.speaker_country)).toEqual(["PER"]);
  });
});
