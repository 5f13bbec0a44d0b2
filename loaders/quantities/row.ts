/**
 * The quantities table's row, and the categories an amount may fall in.
 */
import type { Bound } from "../numbers.ts";

export type Category = (typeof CATEGORIES)[number];
export type Change = "" | "up" | "down";

export interface QuantityRow {
  quantity_id: string;
  article_id: string;
  text: string;
  value: number;
  value_max: number | "";
  bound: Bound;
  unit: string;
  item: string;
  category: Category;
  /** "up" or "down" when the amount is a change ("rose 5 percent", "fell by $2 billion"), else empty. */
  change: Change;
  attributed_to: string;
  period_start: string;
  period_end: string;
  evidence: string;
  char_start: number;
  char_end: number;
}

/**
 * What an amount counts or measures. The general reader gives every category; the table keeps
 * the material ones that data/quantity-nouns.yaml lists (`material`). The others: a share
 * ("19 percent"), a span of time ("three years"), a party already named or a single thing
 * ("the two sides", "one solution"), a measure the dictionaries do not sort ("7.3 points"),
 * a bare number ("around 73"), and the page's own sources and media ("six sources").
 */
export const CATEGORIES = ["munitions", "mass", "money", "personnel", "count", "distance", "other", "share", "time", "reference", "measure", "number", "reporting"] as const;
export const BOUNDS = ["approx", "at_least", "at_most"] as const;
