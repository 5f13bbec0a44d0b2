/** Acts that recur (strikes, launches) told in two sentences are two acts unless the second names the first (loaders/events/told-again.ts). */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const ofType = (type: string, paragraphs: string[]) => codedEvents(paragraphs).filter(([t]) => t === type);

describe("strikes told in two sentences", () => {
  it("a second strike told by a verb is another act, each its own row", () => {
    const rows = ofType("ASSAULT", ["Chilean drones hit a fuel depot in Peru, officials said.", "Chile also launched missile strikes on Peru over the weekend."]);
    expect(rows).toEqual([
      ["ASSAULT", "CHL", "PER"],
      ["ASSAULT", "CHL", "PER"],
    ]);
  });

  it("an undated strike does not fold into a dated one of other words", () => {
    const rows = ofType("ASSAULT", ["Kenya launched its offensive against Somalia in March 2011.", "Meanwhile, Kenya launched air strikes on Somalia this week."]);
    expect(rows).toHaveLength(2);
  });

  it("the strike named again by a definite noun is the same act", () => {
    const rows = ofType("ASSAULT", ["Chilean drones hit a fuel depot in Peru, officials said.", "The Chilean strike on Peru destroyed three tanks."]);
    expect(rows).toEqual([["ASSAULT", "CHL", "PER"]]);
  });

  it("two tellings of one day are one act", () => {
    const rows = ofType("ASSAULT", ["Chile attacked Peru on March 3, 2023.", "Chilean drones hit a fuel depot in Peru on March 3, 2023."]);
    expect(rows).toEqual([["ASSAULT", "CHL", "PER"]]);
  });
});

describe("acts that do not recur stay one row however often they are told", () => {
  it("a deployment told twice is one deployment", () => {
    const rows = ofType("MOBILIZE", ["Chile has sent about 1,500 troops to Peru, officials said.", "Chile deployed troops to Peru to help its army."]);
    expect(rows).toEqual([["MOBILIZE", "CHL", "PER"]]);
  });
});
