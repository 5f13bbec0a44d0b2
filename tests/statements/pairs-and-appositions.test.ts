import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const who = (body: string) => statementsOf(body).map((r) => [r.speaker, r.speaker_country]);

describe("two parties named before, taken up together", () => {
  it("reads \"both leaders\" as the last two persons named", () => {
    expect(who("President Ola Berg met Chancellor Ida Moen in Oslo, where both leaders condemned the blockade of the islands.")).toEqual([["Ola Berg and Ida Moen", ""]]);
  });

  it("reads \"Both\" alone and \"both countries\" as the last two states named", () => {
    expect(who("Britain and France sent ships to the strait. Both blamed the islanders for the clash.")).toEqual([["United Kingdom and France", "GBR;FRA"]]);
    expect(who("Britain and France sent ships to the strait. Both countries blamed the islanders for the clash.")).toEqual([["United Kingdom and France", "GBR;FRA"]]);
  });

  it("takes up two who spoke together before, over the two named last", () => {
    const rows = who("Britain and France said the strait must stay open. Spain and Italy sent ships. The two countries said the blockade was illegal.");
    expect(rows[rows.length - 1][0]).toMatch(/United Kingdom|Britain/);
  });
});

describe("a name in apposition to a description", () => {
  it("reads the name with its capitalised title as the speaker, placed by the description", () => {
    expect(who("Pakistan's army chief, Field Marshal Asim Ranvir, accused the islanders of harbouring smugglers.")).toEqual([["Asim Ranvir", "PAK"]]);
  });
});

describe("bodies that speak through a delegation or a representative", () => {
  it("reads a delegation and the Taliban as speakers past a participle in apposition", () => {
    expect(who("Norway's delegation, led by Defence Minister Olaf Brekke, demanded the islands stop the raids.")).toEqual([["Norway's delegation", "NOR"]]);
    expect(who("The Taliban, represented by their envoy in Doha, denied sheltering the smugglers.")).toEqual([["the Taliban", "AFG"]]);
  });
});

describe("a pronoun after a sentence that opens with a description and a name in apposition", () => {
  it("takes \"he\" for the name", () => {
    const body = "The harbour board met on Monday. The head of the coast guard's intelligence, Olaf Brekke, viewed the new boats as a danger. He said the boats now hit their targets.";
    expect(who(body)).toEqual([["Olaf Brekke", ""]]);
  });
});
