/**
 * A retaliation whose means are measures of policy is told by those measures (no attack), and
 * strikes begun "on" a side or from the air are attacks, no stoppage of work. Invented
 * sentences (Chile, Peru).
 */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const types = (sentence: string) => codedEvents([sentence]).map(([t]) => t);

describe("a retaliation by measures of policy is no attack", () => {
  it("'…, freezing the assets of' and 'by imposing duties'", () => {
    expect(types("Chile has retaliated against Peru's approval of a $1.5 billion arms package for Bolivia, freezing the assets of Peruvian firms.")).not.toContain("ASSAULT");
    expect(types("Chile retaliated against the tariffs by imposing duties on Peruvian wine.")).toEqual(["SANCTION"]);
  });
  it("a retaliation by force stays an attack", () => {
    expect(types("Chile retaliated against Peru with artillery fire on Monday.")).toEqual(["ASSAULT"]);
  });
});

describe("strikes begun on a side are attacks, not a protest", () => {
  it("'began strikes on Chile' makes no PROTEST", () => {
    expect(types("The Peruvian rebels began strikes on Chile in a bid to force a ceasefire.")).toEqual(["ASSAULT"]);
    expect(types("Peru began air strikes near the border on Monday.")).not.toContain("PROTEST");
  });
  it("workers' strikes begun in ports or against a law stay a protest", () => {
    expect(types("Chilean dockworkers began strikes in three ports on Monday.")).toContain("PROTEST");
    expect(types("Chilean miners held strikes against the new labour law.")).toContain("PROTEST");
  });
});
