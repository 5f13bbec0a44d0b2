/**
 * The owner of a noun of intent does the act of its infinitive: "Chile regretted Peru's
 * decision to close its border" (Peru closes it), "condemned the Peruvian plan to send troops".
 */
import type { Party, RoleContext } from "./types.ts";

/** The party owning the noun of intent ("Peru's", "Peruvian") right before the trigger's "to", if any. */
export function controlNounOwner(ctx: RoleContext, coded: readonly Party[]): Party | undefined {
  const before = ctx.text.slice(0, ctx.ts);
  const m = ctx.words.controlNoun.exec(before);
  if (!m) return undefined;
  // The owner stands right before the noun, but for a possessive's "'s" and up to two adjectives:
  // "Peru's decision to", "the Peruvian decision to", "Peru's recent decision to".
  const noun = m.indices?.[1]?.[0] ?? -1;
  return coded.find((p) => p.modifier && !p.anaphor && p.end >= m.index - 40 && p.end < noun && ownerGap(ctx, p.end, noun));
}

/** Whether only "'s" and at most two adjectives or adverbs stand between the owner and its noun ("'s recent", "'s long-planned"). */
function ownerGap(ctx: RoleContext, from: number, noun: number): boolean {
  const gap = ctx.text.slice(from, noun);
  if (/^(?:['’]s)?\s+$/.test(gap)) return true;
  if (!/^(?:['’]s)?\s+(?:[\w-]+\s+){1,2}$/.test(gap)) return false;
  // Tokens are in text order: find the first after the owner by halving, then read the few up to the noun.
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ctx.tokens.length && ctx.tokens[i].end <= noun; i++) {
    const w = ctx.tokens[i];
    if (/\w/.test(w.lower) && !/^['’]s$/.test(w.lower) && w.pos !== "ADJ" && w.pos !== "ADV") return false;
  }
  return true;
}
