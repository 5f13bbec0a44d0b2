/**
 * Double objects: "the US will sell Saudi Arabia an arms package", "Germany sent Ukraine a new
 * aid package". An act's noun that is the second object of a verb of giving has the verb's first
 * object as its recipient, and the verb's subject as its doer.
 */
import { isPlace } from "./parties.ts";
import type { Party, RoleContext } from "./types.ts";

/** Up to five words, no punctuation, between the first object and the act's noun ("an arms "). */
const OBJECT_GAP = /^\s+(?:[\w$.'’-]+\s+){0,5}$/;

/** The giving verb's span and its first object, when the trigger is a noun the verb gives. */
export function givenTo(ctx: RoleContext): { verbStart: number; verbEnd: number; recipient: Party } | undefined {
  if (!ctx.entry?.noun) return undefined;
  const recipient = [...ctx.parties].reverse().find((p) => p.end <= ctx.ts && p.codes.length > 0);
  if (!recipient || isPlace(recipient) || !OBJECT_GAP.test(ctx.text.slice(recipient.end, ctx.ts)) || /,/.test(ctx.text.slice(recipient.end, ctx.ts))) return undefined;
  const from = Math.max(0, recipient.start - 40);
  const verb = ctx.words.givingVerbBefore.exec(ctx.text.slice(from, recipient.start));
  if (!verb) return undefined;
  const verbStart = from + verb.index;
  return { verbStart, verbEnd: verbStart + verb[0].trimEnd().replace(/\s+the$/i, "").length, recipient };
}
