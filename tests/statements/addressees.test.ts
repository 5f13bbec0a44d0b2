import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance, r.target]);

describe("'you' said to a named person is that person (addressees.ts)", () => {
  it("accuses the addressee told, spoken to or turned to", () => {
    expect(rows("“You squandered the pension fund,” Senator Ola Berg told Mayor Tove Lind.")).toEqual([["Ola Berg", "accuse", ""]]);
    expect(rows("“You have wasted every grant the county won,” Ola Berg said to Tove Lind on Monday.")).toEqual([["Ola Berg", "accuse", ""]]);
    expect(rows("Ola Berg, turning to his opponent, said: “You squandered the pension fund.”")).toEqual([["Ola Berg", "accuse", ""]]);
  });

  it("aims the charge at the addressee's party when the addressee is a known party", () => {
    expect(rows("“You squandered the pension fund,” Hillary Clinton told Donald Trump.")).toEqual([["Hillary Clinton", "accuse", "USA"]]);
  });

  it("does not take a 'you' said to an audience, to no one named, or asked, or told as possible", () => {
    expect(rows("“You squandered the pension fund,” Senator Ola Berg told reporters.")).toEqual([["Ola Berg", "other", ""]]);
    expect(rows("“You squandered the pension fund,” Senator Ola Berg told the crowd.")).toEqual([["Ola Berg", "other", ""]]);
    expect(rows("“You squandered the pension fund,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other", ""]]);
    expect(rows("“Did you squander the fund?” Ola Berg asked Tove Lind.")).toEqual([["Ola Berg", "other", ""]]);
    expect(rows("“You can see the damage from the harbour,” Ola Berg told Tove Lind.")).toEqual([["Ola Berg", "other", ""]]);
  });
});
