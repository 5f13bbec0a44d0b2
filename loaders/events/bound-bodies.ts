/**
 * A state's body named once with its state ("Japan's supreme court", "the Kenyan parliament") is
 * the body a later definite phrase of the same head refers back to ("The court ordered …"): that
 * state's, not the article's own (public-offices.ts).
 */
import type { ArticleMemory } from "./memory.ts";
import type { Party } from "./types.ts";

/** After a state's name or demonym: its possessive and up to two words before the body's head ("'s supreme court", " defence ministry"). */
const AFTER_STATE = /^(?:['’]s)?((?:\s+[\p{L}-]+){1,3})/u;

/** Records, in `bound`, the bodies `text` names with one state each, head word → state. */
export function rememberBoundBodies(bound: Map<string, string>, heads: ReadonlySet<string>, text: string, parties: readonly Party[]): void {
  for (const p of parties) {
    if (p.codes.length !== 1 || !p.modifier) continue;
    const words = AFTER_STATE.exec(text.slice(p.end, p.end + 40))?.[1].trim().toLowerCase().split(/\s+/) ?? [];
    const head = words.find((w) => heads.has(w));
    if (head) bound.set(head, p.codes[0]);
  }
}

/** The state of the body a definite phrase ("the court", "the upper house") refers back to, when the article named it with one. */
export function boundBodyState(memory: ArticleMemory, phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/);
  if (!memory.res.words.definiteDeterminers.has(words[0])) return undefined;
  return memory.boundBodies.get(words[words.length - 1]);
}
