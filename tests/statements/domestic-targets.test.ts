import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | speaker_country | target" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country} | ${r.target}`);

describe("words about the speaker's own state's politics target that state (stance.ts ownStatePartiesIn)", () => {
  it("reads an agency or a party of the speaker's state, named with no other party, as the target", () => {
    expect(rows("Republican Senator Ann Cole said the FBI had failed the voters.")).toEqual(["Ann Cole | USA | USA"]);
    expect(rows("Democratic Gov. Ana Ruiz has argued that the Republican Party misled voters for years.")).toEqual(["Ana Ruiz | USA | USA"]);
  });

  it("keeps the state itself, said by its own side, and a foreign party named, as before", () => {
    expect(rows("The United States will help its allies, Secretary of State Ann Cole said.")).toEqual(["Ann Cole | USA | "]);
    expect(rows("Ann Cole, a Democratic senator, said Russia had meddled in the vote.")).toEqual(["Ann Cole | USA | RUS"]);
  });
});

describe("words naming another speaker of the article target the state he speaks for (speaker-targets.ts)", () => {
  it("reads a rival named by surname, in a quotation or a reported clause, before or after he speaks", () => {
    expect(rows("“Vale has misled the voters,” said Ann Cole, a Democratic senator. Republican Senator Tom Vale said the bill was fair.")).toEqual([
      "Ann Cole | USA | USA",
      "Tom Vale | USA | ",
    ]);
    expect(rows("Ann Cole, a Democratic senator, said the bill was unfair. Republican Senator Tom Vale told reporters Cole had been wrong about the tax bill.")).toEqual([
      "Ann Cole | USA | ",
      "Tom Vale | USA | USA",
    ]);
  });

  it("reads a person the article names with a title that places him, though he never speaks", () => {
    expect(rows("Republican nominee Tom Vale toured a steel plant on Monday. Ann Cole, a retired teacher, said Vale had misled the workers.")).toEqual(["Ann Cole |  | USA"]);
  });

  it("reads a body or group the article reports speaking, named by one word", () => {
    expect(rows("Republicans said the tax bill was fair. Ann Cole, a retired teacher, said Republicans had misled the workers.")).toEqual([
      "Republicans | USA | ",
      "Ann Cole |  | USA",
    ]);
  });

  it("takes no target from the speaker's own surname", () => {
    expect(rows("Republican Senator Tom Vale said the Vale plan would cut taxes.")).toEqual(["Tom Vale | USA | "]);
  });
});
