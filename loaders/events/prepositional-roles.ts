/**
 * The parties a preposition introduces: "between Russia and North Korea" (the group nearest
 * the trigger), and "to", "with", "against" … (the first party after the trigger in its clause,
 * unless a participle between owns the preposition).
 */
import { allMatches } from "../text.ts";
import { reducedRelativeBetween } from "./clause-bounds.ts";
import type { Party, RoleContext } from "./types.ts";

const BETWEEN = /\bbetween\s+(?:the\s+)?/gi;

/** The group named after "between" nearest the trigger; asked for several times per trigger, so found once. */
export function findBetween(ctx: RoleContext): Party | undefined {
  if (ctx.between === undefined) ctx.between = { party: groupBetween(ctx) };
  return ctx.between.party;
}

function groupBetween(ctx: RoleContext): Party | undefined {
  let best: Party | undefined;
  let bestDistance = Infinity;
  for (const m of allMatches(BETWEEN, ctx.text)) {
    const at = m.index + m[0].length;
    const group = ctx.parties.find((p) => p.start === at && p.codes.length > 1);
    if (!group) continue;
    const distance = Math.min(Math.abs(group.start - ctx.te), Math.abs(group.end - ctx.ts));
    if (distance < bestDistance && distance < 160) {
      best = group;
      bestDistance = distance;
    }
  }
  return best;
}

/** A preposition ("to"), then up to `maxWords` words, at the end of a text; compiled once, not per call. */
const prepositionPatterns = new Map<string, RegExp>();

function prepositionPattern(word: string, maxWords: number): RegExp {
  const key = `${word} ${maxWords}`;
  let re = prepositionPatterns.get(key);
  if (!re) prepositionPatterns.set(key, (re = new RegExp(`\\b${word}\\s+(?:[\\w'’-]+\\s+){0,${maxWords}}$`, "i")));
  return re;
}

/** The first party after the trigger that a preposition ("to", "with" …) introduces, in the same clause. */
export function introducedBy(word: string, afterTrigger: Party[], ctx: RoleContext): Party | undefined {
  const { text, te } = ctx;
  const re = prepositionPattern(word, 2);
  return afterTrigger.find((p) => p.start - te < 160 && re.test(text.slice(Math.max(te, p.start - 60), p.start)) && !/[.;]/.test(text.slice(te, p.start)) && !ownVerbBefore(ctx, word, p));
}

/** "a hearing into methods used against Sudanese detainees": a preposition after a participle (see reducedRelativeBetween) is the participle's. */
function ownVerbBefore(ctx: RoleContext, word: string, p: Party): boolean {
  const at = ctx.text.slice(0, p.start).search(prepositionPattern(word, 2));
  return at > ctx.te && reducedRelativeBetween(ctx, ctx.te, at + 1);
}
