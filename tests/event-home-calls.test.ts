/** A call for a measure that names no side is made on the article's state (loaders/events/home-calls.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { makeDoc } from "./helpers.ts";

const DATELINE = "WASHINGTON (Reuters) - ";

/** Type, actor and target of each row the coder makes of `body`. */
const coded = (body: string) => extractEvents(makeDoc(body), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("a call for a measure with no side named is aimed at the state the article is about", () => {
  it("an officeholder's call for a repeal, a demand for an end to cuts, an urging of a reform: USA→USA", () => {
    expect(coded(`${DATELINE}Republican nominee Ana Ruiz has called for the complete repeal of the health law.`)).toEqual([["REQUEST", "USA", "USA"]]);
    expect(coded(`${DATELINE}Senator Tom Vale demanded an end to the automatic budget cuts on Wednesday.`)).toEqual([["REQUEST", "USA", "USA"]]);
    expect(coded(`${DATELINE}Two governors urged sweeping reforms of the prison system last week.`)).toEqual([["REQUEST", "USA", "USA"]]);
  });

  it("a side named after the verb is the target still; another state's call stays aimed at no one", () => {
    expect(coded(`${DATELINE}Senator Tom Vale called for new sanctions on Russia.`)).toEqual([["REQUEST", "USA", "RUS"]]);
    expect(coded(`${DATELINE}China called for restraint on Wednesday.`)).toEqual([["REQUEST", "CHN", ""]]);
  });

  it("with no state the article is about, the call names no target", () => {
    expect(coded("Ana Ruiz called for the complete repeal of the health law.")).toEqual([["REQUEST", "", ""]]);
  });
});
