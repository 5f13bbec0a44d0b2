import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";
import { spoken } from "./read.ts";

describe("attacking someone in words: for what, or as what", () => {
  it("is a statement of condemnation", () => {
    expect(statementsOfStance("Tom Hale attacked Anna Berg for her support of the toll.")).toEqual([["Tom Hale", "condemn", "attacked Anna Berg for her support of the toll"]]);
    expect(statementsOfStance("Tom Hale attacked his rivals as cowards.")).toEqual([["Tom Hale", "condemn", "attacked his rivals as cowards"]]);
    expect(statementsOfStance("Tom Hale attacked Berg's plan for being too costly.")).toEqual([["Tom Hale", "condemn", "attacked Berg's plan for being too costly"]]);
    expect(statementsOfStance("The union attacked the board for failing the town.")).toEqual([["the union", "condemn", "attacked the board for failing the town"]]);
    expect(statementsOfStance("Anna Berg attacks the toll as a tax on the poor.")).toEqual([["Anna Berg", "condemn", "attacks the toll as a tax on the poor"]]);
    expect(statementsOfStance('Tom Hale attacked the plan as "a disgrace".')).toEqual([["Tom Hale", "condemn", 'attacked the plan as "a disgrace"']]);
  });

  it("is none for an attack of arms", () => {
    expect(spoken("The army attacked the town for the third night.")).toEqual([]);
    expect(spoken("The rebels attacked the convoy for hours.")).toEqual([]);
    expect(spoken("The rebels attacked the port as winter began.")).toEqual([]);
    expect(spoken("The rebels attacked the port as the war went on.")).toEqual([]);
    expect(spoken("Drones attacked the depot on Monday.")).toEqual([]);
  });
});


function statementsOfStance(body: string): string[][] {
  const doc = makeDoc(body, "2024-06-24");
  return extractStatements(doc).map((r) => [r.speaker, r.stance, doc.article.raw.slice(r.char_start, r.char_end)]);
}
