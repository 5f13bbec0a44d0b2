/**
 * A bare number set beside an amount of its sentence in the same frame, its unit left out as
 * said before: "the index rose by 2 percent but the other fell by 1" (1 percent), "it closed
 * at 140 points, while the other lost 1% to end at 95" (95 points). Both stand after the same
 * link (data/quantity-words.yaml `parallel_links`), the bare one after a verb and ending its
 * clause: "by 1" or "at 95" alone, not "at 5 Main Street" nor "by 2020 rules".
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** The bare reading with the unit of the nearest earlier amount after the same link, else unchanged. */
export function parallelUnit(r: Reading, tokens: Token[], told: readonly Reading[], lex: QuantityLexicon): Reading {
  if (r.unit || r.category !== "number" || r.valueMax !== "") return r;
  const link = tokens[r.first - 1]?.lower ?? "";
  if (!lex.words.parallelLinks.has(link) || !verbAt(tokens, r.first - 2, lex) || !clauseEnds(tokens, r.last + 1)) return r;
  for (let n = told.length - 1; n >= 0; n--) {
    const earlier = told[n];
    if (earlier.last >= r.first || tokens[earlier.first - 1]?.lower !== link) continue;
    if (!earlier.unit || earlier.category === "number") return r;
    return { ...r, unit: earlier.unit, category: earlier.category };
  }
  return r;
}

/** A verb before the link: read as one by the analysis layer, or a change word ("decrease by 1"). */
function verbAt(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const t = tokens[k];
  return !!t && t.kind === "word" && (t.pos === "VERB" || lex.changes.has(t.lower));
}

/** The clause ends after the number: the sentence's end, a mark, or a conjunction. */
function clauseEnds(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !t || (t.kind === "punct" && t.text !== "-" && t.text !== "/") || t.lower === "and" || t.lower === "but" || t.lower === "while";
}
