/**
 * The one a call is made on: the noun phrase between the verb of asking and its "to"
 * ("called on the administration to retaliate against Russia", "urged President Tom Vale to
 * …", "asked the candidates to …"). The act asks that side; a party inside the infinitive
 * ("against Russia") is what the asked side is to act on, not whom the call is made on. A
 * phrase the gazetteer codes ("urged Libya to …") is that side; an uncoded phrase describing a
 * public office is the article's state (public-offices.ts). Any other ("urged donors to …") is
 * left to the entry's strategies, which may still find the side asked further on.
 */
import { articleSetting } from "../speakers/home-state.ts";
import type { ArticleMemory } from "./memory.ts";
import { publicOfficeCodes } from "./public-offices.ts";
import type { RoleContext } from "./types.ts";

/** Up to five words, no punctuation, then "to" and a verb: the side asked, after the verb (and its "on"). */
const ASKED_THEN_TO = /^\s+(?:(?:on|upon)\s+)?((?:[\p{L}'’.-]+\s+){1,5}?)to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)\p{Ll}/u;

/** The codes of the side a call is made on, named or described by an office before its "to"; undefined when the call has no such phrase. */
export function askedSide(memory: ArticleMemory, ctx: RoleContext): string[] | undefined {
  if (ctx.entry?.type !== "REQUEST" || !ctx.entry.target.includes("direct")) return undefined;
  const m = ASKED_THEN_TO.exec(ctx.text.slice(ctx.te, ctx.te + 80));
  if (!m) return undefined;
  const end = ctx.te + m[0].length;
  // "urged Libya to …": the coded side asked. A pronoun or a modifier ("urged its allies to …",
  // "urged Kyiv's allies to …", "urged Chinese officials to …") is left to the entry's strategies.
  const named = ctx.parties.filter((p) => p.start >= ctx.te && p.start < end && p.codes.length > 0);
  if (named.some((p) => p.anaphor || p.modifier)) return undefined;
  if (named.length > 0) return [...new Set(named.flatMap((p) => p.codes))];
  const home = articleSetting(memory.doc, memory.res.gazetteer).state;
  const office = publicOfficeCodes(m[1], home, memory.res.words, memory.res.gazetteer);
  return office.length > 0 ? office : undefined;
}
