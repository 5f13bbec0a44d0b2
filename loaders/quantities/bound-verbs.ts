/**
 * A bound that a verb before the number gives it, outside the amount's text: "the toll has
 * exceeded 40" (at least 40), "exports are capped at 500,000 barrels", "the treaty limits each
 * side to 1,550 warheads" (at most). Words from data/quantity-cues.yaml (`bound_verbs`, `limit_verbs`).
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** How far before "to" or "at" a verb of limit may stand, its object between: "limits each side to". */
const LIMIT_REACH = 5;

/** The reading with the bound a verb before it gives, if it has none of its own. */
export function boundByVerb(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (r.bound !== "exact") return r;
  const verb = lex.boundVerbs.find((v) => v.words.every((w, n) => tokens[r.first - v.words.length + n]?.lower === w));
  if (verb) return { ...r, bound: verb.bound };
  // "limited to importing 500,000 barrels": a verb in -ing between the link and the number.
  const at = /^\p{Ll}{3,}ing$/u.test(tokens[r.first - 1]?.text ?? "") ? r.first - 1 : r.first;
  const link = tokens[at - 1]?.lower;
  if (link !== "to" && link !== "at") return r;
  for (let k = at - 2; k >= Math.max(0, at - 1 - LIMIT_REACH) && tokens[k].kind !== "punct"; k--) {
    if (lex.limitVerbs.has(tokens[k].lower)) return { ...r, bound: "at_most" };
  }
  return r;
}

/**
 * The reading with the bound a verb gives the amount it is joined to: "the treaty limits each
 * side to 1,550 warheads and 700 launchers" bounds both, the verb's object being the two. A hedge
 * bounds only its own amount ("more than 300 drones and seven missiles": seven), and a verb
 * between ("killed at least 12 and injured 90") opens a claim of its own.
 */
export function boundOfCoordinate(r: Reading, before: Reading | undefined, tokens: Token[], lex: QuantityLexicon): Reading {
  if (!before || r.bound !== "exact" || before.bound === "exact" || before.last !== r.first - 2) return r;
  if (!lex.words.boundSharingLinks.has(tokens[r.first - 1]?.lower ?? "") || lex.hedges.match(tokens, before.first)) return r;
  return boundByVerb({ ...before, bound: "exact" }, tokens, lex).bound === before.bound ? { ...r, bound: before.bound } : r;
}
