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
  if (!/^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(from, noun))) return false;
  return ctx.tokens.filter((w) => w.start >= from && w.end <= noun && /\w/.test(w.lower) && !/^['’]s$/.test(w.lower)).every((w) => w.pos === "ADJ" || w.pos === "ADV");
}
