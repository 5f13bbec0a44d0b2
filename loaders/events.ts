/**
 * Events: PLOVER-coded things that happened, were planned, alleged or denied between actors.
 */
import type { ArticleDoc } from "./document.ts";

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface EventRow {
  event_id: string;
  article_id: string;
  date: string;
  date_end: string;
  date_precision: string;
  date_text: string;
  event_type: PloverType;
  event_mode: string;
  actor: string;
  target: string;
  status: "occurred" | "planned" | "alleged" | "denied";
  location: string;
  summary: string;
  evidence: string;
  char_start: number;
  char_end: number;
}

export function extractEvents(_doc: ArticleDoc): EventRow[] {
  return [];
}
