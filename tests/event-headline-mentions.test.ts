/** A heading's mention joins the body's event it tells (events/index.ts attachHeadline), found by type and parties. */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../loaders/events.ts";
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
