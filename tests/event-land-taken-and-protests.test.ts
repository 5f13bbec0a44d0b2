/**
 * A verb of seizing whose object is a place took land (an attack), a launch of an inquiry fires
 * nothing, a long salvo fired "at" a side is a strike, and a protest made to a side is a
 * diplomatic complaint. Invented sentences (Chile, Peru).
 */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const typed = (sentence: string) => codedEvents([sentence]).map(([t, a, g]) => `${t} ${a}>${g}`);

describe("a verb of seizing whose object is a place took land: ASSAULT, not COERCE", () => {
  it("active, with 'control of' and an apposition", () => {
    expect(typed("The Chilean army has seized control of Tacna, a city in the south.")).toEqual(["ASSAULT CHL>PER"]);
    expect(typed("Chilean militants had captured Tacna after heavy fighting.")).toEqual(["ASSAULT CHL>PER"]);
  });
  it("a passive relative whose antecedent is the place", () => {
    expect(typed("The towns of Tacna and Ilo, which were captured by Chilean troops last week, are without power.")).toEqual(["ASSAULT CHL>PER"]);
  });
  it("'taken control of' a base and a town", () => {
    expect(typed("Chilean troops have taken control of both the base and the town.")).toEqual(["ASSAULT CHL>"]);
  });
  it("people seized in a place stay coercion", () => {
    expect(typed("Chilean police captured two Peruvian smugglers in Tacna.")).toEqual(["COERCE CHL>PER"]);
    expect(typed("Peruvian fishermen were detained by Chilean police near Tacna.")).toEqual(["COERCE CHL>PER"]);
  });
});

describe("what is launched or fired", () => {
  it("a probe launched 'into' a side's goods fires nothing", () => {
    expect(typed("Peru also plans to launch a similar probe into Chilean chemical products.")).not.toContainEqual(expect.stringMatching(/^ASSAULT/));
  });
  it("a barrage of many missiles and drones fired at a side is a strike", () => {
    expect(typed("Chile launched a barrage of more than 300 missiles and drones at Peru on Monday.")).toEqual(["ASSAULT CHL>PER"]);
  });
});

describe("a protest made to a side is a diplomatic complaint (ACCUSE), a demonstration stays PROTEST", () => {
  it("'formally protested to', 'protested strongly with'", () => {
    expect(typed("Peru formally protested to Chile on Monday.")).toEqual(["ACCUSE PER>CHL"]);
    expect(typed("Chile protested strongly with Peru after the incident.")).toEqual(["ACCUSE CHL>PER"]);
  });
  it("people protesting in a place, or protesting to demand something, still protest", () => {
    expect(typed("Thousands of Peruvians protested in Lima against Chile.")).toEqual(["PROTEST PER>CHL"]);
    expect(typed("Peruvian farmers protested to demand higher prices from Chile.")).toContainEqual(expect.stringMatching(/^PROTEST/));
  });
});
