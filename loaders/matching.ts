/**
 * Greedy one-to-one matching of gold items to predicted ones, the best-scoring candidate
 * pairs first (ties in the order given): what every scorer of the project counts with, the
 * evaluation against gold tables and the three benchmarks alike.
 */
export interface Candidate<P> {
  /** Index of the gold item. */
  g: number;
  /** The predicted item (or its index). */
  p: P;
  score: number;
}

/** The chosen pairs, as gold index → predicted item; each side is used at most once. */
export function matchOneToOne<P, C extends Candidate<P>>(candidates: C[]): Map<number, C> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const chosen = new Map<number, C>();
  const taken = new Set<P>();
  for (const c of sorted) {
    if (chosen.has(c.g) || taken.has(c.p)) continue;
    chosen.set(c.g, c);
    taken.add(c.p);
  }
  return chosen;
}
