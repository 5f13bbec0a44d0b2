/**
 * Fronted occasion: "During a summit with Kim last year, Putin said …", "After talks in Ankara,
 * the Turkish minister signed …". A sentence that opens with the occasion of its main clause
 * names the act of that occasion without its doer: the main clause's subject did it.
 */
import type { Party, RoleContext } from "./types.ts";

/** Parts of speech that may open the main clause before its subject ("the", "Russian", "President"). */
const BEFORE_SUBJECT: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM"]);

/** Where the sentence's opening phrase of occasion that holds the trigger ends (its comma), or none. */
export function occasionEnd(ctx: RoleContext): number | undefined {
  const { text, ts, te, words } = ctx;
  if (!words.occasionOpener.test(text.slice(0, ts))) return undefined;
  const comma = text.indexOf(",", te);
  return comma < 0 || /[;:.]/.test(text.slice(te, comma)) ? undefined : comma;
}

/** The subject of the main clause, when the trigger stands in the sentence's opening phrase of occasion; else none. */
export function occasionSubject(ctx: RoleContext, coded: Party[]): Party | undefined {
  const comma = occasionEnd(ctx);
  if (comma === undefined) return undefined;
  const subject = coded.find((p) => p.start > comma);
  if (!subject) return undefined;
  // Only the subject's own words stand between the comma and it: no verb, no preposition.
  const gap = ctx.tokens.filter((w) => w.start > comma && w.end <= subject.start);
  return gap.every((w) => BEFORE_SUBJECT.has(w.pos)) ? subject : undefined;
}
