/**
 * The nouns a counted phrase names before its head: "militia" in "two militia vessels", "coast",
 * "guard" and "Philippine" in "two Philippine coast guard ships". Two counts of one number and
 * unit whose such nouns share none are of other things; adjectives ("two new jets", "two other
 * missiles") may describe the same things again, so they are not read.
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityRow } from "./row.ts";

/** Each kept row's nouns before its head. */
export type Kinds = WeakMap<QuantityRow, Set<string>>;

/** The nouns and names the analysis layer tags between a count's first word and its head, lower-case. */
export function nounModifiers(tokens: Token[], r: Reading): Set<string> {
  const nouns = new Set<string>();
  if (!r.item) return nouns;
  for (let k = r.item[0]; k < r.item[1]; k++) {
    const t = tokens[k];
    if (t.kind === "word" && (t.pos === "NOUN" || t.pos === "PROPN")) nouns.add(t.lower.replace(/['’]s$/u, ""));
  }
  return nouns;
}

/** Whether two sets both hold words and share none. */
export function disjoint(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  return !!a && !!b && a.size > 0 && b.size > 0 && ![...a].some((w) => b.has(w));
}
