/** A heading's mention joins the body's event it tells (events/index.ts attachHeadline), found by type and parties. */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../loaders/events.ts";
import { isHeadingLine } from "../loaders/events/index.ts";
import { makeDoc } from "./helpers.ts";

const rows = (...lines: string[]) => extractEvents(makeDoc(lines.join("\n"))).filter((r) => r.event_type === "COERCE");

describe("a heading line that tells an act of the body", () => {
  it("counts as one more mention of the body's event, and of no other parties' event", () => {
    const body = "Belarusian guards detained two Japanese sailors near Minsk, the ministry said.";
    const other = "Belarusian guards detained two Chinese sailors near Minsk on Friday, the ministry said.";
    expect(rows("World", "Belarus detains Japanese sailors", body, other).map((r) => [r.target, r.mentions])).toEqual([["JPN", 2], ["CHN", 1]]);
    expect(rows("World", body, other).map((r) => [r.target, r.mentions])).toEqual([["JPN", 1], ["CHN", 1]]);
  });
});

describe("a headline set before its deck with a semicolon", () => {
  const raw = "Mayor questions the audit of the port;\nTalk of a recount grows in the council\n\nThe mayor spoke on Monday.\nSome lines run on;\nAnd end later.";
  it("is a heading as the body's first line, and a line ending in a semicolon further down is not", () => {
    expect(isHeadingLine(raw, 0, raw.indexOf(";") + 1, 0)).toBe(true);
    const later = raw.indexOf("Some lines");
    expect(isHeadingLine(raw, later, raw.indexOf(";", later) + 1, 0)).toBe(false);
  });

  it("makes no event of its own: a call told only in it is none, told in the body one", () => {
    const calls = (...lines: string[]) => extractEvents(makeDoc(lines.join("\n"))).filter((r) => r.event_type === "REQUEST");
    expect(calls("Senator urges sanctions on Peru;", "A vote is due next week", "", "The senator spoke in Lima on Monday.")).toEqual([]);
    expect(calls("Senator urges sanctions on Peru;", "A vote is due next week", "", "Chile urged Peru to free the sailors on Monday.").map((r) => r.target)).toEqual(["PER"]);
  });
});
