import { describe, expect, it } from "vitest";
import { pageQuantities } from "./quantities-matrix.ts";

/**
 * A third frame matrix (after quantities-frame-matrix.test.ts and -2): the levels a change runs
 * between, each construction in several frames, with sentences invented for the test.
 */
const rows = (body: string) => pageQuantities("Chile moves troops", body).rows.map((q) => [q.text, q.value, q.unit]);

describe("the new level after a change's size: 'grew by 3,000 soldiers to 12,000'", () => {
  it("gives the level the unit of the size, in every frame of the change", () => {
    expect(rows("The Chilean army grew by roughly 3,000 soldiers to 12,000.")).toEqual([["roughly 3,000 soldiers", 3000, "soldiers"], ["12,000", 12000, "soldiers"]]);
    expect(rows("The garrison was reduced by 300 troops to 1,200, officials said.")).toEqual([["300 troops", 300, "troops"], ["1,200", 1200, "troops"]]);
    expect(rows("The fleet, which shrank by 12 warships to 40, is old.")).toEqual([["12 warships", 12, "warships"], ["40", 40, "warships"]]);
    expect(rows("Chile is expected to increase its force by about 500 soldiers to 4,500.")).toEqual([["about 500 soldiers", 500, "soldiers"], ["4,500", 4500, "soldiers"]]);
    expect(rows("The increase of the force by 3,000 soldiers to 12,000 was approved.")).toEqual([["3,000 soldiers", 3000, "soldiers"], ["12,000", 12000, "soldiers"]]);
    expect(rows("Chile, officials said, boosted its force by some 3,000 soldiers to about 12,000.")).toEqual([["some 3,000 soldiers", 3000, "soldiers"], ["about 12,000", 12000, "soldiers"]]);
  });

  it("reads a gapped second change of a coordination as a size and a level, not a range", () => {
    expect(rows("Chile cut its army by 2,000 troops to 8,000 and its navy by 10 warships to 30.")).toEqual([
      ["2,000 troops", 2000, "troops"],
      ["8,000", 8000, "troops"],
      ["10 warships", 10, "warships"],
      ["30", 30, "warships"],
    ]);
  });
});

describe("the earlier level of a change: 'up from', 'from … to', 'compared with'", () => {
  it("gives the start the unit of the level it is compared with, a time phrase between", () => {
    expect(rows("The army grew from 6,000 soldiers in 2023 to 9,000.")).toEqual([["6,000 soldiers", 6000, "soldiers"], ["9,000", 9000, "soldiers"]]);
    expect(rows("The army grew from 6,000 in 2023 to 9,000 soldiers.")).toEqual([["6,000", 6000, "soldiers"], ["9,000 soldiers", 9000, "soldiers"]]);
    expect(rows("The force rose to 9,000 soldiers from 6,000 in 2023.")).toEqual([["9,000 soldiers", 9000, "soldiers"], ["6,000", 6000, "soldiers"]]);
    expect(rows("Peru cut its navy to 30 warships from 45.")).toEqual([["30 warships", 30, "warships"], ["45", 45, "warships"]]);
  });

  it("keeps the earlier level a row of its own, as the table keeps every amount of the story", () => {
    expect(rows("Peru fired 40 drones in May, up from 12 in April.")).toEqual([["40 drones", 40, "drones"], ["12", 12, "drones"]]);
    expect(rows("The navy has 40 warships, compared with 12 a decade ago.")).toEqual([["40 warships", 40, "warships"], ["12", 12, "warships"]]);
    expect(rows("Chile deployed 4,000 troops, against 2,500 a year earlier.")).toEqual([["4,000 troops", 4000, "troops"], ["2,500", 2500, "troops"]]);
    expect(rows("Exports fell to 40,000 tonnes, down from 52,000 tonnes a year earlier.")).toEqual([["40,000 tonnes", 40000, "metric tons"], ["52,000 tonnes", 52000, "metric tons"]]);
  });

  it("reads no year as a range's start before a level ('in 2023 to 9,000')", () => {
    expect(rows("The war lasted from 2014 to 2022.")).toEqual([]);
    expect(rows("Peru had 3,000 troops in 2020 to 2022.")).toEqual([["3,000 troops", 3000, "troops"]]);
  });
});

describe("an adverb and an irregular participle inside a counted noun phrase", () => {
  it("reads '12 locally built boats' as '50 domestically produced howitzers' is read", () => {
    expect(rows("The navy ordered 12 locally built patrol boats.")).toEqual([["12 locally built patrol boats", 12, "boats"]]);
    expect(rows("Peru received 40 newly made drones from Chile.")).toEqual([["40 newly made drones", 40, "drones"]]);
    expect(rows("Police said 30 illegally sold rifles and 12 locally made mortars were seized.")).toEqual([["30 illegally sold rifles", 30, "rifles"], ["12 locally made mortars", 12, "mortars"]]);
    expect(rows("Chile, which bought 8 secretly built submarines, denied it.")).toEqual([["8 secretly built submarines", 8, "submarines"]]);
  });
});
