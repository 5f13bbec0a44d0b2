import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a verb of asking with its object and infinitive", () => {
  it.each([
    ["The Peruvian government asked Chile on Friday to withdraw its troops from the border.", "the Peruvian government", "PER"],
    ["Peru has asked the United Nations to send monitors to the coast.", "Peru", "PER"],
    ["The Chilean navy asks fishermen to stay out of the bay until June.", "the Chilean navy", "CHL"],
    ["Ana Ruiz, Peru’s foreign minister, asked them not to sail north.", "Ana Ruiz", "PER"],
    // A comma inside the date said with the request: weekday and month, or day and year.
    ["The Peruvian government asked Chile on Friday, March 4 to withdraw its troops.", "the Peruvian government", "PER"],
    ["Chile's cabinet asked the Peruvian envoy on March 4, 2022 to leave Santiago.", "Chile's cabinet", "CHL"],
    ["Peru, which asked the UN on Monday, May 2 not to send monitors, has closed the coast.", "Peru", "PER"],
  ])("is a request its subject makes: %s", (sentence, speaker, country) => {
    const rows = statementsOf(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].speaker).toBe(speaker);
    expect(rows[0].speaker_country).toBe(country);
  });

  it("asks nothing without an object, nor without an infinitive", () => {
    expect(spoken("Ruiz was asked to resign after the vote.")).toEqual([]);
    expect(spoken("Peru asked Chile for the files in March.")).toEqual([]);
    // A comma that is no date's ends the object: the infinitive is another clause's.
    expect(spoken("Peru asked Chile on Friday, and Bolivia later, to leave the talks.")).toEqual([]);
  });

  it("still passes an infinitive of saying's words on as the asker's", () => {
    expect(spoken("Putin asked Kim to convey his thanks to the people.")).toEqual(["Putin: his thanks to the people"]);
  });
});

describe("a time between a request's object and its infinitive (object-control.ts objectBeforeInfinitive)", () => {
  it.each([
    ["The Peruvian government asked Chile on Friday to withdraw its troops.", "2024-06-21"],
    ["Peru urged Chile on Friday to withdraw its troops.", "2024-06-21"],
    ["Peru called on Chile on Friday to withdraw its troops.", "2024-06-21"],
    ["Ana Ruiz invited the Chilean envoy on Friday, June 21 to visit Lima.", "2024-06-21"],
    ["Peru asked the UN on June 20, 2024 not to send monitors.", "2024-06-20"],
  ])("dates the asking: %s", (sentence, date) => {
    const rows = statementsOf(sentence);
    expect(rows).toHaveLength(1);
    expect(rows[0].date).toBe(date);
  });

  it("leaves a time inside the infinitive's clause to it", () => {
    expect(statementsOf("Peru urged Chile to withdraw its troops by Friday.").map((r) => r.date)).toEqual([""]);
  });
});
