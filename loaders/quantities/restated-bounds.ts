/**
 * An amount told again in other units, in brackets right after it: "more than 7.5 million
 * crowns ($1.1 million)", "dropped by 2 degrees Celsius (3.6 Fahrenheit)", "just under 296 hp
 * (221 kW / 300 PS)". The restatement is the same amount, so it is as bounded and as much a
 * change as the first telling, though the hedge and the change word stand before the first only.
 */
import type { QuantityRow } from "./row.ts";

/** Categories of measures and sums, which a bracket restates in other units (a count in brackets is a part: "20 people (12 children)"). */
const CONVERTIBLE = new Set(["money", "mass", "distance", "measure"]);

/** What may stand between an amount and its restatement: an opening bracket, or within the brackets a slash or comma. */
const OPENS = /^\s*\(\s*$/;
const GOES_ON = /^\s*[/,]\s*$/;

/** The rows with each restatement given its first telling's bound and change, where it has none of its own. */
export function withRestatedBounds(rows: QuantityRow[], raw: string): QuantityRow[] {
  const out: QuantityRow[] = [];
  // Whether the row before is itself a restatement, inside the brackets, so a slash goes on restating.
  let inBrackets = false;
  for (const row of rows) {
    const first: QuantityRow | undefined = out[out.length - 1];
    const between: string | undefined = first && first.evidence === row.evidence && first.char_end <= row.char_start ? raw.slice(first.char_end, row.char_start) : undefined;
    const restates: boolean = !!first && between !== undefined && (OPENS.test(between) || (inBrackets && GOES_ON.test(between))) && sameKind(first, row);
    inBrackets = restates;
    out.push(restates ? restated(row, first) : row);
  }
  return out;
}

function sameKind(a: QuantityRow, b: QuantityRow): boolean {
  return CONVERTIBLE.has(a.category) && CONVERTIBLE.has(b.category) && a.unit !== "" && b.unit !== "" && (a.category === "money") === (b.category === "money");
}

function restated(row: QuantityRow, first: QuantityRow): QuantityRow {
  return { ...row, bound: row.bound === "exact" ? first.bound : row.bound, change: row.change || first.change };
}
