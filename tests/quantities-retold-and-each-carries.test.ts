import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

/**
 * A definite number with no noun that points back to people told of before, and what each
 * thing carries told after "each of which". Sentences invented for the test.
 */
const rows = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.value, q.unit, q.category]);

describe("a definite number with no noun, only what befell them", () => {
  it("points back to people told of in other words: no new amount", () => {
    const told = "Police in Lima detained a Chilean and two Peruvians on Monday.";
    expect(rows(`${told} According to the prosecutor, the three arrested were members of a gang.`)).toEqual([["two Peruvians", 2, "people", "personnel"]]);
    expect(rows(`${told} The three detained, who deny the charges, face ten years in prison.`)).toEqual([["two Peruvians", 2, "people", "personnel"]]);
    expect(rows(`${told} Officials said on Tuesday that the three detained had been freed.`)).toEqual([["two Peruvians", 2, "people", "personnel"]]);
  });

  it("counts a number with no noun that is not definite", () => {
    expect(rows("Three arrested in Lima raid, police said on Monday.")).toEqual([["Three arrested", 3, "people", "personnel"]]);
    expect(rows("Police said 12 were detained and three arrested were later freed.")).toEqual([
      ["12 were detained", 12, "people", "personnel"],
      ["three arrested", 3, "people", "personnel"],
    ]);
  });
});

describe("what each thing carries, told after 'each of which'", () => {
  it("leaves out a load or a make-up told of each one, weights too", () => {
    expect(rows("Peru used six drones, each of which usually carries 300kg of explosives.")).toEqual([["six drones", 6, "drones", "munitions"]]);
    expect(rows("Chile bought four frigates, each of which carries 16 missiles.")).toEqual([["four frigates", 4, "frigates", "count"]]);
    expect(rows("Each warhead contains 200 kg of explosives, officials in Lima said.")).toEqual([]);
  });

  it("keeps a load told of the whole, and a price of each", () => {
    expect(rows("Chile sent six drones, which carried 300kg of explosives.")).toEqual([
      ["six drones", 6, "drones", "munitions"],
      ["300kg of explosives", 300, "kg", "mass"],
    ]);
    expect(rows("Peru bought 12 launchers, each of which cost $3 million.")).toEqual([
      ["12 launchers", 12, "launchers", "munitions"],
      ["$3 million", 3000000, "USD", "money"],
    ]);
  });
});
