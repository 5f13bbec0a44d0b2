import { describe, expect, it } from "vitest";
import { extractAllQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

// Every amount the general reader finds, as [value, value_max, unit].
const all = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.value, q.value_max, q.unit]);

describe("units written onto the number", () => {
  it("reads a letter symbol glued to the number in the case written", () => {
    expect(all("Each biscuit weighs 45g.")).toEqual([[45, "", "grams"]]);
    expect(all("Add 250g of flour to the bowl.")).toContainEqual([250, "", "grams"]);
    expect(all("The shop sells a 60W bulb.")).toEqual([[60, "", "watts"]]);
    expect(all("We tried a 5-10W lamp in the lab.")).toEqual([[5, 10, "watts"]]);
    expect(all("The flat has a floor area of 32m2.")).toEqual([[32, "", "square metres"]]);
    expect(all("Each room is 12m² and bright.")).toEqual([[12, "", "square metres"]]);
    // A capital G names a generation of networks, not grams.
    expect(all("The 5G network reaches 40 towns.")).toEqual([[40, "", "towns"]]);
  });

  it("reads a glued m as metres when a word of size follows or precedes it", () => {
    expect(all("The 37m-long hull was painted green.")).toEqual([[37, "", "metres"]]);
    expect(all("A 12ft-high fence surrounds the yard.")).toEqual([[12, "", "feet"]]);
    expect(all("The mast is 8m tall and the keel 2m deep.")).toEqual([
      [8, "", "metres"],
      [2, "", "metres"],
    ]);
    expect(all("The cliff rises to a height of about 120m over the beach.")).toEqual([[120, "", "metres"]]);
    expect(all("She won the 100m sprint in the rain.")).toEqual([[100, "", "metres"]]);
    expect(all("The ferry, a 90m (295ft) vessel, sank.")).toEqual([
      [90, "", "metres"],
      [295, "", "feet"],
    ]);
    expect(all("The tower is 37m (121ft) tall.")).toEqual([
      [37, "", "metres"],
      [121, "", "feet"],
    ]);
  });

  it("keeps a glued m a million for money and for counted things", () => {
    expect(all("The firm raised $37m last year.")).toEqual([[37000000, "", "USD"]]);
    expect(all("The league has 20m fans.")).toEqual([[20000000, "", "fans"]]);
    expect(all("The bridge cost $40m to build and is long overdue.")).toEqual([[40000000, "", "USD"]]);
  });

  it("reads PS written onto a number as the pound sign a text lost, not PS apart from it", () => {
    expect(all("The club paid PS2.7m for the striker.")).toEqual([[2700000, "", "GBP"]]);
    expect(all("It was a PS8.1bn takeover.")).toEqual([[8100000000, "", "GBP"]]);
    expect(all("The fare was HK$900 (PS90).")).toEqual([
      [900, "", "HKD"],
      [90, "", "GBP"],
    ]);
    expect(all("He taught at PS 118 in Queens.")).toEqual([]);
    expect(all("The car makes 300 PS.")).toEqual([[300, "", "PS"]]);
  });
});
