import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("according to any noun phrase", () => {
  it("reads the phrase after the clause as its speaker", () => {
    expect(spoken("The ferry carried 212 passengers last winter, according to the harbour's own count.")).toEqual(["the harbour's own count: The ferry carried 212 passengers last winter"]);
  });

  it("reads a leading phrase, and the clause after its comma", () => {
    expect(spoken("According to county records, the orchard changed hands three times in a decade.")).toEqual(["county records: the orchard changed hands three times in a decade"]);
  });

  it("stops the phrase at a comma, and leaves a sentence without the words alone", () => {
    expect(spoken("The mill closed in 1998, according to a former foreman, and never reopened.")).toEqual(["a former foreman: The mill closed in 1998"]);
    expect(spoken("The mill closed in 1998 and never reopened.")).toEqual([]);
  });

  it("leaves a date that ends the phrase out of the speaker, but not one inside it", () => {
    expect(spoken("The ferry carried 212 passengers, according to the harbour board on Saturday.", "2024-06-24")).toEqual(["the harbour board: The ferry carried 212 passengers"]);
    const rows = spoken("The ferry carried 212 passengers, according to a count released on Monday by the Leith Harbour Trust.", "2024-06-24");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Leith Harbour Trust: /);
  });
});
