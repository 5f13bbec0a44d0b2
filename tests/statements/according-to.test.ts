import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

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

  it("reads initials with stops as one name, not an outlet cut at its first stop", () => {
    expect(spoken("According to the U.S. Department of Agriculture, the harvest fell by a third.")).toEqual(["the U.S. Department of Agriculture: the harvest fell by a third"]);
    expect(spoken("The canal was dredged twice, according to the U.N. and its agencies.")).toEqual(["the U.N. and its agencies: The canal was dredged twice"]);
  });

  it("reads a title with a name after it as the person, not the bare title", () => {
    expect(spoken("The dam leaked for a week, according to Welsh lawmaker Rhys Pennant, who toured the site.")).toEqual(["Rhys Pennant: The dam leaked for a week"]);
  });

  it("gives a quotation after a description to the description, not to the last speaker", () => {
    expect(spoken("According to Harbour Watch’s analysts, “only twelve cranes stood on the quay at most.”")).toEqual(["Harbour Watch’s analysts: only twelve cranes stood on the quay at most."]);
  });

  it("gives the words of a possessed document to its issuer", () => {
    expect(spoken("The biggest buyers were Chile and Peru, according to the Nordic Timber Institute's latest analysis of log exports.")).toEqual(["Nordic Timber Institute: The biggest buyers were Chile and Peru"]);
    expect(spoken("The ferry was late 40 times, according to Harbour News’ timeline of sailings.")).toEqual(["Harbour News: The ferry was late 40 times"]);
  });

  it("gives the words to whom a report cites, the report carrying them", () => {
    const rows = statementsOf("According to Harbour Radio reports citing port officials, about 300 crates were lost overboard.");
    expect(rows.map((r) => [r.speaker, r.quote, r.via])).toEqual([["port officials", "about 300 crates were lost overboard", "Harbour Radio reports"]]);
  });
});

describe("according to a title cut short by its stop", () => {
  it("reads the title and the name after it whole: the name speaks, as after the title written in full", () => {
    expect(spoken("The dam was closed at a private briefing, according to Rep. Ada Quist of the harbour committee.")).toEqual(["Ada Quist: The dam was closed at a private briefing"]);
    expect(spoken("The dam was closed at a private briefing, according to Representative Ada Quist of the harbour committee.")).toEqual(["Ada Quist: The dam was closed at a private briefing"]);
  });
});
