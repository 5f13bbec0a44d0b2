/** Statements of an invented article, for the tests of each form of reported speech. */
import { expect } from "vitest";
import { extractStatements, type StatementRow } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

export function statementsOf(body: string, published = "2024-06-24"): StatementRow[] {
  return extractStatements(makeDoc(body, published));
}

/** The words each row covers, with its speaker: "speaker: words". */
export function spoken(body: string, published?: string): string[] {
  const doc = makeDoc(body, published ?? "2024-06-24");
  return extractStatements(doc).map((r) => `${r.speaker}: ${doc.article.raw.slice(r.char_start, r.char_end)}`);
}

/** The invented sentence gives a row holding `words`, spoken by a speaker whose name holds `speaker`. */
export function expectSpokenBy(text: string, speaker: string, words: string): void {
  const rows = spoken(text);
  const row = rows.find((r) => r.slice(r.indexOf(":")).includes(words));
  expect(row, JSON.stringify(rows)).toBeDefined();
  expect(row!.slice(0, row!.indexOf(":")).toLowerCase()).toContain(speaker.toLowerCase());
}
