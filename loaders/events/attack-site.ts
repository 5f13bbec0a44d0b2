/**
 * The place an act's noun is named after: "the San Bernardino attack", "the 2004 Madrid
 * bombings", "the Orlando nightclub shooting". A city, a region or a capital before the noun
 * names where the act struck, not who did it; a state's name or a demonym ("the US strikes",
 * "a Russian attack") is the doer's and is left to the possessor and adjunct strategies.
 */
import type { Party, RoleContext } from "./types.ts";

/** Kinds of party that name a site, never a doer, when they stand before an act's noun. */
const SITE_KINDS: ReadonlySet<string> = new Set(["place", "capital"]);

/** Parts of speech of the words a site may stand apart from its noun by ("nightclub", "terror", "Marathon"). */
const SITE_GAP_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);

/** The place right before a noun trigger, at most two words of its own noun phrase between. */
export function siteOf(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, tokens } = ctx;
  const site = [...coded].reverse().find((p) => p.end <= ts && ts - p.end <= 30);
  if (!site || site.modifier || site.anaphor || !site.kinds.every((k) => SITE_KINDS.has(k))) return undefined;
  if (/[,;:()"“”]/.test(text.slice(site.end, ts))) return undefined;
  const gap = tokens.filter((t) => t.start >= site.end && t.end <= ts);
  return gap.length <= 2 && gap.every((t) => SITE_GAP_POS.has(t.pos)) ? site : undefined;
}
