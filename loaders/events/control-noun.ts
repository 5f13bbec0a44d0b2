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
  // The owner stands right before the noun, but for a possessive's "'s": "Peru's decision to",
  // "the Peruvian decision to".
  const noun = m.indices?.[1]?.[0] ?? -1;
  return coded.find((p) => p.modifier && !p.anaphor && p.end >= m.index && /^(?:['’]s)?\s+$/.test(ctx.text.slice(p.end, noun)));
}
