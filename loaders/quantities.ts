/**
 * Quantities: every number that counts or measures something material to the story.
 */
import type { ArticleDoc } from "./document.ts";

export interface QuantityRow {
  quantity_id: string;
  article_id: string;
  text: string;
  value: number;
  value_max: number | "";
  bound: "exact" | "approx" | "at_least" | "at_most";
  unit: string;
  item: string;
  category: "munitions" | "mass" | "money" | "personnel" | "count" | "distance" | "other";
  attributed_to: string;
  period_start: string;
  period_end: string;
  evidence: string;
  char_start: number;
  char_end: number;
}

export function extractQuantities(_doc: ArticleDoc): QuantityRow[] {
  return [];
}
