/**
 * The quantities table's row (its schema is in loaders/schema.ts), and the categories an
 * amount may fall in.
 */
import { CATEGORIES, QUANTITIES, type RowOf } from "../schema.ts";

export { CATEGORIES };
export type Category = (typeof CATEGORIES)[number];
export type Change = QuantityRow["change"];
export type QuantityRow = RowOf<typeof QUANTITIES>;

/** The hedges a cue word can give a number ("about", "at least", "at most"); without one it is exact. */
export const HEDGES = ["approx", "at_least", "at_most"] as const;
