/**
 * A verb that speaks only before "that" ("questioned", "challenged") also speaks when its object is a claim
 * or a quality put in doubt: "questioned the very need for moderators", "challenged the council's
 * legitimacy", "has questioned the accuracy of the count". Its object is then the words disputed; a person
 * as object ("questioned the suspect") says nothing of them. Put in doubt, a party's own quality ("questioned
 * the senator's honesty", "challenged her fitness for office") is a charge against it (impugned_quality_heads).
 */
import { type Ctx } from "./sentence.ts";

/** How many words (determiner, possessor, adjectives) may stand before the object's head. */
const MAX_WORDS_BEFORE_HEAD = 4;

/** Tags of the words that may stand before the head ("the very", "Cruz's", "its own"). */
const BEFORE_HEAD_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV", "PROPN", "NOUN", "PRON", "PART", "NUM"]);

/**
 * The head of doubt of the object after the verb ending at token `last` (data/statement-words.yaml
 * disputed_object_heads), lower-case, or undefined.
 */
export function disputedObject(ctx: Ctx, last: number): string | undefined {
  const { tokens } = ctx;
  for (let k = last + 1; k < tokens.length && k <= last + 1 + MAX_WORDS_BEFORE_HEAD; k++) {
    const t = tokens[k];
    if (ctx.quoted[t.start]) return undefined;
    if (ctx.words.disputedObjectHeads.has(t.lower)) {
      // The head ends its noun phrase: "the need for …", "Cruz's eligibility to run", "the figures." — not "the claims office".
      const next = tokens[k + 1];
      return !next || next.pos !== "NOUN" ? t.lower : undefined;
    }
    if (!BEFORE_HEAD_TAGS.has(t.pos) && !/^['’]s?$/.test(t.text)) return undefined;
  }
  return undefined;
}
