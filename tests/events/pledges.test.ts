import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** A campaign's parties, so that the names below are coded (USA) as in a domestic story. */
const CONTEXT = "Republican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton spoke in Ohio, where Gov. John Kasich and Sen. Rob Portman watched.";
const agreements = (sentence: string, context = [CONTEXT]) =>
  codedEvents([...context, sentence], "2016-09-20").filter(([t]) => t === "AGREE").map(([, actor, target]) => [actor, target]);

describe("a pledge that names no side is a programme, no event", () => {
  it("promising to build, raise or cut with no side named gives no AGREE", () => {
    for (const text of [
      "Trump promised to build a wall.",
      "Clinton pledged to raise the minimum wage on Monday.",
      "Trump has vowed to cut taxes for the middle class.",
      "Clinton, promising to expand health care, spoke for an hour.",
    ]) expect(agreements(text), text).toEqual([]);
  });

  it("a pledge whose act names a side, even the pledger's own, still is an AGREE", () => {
    expect(agreements("Russia pledged to supply Syria with jets.")).toEqual([["RUS", "SYR"]]);
    expect(agreements("Trump promised to renegotiate the trade deal with Mexico.")).toEqual([["USA", "MEX"]]);
    expect(agreements("Norway has promised to continue economic aid to Mali.", [])).toEqual([["NOR", "MLI"]]);
    expect(agreements("Chile's president promised to rebuild Chile's ports after the storm.", [])).toEqual([["CHL", ""]]);
  });
});
