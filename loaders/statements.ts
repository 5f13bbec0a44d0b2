/**
 * Statements: who said what, direct or reported, with stance.
 */
import type { ArticleDoc } from "./document.ts";

export interface StatementRow {
  statement_id: string;
  article_id: string;
  speaker: string;
  speaker_role: string;
  speaker_country: string;
  quote: string;
  kind: "direct" | "indirect" | "mixed";
  stance: "accuse" | "deny" | "condemn" | "warn" | "threaten" | "support" | "confirm" | "other";
  target: string;
  date: string;
  date_precision: string;
  via: string;
  evidence: string;
  char_start: number;
  char_end: number;
}

export function extractStatements(_doc: ArticleDoc): StatementRow[] {
  return [];
}
