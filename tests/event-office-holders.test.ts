/** People titled with a public office act for, and are aimed at as, the article's state (loaders/events/office-holders.ts, domestic.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { extractArticle, loadDictionaries } from "../loaders/tables.ts";
import { makeArticle } from "./helpers.ts";

const DATELINE = "WASHINGTON (Reuters) - ";

/** Type, actor and target of each event the article's text makes. */
const coded = (body: string) => extractArticle(makeArticle(`${DATELINE}${body}`), loadDictionaries()).events.map((r) => [r.event_type, r.actor, r.target]);

describe("a person titled with a public office is the home state's party, also as the target of another's act", () => {
  it("a candidate named by a title of office, then by surname, is the target of a rival's charge (USA→USA)", () => {
    expect(coded("Democratic presidential nominee Ana Ruiz spoke in Ohio on Monday. Donald Trump criticized Ruiz on Tuesday.")).toEqual([["ACCUSE", "USA", "USA"]]);
  });

  it("a police officer condemned by a mayor: both sides are the state's", () => {
    expect(coded("Police officer Jo Lind shot a man on Monday. Mayor Ana Ruiz condemned Lind on Tuesday.")).toEqual([["ACCUSE", "USA", "USA"]]);
  });

  it("an officeholder is aimed at even by an actor the gazetteer does not code", () => {
    expect(coded("President Tom Vale spoke on Monday. Ruiz criticized Vale on Tuesday.")).toEqual([["ACCUSE", "", "USA"]]);
  });

  it("a private person described by no office is no party of the state", () => {
    expect(coded("Jo Lind, a retired teacher, spoke on Monday. Donald Trump criticized Lind on Tuesday.")).toEqual([["ACCUSE", "USA", ""]]);
  });
});
