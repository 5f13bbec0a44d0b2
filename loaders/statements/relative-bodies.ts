/**
 * A relative "which" as a speaker: "…, drew ire from Lima, which slammed …", "the city council, which said …".
 * A "which" more often takes up a thing ("the Constitution, which stipulates …"), so it speaks only for a body:
 * one the gazetteer knows, one by its proper name, or one described by its head noun.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { properBodyName } from "../speakers/proper-heads.ts";
import { type Ctx, analysedPhrase } from "./sentence.ts";
import { type Subject } from "./subjects.ts";

/** The subject read before the comma of a relative "which", when it names a body; else undefined. */
export function whichBody(before: Subject | undefined, ctx: Ctx, lex: StatementLexicon): Subject | undefined {
  const phrase = before?.phrase;
  if (!before || !phrase || phrase.apposition) return undefined;
  // "members of the city council, which said …": "which" takes up the nearest noun, the body after "of" a common
  // noun ("the Bank of Chile" is one name).
  const of = /^(?:.*\s)?\p{Ll}+\sof\s/su.exec(phrase.text)?.[0].length;
  const nearest = of ? { text: phrase.text.slice(of), start: phrase.start + of, end: phrase.end } : undefined;
  if (nearest && speaksAsBody(nearest.text, ctx, lex)) return { ...before, phrase: nearest };
  return speaksAsBody(phrase.text, ctx, lex) ? before : undefined;
}

/** Whether a phrase names a body: one the gazetteer knows, one by its proper name, or one by its head ("the city's police department"). */
function speaksAsBody(text: string, ctx: Ctx, lex: StatementLexicon): boolean {
  const a = analysedPhrase(ctx.phrases, text, lex);
  const bodyHead = a.kind === "description" && !a.plural && lex.bodyHeads.has(a.head);
  return ((a.kind === "body" || a.kind === "media") && !!a.body) || properBodyName(a, lex.bodyHeads) || bodyHead;
}
