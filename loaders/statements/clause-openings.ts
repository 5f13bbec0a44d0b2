/**
 * How a range outside quotation marks opens: with a preposition and no verb ("In a statement"),
 * or with a participle ("Asked about …"). Neither opens a reported clause.
 */
import { type Ctx, type Range, tokenAt } from "./sentence.ts";

/** Whether a range is an adverbial phrase outside quotation marks: a preposition first, no verb ("In a statement", "On Monday"). */
export function isAdverbial(ctx: Ctx, [from, to]: Range): boolean {
  let i = tokenAt(ctx, from);
  while (i < ctx.tokens.length && !ctx.tokens[i].word && ctx.tokens[i].start < to) i++;
  if (ctx.tokens[i]?.pos !== "ADP" || ctx.quoted[ctx.tokens[i].start]) return false;
  for (; i < ctx.tokens.length && ctx.tokens[i].start < to; i++) if (ctx.tokens[i].pos === "VERB" || ctx.tokens[i].pos === "AUX") return false;
  return true;
}

/** Whether a range outside quotation marks opens with a participle ("Asked about …", "Speaking to reporters"), which no reported clause does. */
export function opensWithParticiple(ctx: Ctx, [from, to]: Range): boolean {
  let i = tokenAt(ctx, from);
  while (i < ctx.tokens.length && !ctx.tokens[i].word && ctx.tokens[i].start < to) i++;
  const first = ctx.tokens[i];
  return !!first && first.start < to && !ctx.quoted[first.start] && first.pos === "VERB" && /^\p{Lu}/u.test(first.text) && /(?:ed|ing)$/.test(first.lower);
}
