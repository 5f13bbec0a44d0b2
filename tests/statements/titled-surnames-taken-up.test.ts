import { describe, expect, it } from "vitest";
import { statementsOf, spoken } from "./read.ts";

describe("a bare title takes up the person the article named by that title and a surname alone", () => {
  it("gives 'the president' the one named 'President Soto', as fully as the article names him", () => {
    const text = "Luis Soto toured the port in May. With turnout falling, President Soto is trying a new message. The president told voters on Sunday that he would take it as an insult if they stayed home.";
    expect(spoken(text)).toContain("Luis Soto: he would take it as an insult if they stayed home");
  });

  it("keeps the surname when the article spells two full names with it", () => {
    const text = "Luis Soto and Marta Soto toured the port in May. President Soto is trying a new message. The president told voters on Sunday that he would veto the bill.";
    expect(spoken(text)).toContain("Soto: he would veto the bill");
  });

  it("keeps the surname when the one full name spelt with it holds another office", () => {
    const text = "The campaign will send the first lady, Marta Soto, to Ohio. President Soto is trying a new message. The president told voters on Sunday that he would veto the bill.";
    expect(spoken(text)).toContain("Soto: he would veto the bill");
  });

  it("reads an abbreviated title and another tense ('Sen. Marsh … the senator has argued')", () => {
    expect(spoken("Gov. Pell and Sen. Marsh met donors in Tulsa on Friday. The senator has argued that the tax plan would fail.")).toContain(
      "Marsh: the tax plan would fail",
    );
  });

  it("leaves the title as written when two holders of it were just named ('Sen. Marsh met Sen. Pell')", () => {
    expect(spoken("Sen. Marsh met Sen. Pell in Tulsa on Friday. The senator said the tax plan would fail.")).toContain("the senator: the tax plan would fail");
    expect(spoken("President Soto met President Vale in Lima. The president has warned that the border would close.")).toContain(
      "the president: the border would close",
    );
  });

  it("leaves a title before a body's name ('the Justice Department') and a generic or indefinite description alone", () => {
    expect(spoken("The Justice Department opened an inquiry. The president said the inquiry was overdue.")).toContain("the president: the inquiry was overdue");
    expect(spoken("President Soto spoke on Monday. A judge said the statute was clear.")).toContain("a judge: the statute was clear");
  });

  it("takes no people addressed by their demonym for the channel ('told Americans')", () => {
    const rows = statementsOf("President Ana Ruiz spoke in Ohio. The president told Americans on Sunday that she would veto the bill.");
    expect(rows.map((r) => [r.speaker, r.via])).toEqual([["Ana Ruiz", ""]]);
  });
});
