import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities } from "../helpers.ts";

describe("where the report begins under a headline", () => {
  it("reads a Title Case line ending in a stop as the headline, keeping the body's mention of its amount", () => {
    const headline = "Fire Chief Proved Right: ‘Hundreds of Wildfires’ Struck Springfield County This Summer.";
    const body = "The county's fire chief said on Monday that “hundreds of wildfires” had burned across the dry hills this summer, more than in any year he remembers.";
    const rows = quantities(`${headline}\n\n${body}\n`);
    expect(rows.map((r) => r.text)).toEqual(["hundreds of wildfires"]);
    expect(rows[0].char_start).toBeGreaterThan(headline.length);
  });

  it("keeps a first prose line of names as the report's start", () => {
    const text = "Chile's President Gabriel Boric met Peru's Defence Minister Walter Astudillo in Lima on Monday, and 300 troops paraded.\n";
    expect(quantities(text).map((r) => r.text)).toEqual(["300 troops"]);
  });
});
