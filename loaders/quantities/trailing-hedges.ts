/**
 * A hedge written after the counted noun, not after the number: "5,000 troops or more", "40
 * missiles or fewer", "a dozen drones or so", "300 tanks, give or take". The words are the
 * post-number hedges of data/quantity-cues.yaml (`post_hedges`) that are words ("or more", not
 * "+" or "-odd", which are written onto the number).
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** Parts of speech after the hedge that make its words the start of a noun phrase of their own: "or more tanks". */
const PHRASE_GOES_ON = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** The reading bounded by a hedge after its noun, the hedge joined to its text; unchanged if none. */
export function trailingHedge(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (r.bound !== "exact" || r.valueMax !== "" || !r.unit) return r;
  // "40 missiles, or more, …": a comma may set the hedge off.
  const at = tokens[r.last + 1]?.text === "," ? r.last + 2 : r.last + 1;
  const hedge = lex.postHedges.match(tokens, at);
  if (!hedge || hedge.length < 2 || tokens[at].kind !== "word") return r;
  // "or fewer than 50 drones": the words open the hedge of another amount.
  if (lex.hedges.match(tokens, at + 1)) return r;
  const after = tokens[at + hedge.length];
  if (after && (after.kind === "num" || (after.kind === "word" && PHRASE_GOES_ON.has(after.pos ?? "")))) return r;
  return { ...r, bound: hedge.value, last: at + hedge.length - 1 };
}
