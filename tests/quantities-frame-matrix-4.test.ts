import { describe, expect, it } from "vitest";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { pageQuantities } from "./quantities-matrix.ts";

/**
 * A fourth frame matrix: numbers in news that are no material amounts (a formation's number, a
 * ranking's size, names, times, scores), each in several frames, with sentences invented for the test.
 */
const rows = (body: string) => pageQuantities("Chile moves troops", body).rows.map((q) => [q.text, q.value, q.unit]);

describe("digits that number a military formation: 'the 155 Brigade'", () => {
  it("reads no amount in the formation's number, in every frame", () => {
    expect(rows("The 155 Brigade lost tanks.")).toEqual([]);
    expect(rows("Lima was attacked by the 155 Brigade, officials said.")).toEqual([]);
    expect(rows("The town, which the 47 Mechanized Brigade is believed to have taken, fell on Monday.")).toEqual([]);
    expect(rows("Chile accused the 58 Combined Arms Army of shelling Lima.")).toEqual([]);
    expect(rows("Troops from the 810 Brigade and the 155 Brigade did not retreat.")).toEqual([]);
  });

  it("reads each formation name of data/quantity-nouns.yaml so", () => {
    for (const name of sharedQuantityLexicon().formationNames) {
      const word = name[0].toUpperCase() + name.slice(1);
      expect(rows(`The 12 ${word} lost 40 tanks.`), word).toEqual([["40 tanks", 40, "tanks"]]);
    }
  });

  it("keeps the amounts beside it, a possessive formation included", () => {
    expect(rows("The 155 Brigade's 40 tanks were destroyed.")).toEqual([["40 tanks", 40, "tanks"]]);
    expect(rows("The unit, the 155 Brigade, may have lost 300 soldiers.")).toEqual([["300 soldiers", 300, "soldiers"]]);
  });

  it("still counts formations and the people a formation's name modifies", () => {
    expect(rows("Chile sent 3 brigades to the border.")).toEqual([["3 brigades", 3, "brigades"]]);
    expect(rows("Chile sent 5,000 Marine Corps troops.")).toEqual([["5,000 Marine Corps troops", 5000, "troops"]]);
    expect(rows("Peru said 40 Army officers were detained.")).toEqual([["40 Army officers", 40, "officers"]]);
  });
});

describe("the size of a ranking something is placed in: 'among the top 10 buyers'", () => {
  it("reads no amount, the superlative before or after the number", () => {
    expect(rows("Chile is among the top 10 buyers of arms.")).toEqual([]);
    expect(rows("Chile is one of the world's five largest arms exporters.")).toEqual([]);
    expect(rows("Peru, which is among the 10 biggest buyers of drones, signed the deal.")).toEqual([]);
    expect(rows("Chile was not among the top three suppliers, a report said.")).toEqual([]);
    expect(rows("Chile may rise into the top 10 exporters by 2030.")).toEqual([]);
  });

  it("reads a superlative of size after 'the N' as a ranking with no word of membership, a superlative of time as a count", () => {
    expect(rows("The coalition includes the region's three largest shipping firms.")).toEqual([]);
    expect(rows("Chile and Peru, the continent's two biggest buyers, signed the deal.")).toEqual([]);
    expect(rows("The index averages the four most recent surveys of 12 ports.").map((r) => r[1])).toEqual([4, 12]);
  });

  it("keeps a count that no membership word places in a ranking", () => {
    expect(rows("Chile sent the largest 40 tanks.")).toEqual([["40 tanks", 40, "tanks"]]);
    expect(rows("Among the 300 soldiers were 12 officers.")).toEqual([["300 soldiers", 300, "soldiers"], ["12 officers", 12, "officers"]]);
    expect(rows("Chile is among the top 10 buyers, having bought 300 tanks.")).toEqual([["300 tanks", 300, "tanks"]]);
  });
});

describe("numbers that were already no amounts (passing cells, kept as a guard)", () => {
  it("ordinals, times, decades, names, articles, resolutions and scores", () => {
    for (const s of [
      "Chile and Peru began the third round of talks on Monday.",
      "Peru's No. 2 official visited Santiago.",
      "Chile is ranked 5th in arms exports, a report said.",
      "Chile won 3-1 against Peru in the final.",
      "The strike began at 0300 GMT on Tuesday.",
      "The rockets were fired at 5 a.m.",
      "The talks were held in the '90s.",
      "Flight MH17 was shot down over Ukraine.",
      "Trucks moved along Route 7 toward the border.",
      "Brigade 155 soldiers were killed, officials said.",
      "Unit 8200 intercepted the calls.",
      "Resolution 2231 sanctions expired in October.",
      "Under Article 51 of the UN Charter, Chile may defend itself.",
      "Chile's ruling party won 45 percent of the vote.",
    ]) expect(rows(s), s).toEqual([]);
  });

  it("one row for an amount told again", () => {
    expect(rows("Chile sent an additional 10,000 troops. An additional 10,000 troops are believed to be in Peru.")).toEqual([["10,000 troops", 10000, "troops"]]);
    expect(rows("Chile sent some 10,000 troops. The roughly 10,000 troops arrived on Monday.")).toEqual([["some 10,000 troops", 10000, "troops"]]);
    expect(rows("Peru has 3,000 soldiers in the region. Those 3,000 soldiers will stay.")).toEqual([["3,000 soldiers", 3000, "soldiers"]]);
  });
});

describe("an amount added to an earlier one of the same number: 'another 10,000 troops'", () => {
  it("keeps both rows, the adding word before the number, in every frame", () => {
    const two = [["10,000 troops", 10000, "troops"], ["10,000 troops", 10000, "troops"]];
    expect(rows("Chile sent 10,000 troops to the border. Another 10,000 troops followed in May.")).toEqual(two);
    expect(rows("Chile sent 10,000 troops in April, and another 10,000 troops in May.")).toEqual(two);
    expect(rows("Chile sent 10,000 troops. It plans to send a further 10,000 troops.")).toEqual(two);
    expect(rows("Chile sent 10,000 troops. Peru is believed to have sent an additional 10,000 troops.")).toEqual(two);
    expect(rows("Chile sent 10,000 troops. Peru agreed to send another 10,000.")).toEqual([["10,000 troops", 10000, "troops"], ["10,000", 10000, "troops"]]);
  });
});

describe("a code written onto letters after a designator: 'flight PS752'", () => {
  it("reads no money though the letters spell a pound sign, in every frame", () => {
    expect(rows("Ukraine International Airlines flight PS752 was downed.")).toEqual([]);
    expect(rows("The plane, flight PS752, crashed near Tehran.")).toEqual([]);
    expect(rows("Iran admitted the downing of Flight PS752, which carried 176 people.")).toEqual([["176 people", 176, "people"]]);
    expect(rows("Flight PS752 is believed to have been hit by 2 missiles.")).toEqual([["2 missiles", 2, "missiles"]]);
  });

  it("keeps the pound sign written so elsewhere", () => {
    expect(rows("Chile paid PS500 for the permit.")).toEqual([["PS500", 500, "GBP"]]);
  });
});
