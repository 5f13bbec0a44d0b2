/**
 * Verbs that make a clause of the words around an attribution: "The convoy, Ruiz said, carried …" has its
 * subject before the attribution and its predicate after it.
 */
import { type Ctx, type Range, tokenAt } from "./sentence.ts";

/** Whether a finite verb or an auxiliary opens the words at `k` ("included …", "will send …", "has not …"). */
export function opensPredicate(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[tokenAt(ctx, k)];
  if (!t || t.start !== k || !t.word || ctx.quoted[k]) return false;
  return t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower));
}

/** Whether a finite verb or an auxiliary stands in the range after its first word. */
export function hasFiniteVerb(ctx: Ctx, [from, to]: Range): boolean {
  const inside = ctx.tokens.filter((t) => t.start >= from && t.start < to && t.word && !ctx.quoted[t.start]);
  return inside.slice(1).some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/(?:ing|ed|en)$/.test(t.lower)));
}
