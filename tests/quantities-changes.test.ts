import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../loaders/quantities/index.ts";
import { makeDoc } from "./helpers.ts";

const changes = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.change]);

describe("the change of an amount", () => {
  it("reads a change verb and its object before 'by'", () => {
    expect(changes("The firm expects to grow sales by 12 per cent.")).toEqual([["12 per cent", 12, "up"]]);
    expect(changes("The army cut its forces by 3,000 troops.")).toEqual([["3,000 troops", 3000, "down"]]);
    expect(changes("The council raised the levy by 2%.")).toEqual([["2%", 2, "up"]]);
    expect(changes("The bank lowered its forecast by $4 billion.")).toEqual([["$4 billion", 4e9, "down"]]);
    expect(changes("Exporters increased shipments to Asia by 15%.")).toEqual([["15%", 15, "up"]]);
    expect(changes("Prices rose by 4% in May.")).toEqual([["4%", 4, "up"]]);
  });

  it("reads a plus sign written onto a number as a rise", () => {
    expect(changes("At noon the index was +0.4% and the Nasdaq +1.2%.")).toEqual([
      ["0.4%", 0.4, "up"],
      ["1.2%", 1.2, "up"],
    ]);
    expect(changes("Shares closed +3% on the day.")).toEqual([["3%", 3, "up"]]);
  });

  it("leaves 'by' after a verb that is no change alone", () => {
    expect(changes("The convoy was stopped by 200 troops.")).toEqual([["200 troops", 200, ""]]);
    expect(changes("The bridge was hit by 12 missiles, officials said.")).toEqual([["12 missiles", 12, ""]]);
    expect(changes("Cases grew fast; a study by 40 doctors found it.")).toEqual([["40 doctors", 40, ""]]);
  });

  it("reads a participle of change before its amount, but not after one", () => {
    expect(changes("Copper is up 4% this week after tumbling 9% in May.")).toEqual([
      ["4%", 4, "up"],
      ["9%", 9, "down"],
    ]);
    expect(changes("The index ended the day soaring 120 points.")).toEqual([["120 points", 120, "up"]]);
    // After the amount it opens a clause of its own: the 5% is no fall.
    expect(changes("Margins were 5% sliding into the red by June.")).toEqual([["5%", 5, ""]]);
  });

  it("reads an adverb of direction before 'by'", () => {
    expect(changes("The agency revised its estimate upward by 1,200 tonnes.")).toEqual([["1,200 tonnes", 1200, "up"]]);
    expect(changes("Forecasts were marked downwards by 0.4 points.")).toEqual([["0.4 points", 0.4, "down"]]);
  });

  it("reads 'up' or 'down' after a verb it is a particle of as no change, after a verb of level as one", () => {
    expect(changes("Gunners shot down 14 drones near the port.")).toEqual([["14 drones", 14, ""]]);
    expect(changes("The ministry called up 5,000 reservists.")).toEqual([["5,000 reservists", 5000, ""]]);
    expect(changes("Migrants make up 12% of the workforce.")).toEqual([["12%", 12, ""]]);
    expect(changes("The stock shot up 11% and the index closed down 0.5%.")).toEqual([
      ["11%", 11, "up"],
      ["0.5%", 0.5, "down"],
    ]);
  });

  it("reads a sum that 'raise' takes as its object as collected, no rise", () => {
    expect(changes("The charity raised $2.5 million at its gala.")).toEqual([["$2.5 million", 2.5e6, ""]]);
    expect(changes("The lender raised 0.5% in a week.")).toEqual([["0.5%", 0.5, "up"]]);
  });

  it("reads a noun of change whose 'of' names the change's size, but not a result ('a loss of')", () => {
    expect(changes("Farm output saw an increase of 4% in June.")).toEqual([["4%", 4, "up"]]);
    expect(changes("The navy plans a reduction of 1,200 sailors.")).toEqual([["1,200 sailors", 1200, "down"]]);
    expect(changes("The airline posted a loss of 12 cents a share.")).toEqual([["12 cents", 12, ""]]);
  });
});

describe("a range of a change's size written with a dash", () => {
  it("reads 'rose 3-4%' as one range, not a level and another", () => {
    const ranges = (text: string) => extractAllQuantities(makeDoc(text)).map((r) => [r.text, r.value, r.value_max, r.change]);
    expect(ranges("Bus fares rose 5-6% in March.")).toEqual([["5-6%", 5, 6, "up"]]);
    expect(ranges("Milk prices fell 8–10 cents a litre.").map((r) => [r[1], r[2], r[3]])).toEqual([[8, 10, "down"]]);
    // Written apart with "to", the two numbers after a change word are its size and its new level.
    expect(ranges("Bus fares rose 500 to 1,500.")).toEqual([
      ["500", 500, "", "up"],
      ["1,500", 1500, "", ""],
    ]);
  });
});

describe("'up' as a particle after things counted", () => {
  it("reads 'up for' after a count as no change, a change word after a share or a sum as one", () => {
    expect(changes("The council put 12 buses up for auction.")).toEqual([["12 buses", 12, ""]]);
    expect(changes("Exports were 4% up for the quarter.")).toEqual([["4%", 4, "up"]]);
    expect(changes("Coffee was 3 cents lower.")).toEqual([["3 cents", 3, "down"]]);
  });
});
