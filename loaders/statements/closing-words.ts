/**
 * Words around a closing attribution read by their part of speech, not by a list: a predicate or a
 * conjoined clause between commas before the verb, not an apposition of its speaker ("…, undermine the
 * trade, said …", ", and the hearing soured, said one source"), an adverb of manner after the verb
 * ('"…," Ruiz said sarcastically'), a noun spelt like a verb of saying inside a noun phrase ("water
 * pollution issues").
 */
import { type Ctx, tokenAt } from "./sentence.ts";

/**
 * Whether the words between a comma at or after `from` and the verb at `verbStart` open with a finite verb or
 * an auxiliary ("…, undermine the trade of the region, said …"): a predicate, where an apposition opens with a
 * noun phrase ("Pak, one of the founders, said") or a participle ("Pak, speaking to reporters, said").
 */
export function predicateAfterComma(ctx: Ctx, from: number, verbStart: number): boolean {
  const { tokens } = ctx;
  for (let k = tokenAt(ctx, from); k < tokens.length && tokens[k].start < verbStart; k++) {
    if (tokens[k].text !== ",") continue;
    const next = tokens[k + 1];
    if (!next || next.start >= verbStart) return false;
    if (next.pos === "CCONJ") return clauseAfter(ctx, k + 2, verbStart);
    return next.pos === "AUX" || (next.pos === "VERB" && !/(?:ing|ed|en)$/.test(next.lower));
  }
  return false;
}

/**
 * Whether a clause of its own opens at token `k` and runs to a comma before `verbStart`: a subject, then a
 * verb (", and the meeting soured from there, said …"); a conjoined noun phrase has none ("Pak, and his deputy, said").
 */
function clauseAfter(ctx: Ctx, k: number, verbStart: number): boolean {
  const { tokens } = ctx;
  for (let i = k + 1; i < tokens.length && tokens[i].start < verbStart && tokens[i].text !== ","; i++) {
    // A prepositional phrase first (", and in Lima, said") is an aside, not a clause.
    if (tokens[i].pos === "AUX" || tokens[i].pos === "VERB") return tokens[k].pos !== "ADP";
  }
  return false;
}

/** Whether the word at `pos` is an adverb of manner in -ly ("sarcastically", "flatly"), as the tagger reads it. */
export function mannerAdverbAt(ctx: Ctx, pos: number, word: string): boolean {
  if (!/..ly$/.test(word) || ctx.quoted[pos]) return false;
  const token = ctx.tokens[tokenAt(ctx, pos)];
  return token?.start === pos && token.pos === "ADV" && token.lower === word;
}

/** Whether token `i`, tagged a noun, ends a noun phrase it stands in ("water pollution issues", "the reports"): no verb. */
export function insideNounPhrase(ctx: Ctx, i: number): boolean {
  const before = ctx.tokens[i - 1]?.pos ?? "";
  return ctx.tokens[i].pos === "NOUN" && (before === "NOUN" || before === "ADJ" || before === "DET");
}
