import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";

describe("a bare number that goes on counting what the sentence counted", () => {
  it("reads a state of people after it: 'with 10 in critical condition', 'five are in hospital'", () => {
    expect(brief(quantities("The raid left 25 wounded, with six in serious condition."))).toEqual([
      ["25 wounded", 25, "exact", "people", "personnel"],
      ["six", 6, "exact", "people", "personnel"],
    ]);
    expect(brief(quantities("Of the 14 sailors rescued, five are in hospital."))[1]).toEqual(["five", 5, "exact", "sailors", "personnel"]);
    expect(brief(quantities("Police held 30 protesters, of whom 12 remain in custody."))[1]).toEqual(["12", 12, "exact", "protesters", "personnel"]);
    expect(brief(quantities("The boat carried 60 migrants; nine are still unaccounted for."))[1]).toEqual(["nine", 9, "exact", "migrants", "personnel"]);
    expect(brief(quantities("The blast hurt 18 workers, four of them in intensive care."))).toHaveLength(2);
  });

  it("reads how badly after it: 'three seriously'", () => {
    expect(brief(quantities("Twelve soldiers were injured, three seriously, in the blast."))[1]).toEqual(["three", 3, "exact", "soldiers", "personnel"]);
    expect(brief(quantities("The strike wounded 40 villagers, two critically."))[1]).toEqual(["two", 2, "exact", "villagers", "personnel"]);
    expect(brief(quantities("Rockets hit the camp and 20 guards were hurt, five badly and two gravely."))).toHaveLength(3);
  });

  it("steps over an adverb before the participle: 'the 11,000 initially dispatched'", () => {
    expect(brief(quantities("The unit lost 900 men, a large share of the 4,000 originally deployed."))[1]).toEqual(["4,000", 4000, "exact", "men", "personnel"]);
    expect(brief(quantities("Officials counted 70 drones, with 60 successfully intercepted."))[1]).toEqual(["60", 60, "exact", "drones", "munitions"]);
  });

  it("reads 'the N' before a subject pronoun as the object of its clause: 'the 2,500 it had hoped for'", () => {
    expect(brief(quantities("Kyiv got 200 tanks, fewer than the 300 they had requested."))[1]).toEqual(["300", 300, "exact", "tanks", "munitions"]);
    expect(brief(quantities("The force reached 900 personnel, short of the 2,000 it had planned."))[1]).toEqual(["2,000", 2000, "exact", "personnel", "personnel"]);
    expect(brief(quantities("The ministry bought 12 drones, half the 24 we were promised."))[1]).toEqual(["24", 24, "exact", "drones", "munitions"]);
  });

  it("leaves a number without anything counted before it alone", () => {
    expect(quantities("The storm hit at 3 in the morning.")).toEqual([]);
    expect(quantities("Only 10 in critical condition is a guess.")).toEqual([]);
    expect(quantities("He finished the 12 they set him in an hour.")).toEqual([]);
  });
});
