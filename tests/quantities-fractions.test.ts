import { describe, expect, it } from "vitest";
import { extractAllQuantities, extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

// Every amount the general reader finds, as [value, unit, bound].
const all = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [Number(q.value.toFixed(4)), q.unit, q.bound]);

describe("fractions of something named after them", () => {
  it("reads a fraction word before 'of' as a share", () => {
    expect(all("A third of the staff work from home.")).toEqual([[0.3333, "fraction", "exact"]]);
    expect(all("Nearly two-thirds of the orders came by post.")).toEqual([[0.6667, "fraction", "approx"]]);
    expect(all("Half of the voters stayed at home.")).toEqual([[0.5, "fraction", "exact"]]);
    expect(all("About a quarter of the budget goes on schools.")).toEqual([[0.25, "fraction", "approx"]]);
    expect(all("Two fifths of members backed the motion.")).toEqual([[0.4, "fraction", "exact"]]);
    expect(all("Three-fourths of the members voted yes.")).toEqual([[0.75, "fraction", "exact"]]);
    expect(all("An eighth of the crop was lost to frost.")).toEqual([[0.125, "fraction", "exact"]]);
    expect(all("The parade falls on the Fourth of July.")).toEqual([]);
    expect(all("The firm has 600 staff, almost half of whom work abroad.")).toEqual([
      [600, "staff", "exact"],
      [0.5, "fraction", "approx"],
    ]);
  });

  it("reads a count out of a count as a share", () => {
    expect(all("One out of three tenants pays too much.")).toEqual([[0.3333, "fraction", "exact"]]);
    expect(all("Three in four nurses agree.")).toEqual([[0.75, "fraction", "exact"]]);
    expect(all("About 1 in 5 pupils walks to school.")).toEqual([[0.2, "fraction", "approx"]]);
    // A bare "of" hedged and out of a round base is a share; unhedged or out of another count, a part of a body counted.
    expect(all("Almost nine of 10 nurses back the strike.")).toEqual([[0.9, "fraction", "approx"]]);
    expect(all("Roughly seven of 100 tenants moved out.")).toEqual([[0.07, "fraction", "approx"]]);
    expect(all("Seven of 100 tenants moved out.").map((r) => r[1])).not.toContain("fraction");
    expect(all("Two of 12 jurors stayed home.").map((r) => r[1])).not.toContain("fraction");
  });

  it("reads a count out of a round base told in the present tense as a share", () => {
    expect(all("Seven of 10 renters say the rules are too strict.")).toEqual([[0.7, "fraction", "exact"]]);
    // A participle after the noun opens a relative clause; the clause's verb comes after it.
    expect(all("Six of 10 apples eaten in Norway are imported, as are nine of 10 pears.")).toEqual([
      [0.6, "fraction", "exact"],
      [0.9, "fraction", "exact"],
    ]);
    // Told in the past or the perfect, it counts what happened to some of them.
    expect(all("Three of 10 boats sank in the storm.").map((r) => r[1])).not.toContain("fraction");
    expect(all("Two of 10 clinics have closed since May.").map((r) => r[1])).not.toContain("fraction");
    expect(all("Five of 10 ferries were cancelled.").map((r) => r[1])).not.toContain("fraction");
    // Out of a base that is not round, a present clause is still a count of things.
    expect(all("Nine of 32 members miss the target.").map((r) => r[1])).not.toContain("fraction");
  });

  it("leaves positions, numbers of a scale and rates of time alone", () => {
    expect(all("Sales rose in the second half of the year.")).toEqual([]);
    expect(all("The northern half of the city lost power.")).toEqual([]);
    expect(all("They defended the final third of the pitch badly.")).toEqual([]);
    expect(all("Some three-quarters of a million people moved.")).toEqual([[750000, "people", "approx"]]);
    expect(all("He scored 2 in 10 minutes.").map((r) => r[1])).not.toContain("fraction");
  });

  it("names what a share is a share of as its item, past determiners and the whole's own amount", () => {
    const items = (text: string) => extractAllQuantities(makeDoc(text)).map((q) => [q.unit, q.item]);
    expect(items("Roughly a quarter of its regional budget went on roads.")).toEqual([["fraction", "regional budget"]]);
    expect(items("Two-fifths of the city council opposes the plan.")).toEqual([["fraction", "city council"]]);
    expect(items("Half of all school buses were late on Monday.")).toEqual([["fraction", "school buses"]]);
    expect(items("Three in four hospital nurses were tired.")).toEqual([["fraction", "hospital nurses"]]);
    expect(items("Nearly a third of the 1,200 seasonal workers left early.")).toEqual([
      ["fraction", "seasonal workers"],
      ["workers", "seasonal workers"],
    ]);
    // A share after "and" is an amount of its own, not a second noun of the whole.
    expect(items("Seven of 10 pears sold here are imported, as are eight of 10 plums and half of all cherries.")).toEqual([
      ["fraction", "pears"],
      ["fraction", "plums"],
      ["fraction", "cherries"],
    ]);
    // A pronoun names no whole.
    expect(items("The club has 300 members, half of whom live abroad.")[1]).toEqual(["fraction", ""]);
  });

  it("keeps fractions out of the quantities table", () => {
    const table = extractQuantities(makeDoc("A third of the 90 tanks were lost.")).map((q) => [q.value, q.unit]);
    expect(table).toEqual([[90, "tanks"]]);
  });
});
