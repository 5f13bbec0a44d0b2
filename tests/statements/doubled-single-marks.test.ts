import { describe, expect, it } from "vitest";
import { findQuotes } from "../../loaders/quotes.ts";
import { spoken } from "./read.ts";

describe("two curly single marks typed for a double one", () => {
  it.each([
    ["Rosa Quispe welcomed the jets. ‘’With these aircraft we take a new course,\" she said.", "With these aircraft we take a new course"],
    ["Rosa Quispe welcomed the jets. \"Thanks to the people, security comes first,’’ Quispe added.", "Thanks to the people, security comes first"],
    ["Rosa Quispe welcomed the jets. ‘’The pilots are ready,’’ the minister told reporters.", "The pilots are ready"],
    ["Rosa Quispe welcomed the jets. ‘‘The pilots are ready,’’ said Quispe.", "The pilots are ready"],
  ])("open and close a quotation, whatever mark pairs with them: %s", (text, words) => {
    const rows = spoken(text);
    expect(rows.some((r) => r === `Rosa Quispe: ${words}`), JSON.stringify(rows)).toBe(true);
  });

  it("leave single quotes nested in a double one as they were", () => {
    const text = "Ruiz called it “the ‘new’ plan” on Monday.";
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].nested).toHaveLength(1);
  });
});
