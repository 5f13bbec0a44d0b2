import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a definite epithet of trade or wealth takes up the one person it can stand for", () => {
  it("takes up the one person named before ('the real estate mogul')", () => {
    expect(spoken("The council rejected the plan. Mayor Tom Vale attacked it. Later, the real estate mogul claimed that the council was corrupt.")).toContain(
      "Tom Vale: the council was corrupt",
    );
  });

  it("takes up the one person heard before, another epithet and tense ('the shipping tycoon')", () => {
    const rows = spoken("Governor Ola Brenn said the port would close. The shipping tycoon has warned that jobs will go.");
    expect(rows).toContain("Ola Brenn: jobs will go");
  });

  it("stays as written when two people fit", () => {
    const rows = spoken("Mayor Ida Moen met Governor Tom Vale on Monday. Later, the billionaire said that the council was corrupt.");
    expect(rows).toContain("the billionaire: the council was corrupt");
  });

  it("leaves a plural and an indefinite epithet as written", () => {
    expect(spoken("Mayor Tom Vale met them. The tycoons said that the council was corrupt.")).toContain("the tycoons: the council was corrupt");
    expect(spoken("Mayor Tom Vale spoke. A businessman said that the council was corrupt.")).toContain("a businessman: the council was corrupt");
  });
});
