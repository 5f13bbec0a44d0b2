/**
 * A participle of saying that opens the sentence: "Claiming the troops were traitors, Ruiz said …",
 * 'Calling it "an act of aggression", the ministry condemned the strike', "Insisting that the port
 * stays open, the board …", also after a preposition ("After saying the quay was unsafe, Ruiz left"). The
 * participle's subject is the main clause's, after the comma; its words run from the participle (an object
 * verb) or after it (a verb of a clause) to that comma.
 */
import { speechVerbAt } from "../attribution.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Draft } from "./sentence.ts";
import { subjectBefore } from "./subjects.ts";

/** The statement of a participle of saying that opens the sentence, when no draft covers its words yet. */
export function frontedParticiple(ctx: Ctx, lex: StatementLexicon, drafts: readonly Draft[]): Draft | undefined {
  const { tokens, text } = ctx;
  // "After saying …", "Before asking …": a preposition whose gerund's subject is the main clause's (data/statement-words.yaml).
  const at = ctx.words.gerundPrepositions.has(tokens[0]?.lower ?? "") ? 1 : 0;
  const first = tokens[at];
  if (!first?.word || ctx.quoted[first.start] || !first.lower.endsWith("ing")) return undefined;
  const verb = speechVerbAt(tokens, at, lex);
  if (!verb || verb.afterObject.length > 0) return undefined;
  const after = at + verb.words.length;
  // 'After calling the plan "a waste," Ruiz …': a comma inside the closing mark of a quotation ends the phrase too.
  const comma = tokens.findIndex((t, k) => k >= after && t.text === "," && (!ctx.quoted[t.start] || /^[”"’]/.test(text.slice(t.end, t.end + 1))));
  if (comma < 0) return undefined;
  // The main clause's subject stands right after the comma (and the quotation's closing mark), its verb after it.
  const main = /^[”"’]$/.test(tokens[comma + 1]?.text ?? "") ? comma + 2 : comma + 1;
  const mainVerb = tokens.findIndex((t, k) => k > main && (t.pos === "VERB" || t.pos === "AUX") && !ctx.quoted[t.start]);
  const subject = mainVerb > 0 ? subjectBefore(ctx, mainVerb, lex)?.phrase : undefined;
  if (!subject || subject.start - ctx.sentence.start !== tokens[main]?.start) return undefined;
  // "Warning that the quay was unsafe, …": a clause after "that" is the words, whatever else the verb may take.
  const thatAfter = tokens[after]?.lower === "that" ? 1 : 0;
  const start = verb.syntax === "object" && !thatAfter ? first.start : tokens[after + thatAfter]?.start;
  const end = tokens[comma].start;
  if (start === undefined || text.slice(start, end).trim().split(/\s+/).length < 2) return undefined;
  if (verb.quoted && !ctx.quotes.some((q) => q.open >= start && q.open < end)) return undefined;
  if (drafts.some((d) => d.ranges.some(([s, e]) => s < end && e > start))) return undefined;
  return { ctx, phrase: subject, anchor: first.start, ranges: [[start, end]], attribution: [[end, subject.end - ctx.sentence.start]], stance: verb.stance, negated: false, via: "", nominal: false };
}
