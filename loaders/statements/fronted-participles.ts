/**
 * A participle of saying that opens the sentence: "Claiming the troops were traitors, Ruiz said …",
 * 'Calling it "an act of aggression", the ministry condemned the strike', "Insisting that the port
 * stays open, the board …". The participle's subject is the main clause's, after the comma; its
 * words run from the participle (an object verb) or after it (a verb of a clause) to that comma.
 */
import { speechVerbAt } from "../attribution.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Draft } from "./sentence.ts";
import { subjectBefore } from "./subjects.ts";

/** The statement of a participle of saying that opens the sentence, when no draft covers its words yet. */
export function frontedParticiple(ctx: Ctx, lex: StatementLexicon, drafts: readonly Draft[]): Draft | undefined {
  const { tokens, text } = ctx;
  const first = tokens[0];
  if (!first?.word || ctx.quoted[first.start] || !first.lower.endsWith("ing")) return undefined;
  const verb = speechVerbAt(tokens, 0, lex);
  if (!verb || verb.afterObject.length > 0) return undefined;
  const after = verb.words.length;
  const comma = tokens.findIndex((t, k) => k >= after && t.text === "," && !ctx.quoted[t.start]);
  if (comma < 0) return undefined;
  // The main clause's subject stands right after the comma, its verb after it.
  const mainVerb = tokens.findIndex((t, k) => k > comma + 1 && (t.pos === "VERB" || t.pos === "AUX") && !ctx.quoted[t.start]);
  const subject = mainVerb > 0 ? subjectBefore(ctx, mainVerb, lex)?.phrase : undefined;
  if (!subject || subject.start - ctx.sentence.start !== tokens[comma + 1]?.start) return undefined;
  const thatAfter = verb.syntax === "that" && tokens[after]?.lower === "that" ? 1 : 0;
  const start = verb.syntax === "object" ? first.start : tokens[after + thatAfter]?.start;
  const end = tokens[comma].start;
  if (start === undefined || text.slice(start, end).trim().split(/\s+/).length < 2) return undefined;
  if (verb.quoted && !ctx.quotes.some((q) => q.open >= start && q.open < end)) return undefined;
  if (drafts.some((d) => d.ranges.some(([s, e]) => s < end && e > start))) return undefined;
  return { ctx, phrase: subject, anchor: first.start, ranges: [[start, end]], attribution: [[end, subject.end - ctx.sentence.start]], stance: verb.stance, negated: false, via: "", nominal: false };
}
