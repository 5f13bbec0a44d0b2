/** Statements of an invented article, for the tests of each form of reported speech. */
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
