/**
 * A change whose verb is gapped in a list of named movers: "Shares of Acme were down 2.3%,
 * Birch by 2.6% and Cobb 1.1%". After the first change, each name with its amount (and
 * perhaps "by") tells the same verb again, so the amount, in the same unit, moves the same way.
 */
import type { QuantityRow } from "./row.ts";

/**
 * The words between a change and a gapped one: a comma, semicolon or "and", then a name of
 * capitalised words (the subject of the gapped clause), perhaps "by". A lower-case word between
 * would be a verb or a clause of its own ("rose 5%, helped by 3 new stores").
 */
const GAPPED = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&'.-]*\s+){1,4}(?:by\s+)?$/u;

/** The rows with each gapped change given the direction of the change before it. */
export function withGappedChanges(rows: QuantityRow[], raw: string): QuantityRow[] {
  const out: QuantityRow[] = [];
  for (const row of rows) {
    const before = out[out.length - 1];
    const gapped = !row.change && before?.change && before.unit === row.unit && before.evidence === row.evidence && before.char_end <= row.char_start && GAPPED.test(raw.slice(before.char_end, row.char_start));
    out.push(gapped ? { ...row, change: before.change } : row);
  }
  return out;
}
