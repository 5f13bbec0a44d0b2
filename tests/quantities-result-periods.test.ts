import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { makeDoc } from "./helpers.ts";

const periods = (text: string) => extractQuantities(makeDoc(text, "2024-06-24")).map((q) => [q.text, q.period_start, q.period_end]);

describe("a clause of result takes the date of the clause it follows", () => {
  it("dates ', killing …' and ', wounding …' by the act before them", () => {
    expect(periods("A missile struck a school in Arica on April 24, killing at least 12 people and injuring 90 others.")).toEqual([
      ["at least 12 people", "2024-04-24", "2024-04-24"],
      ["90 others", "2024-04-24", "2024-04-24"],
    ]);
  });

  it("dates a part told with ', including …' by its whole's year", () => {
    expect(periods("Peru launched 20 missiles in 2023, including four cruise missiles.")).toEqual([
      ["20 missiles", "2023-01-01", "2023-12-31"],
      ["four cruise missiles", "2023-01-01", "2023-12-31"],
    ]);
  });

  it("leaves a clause of result undated when the clause before has no date", () => {
    expect(periods("Peru fired 12 missiles, killing 40 people.")).toEqual([
      ["12 missiles", "", ""],
      ["40 people", "", ""],
    ]);
  });
});

describe("a bare year after 'for' is the period of an amount", () => {
  it("reads 'a budget for 2025' as that year", () => {
    expect(periods("Chile approved a $52 billion budget for 2025.")).toEqual([["$52 billion", "2025-01-01", "2025-12-31"]]);
  });

  it("does not read a year that modifies a noun", () => {
    expect(periods("Peru sent 400 tanks for 2024 exercises.")).toEqual([["400 tanks", "", ""]]);
  });
});

describe("a clause of reason or concession keeps its date", () => {
  it("does not date an amount by the date of a 'because' or 'although' clause after it", () => {
    expect(periods("Tacna struck 10,000 voters from the rolls because they had not voted since 2019.")).toEqual([["10,000 voters", "", ""]]);
    expect(periods("Tacna hired 300 guards although the budget was cut in 2022.")).toEqual([["300 guards", "", ""]]);
    expect(periods("Tacna struck 10,000 voters from the rolls in 2019.")).toEqual([["10,000 voters", "2019-01-01", "2019-12-31"]]);
  });
});
