/**
 * A body named by a proper name whose last word is a kind of body ("the Chilean Intelligence Agency", "the
 * Andean Border Service"): the capitals make it a name of its own, not a description of its kind ("the agency").
 */
import { type Analysed, isCapitalised, words } from "./phrase.ts";

/** Whether the phrase's head is written with a capital after another capitalised word that names no state. */
export function namesItself(a: Analysed): boolean {
  const ws = words(a.text);
  const last = ws.at(-1);
  if (!last || last.w.toLowerCase() !== a.head || !isCapitalised(last.w)) return false;
  // "the Chilean Agency": a demonym and the head alone may still describe; "Intelligence" makes a name.
  const inState = (w: { start: number }) => a.mentions.some((m) => w.start >= m.start && w.start < m.end);
  return ws.slice(0, -1).some((w, i) => (i > 0 || !/^the$/i.test(w.w)) && isCapitalised(w.w) && !inState(w));
}

/** A body's proper name the gazetteer lacks: capitalised words ending in a kind of body ("the Leith Harbour Police"). */
export function properBodyName(a: Analysed, bodyHeads: ReadonlySet<string>): boolean {
  const last = (a.text.split(/\s+/).at(-1) ?? "").toLowerCase();
  return bodyHeads.has(last) && namesItself({ ...a, head: last });
}
