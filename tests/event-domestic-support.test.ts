/** Praise and endorsement inside the article's own state make no event (loaders/events/domestic-support.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { makeDoc } from "./helpers.ts";

const coded = (body: string) => extractEvents(makeDoc(body), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

const DATELINE = "SEOUL, May 4 (Reuters) - ";

describe("support told of the article's own state alone", () => {
  it("a senator endorsing a candidate of the dateline's state, or thanking its president, makes no SUPPORT", () => {
    expect(coded(`${DATELINE}A northern senator endorsed the South Korean president on Tuesday.`)).toEqual([]);
    expect(coded(`${DATELINE}Senator Ana Ruiz thanked the South Korean government for backing her bill.`)).toEqual([]);
  });

  it("support given to another state, or by one, stays", () => {
    expect(coded(`${DATELINE}A northern senator praised Japan on Tuesday.`)).toEqual([["SUPPORT", "KOR", "JPN"]]);
    expect(coded(`${DATELINE}Japan praised the South Korean president on Tuesday.`)).toEqual([["SUPPORT", "JPN", "KOR"]]);
  });

  it("with no state the article is about, the support stays as read", () => {
    expect(coded("A senator endorsed the South Korean president on Tuesday.")).toEqual([["SUPPORT", "", "KOR"]]);
  });
});
