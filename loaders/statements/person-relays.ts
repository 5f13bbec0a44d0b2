/**
 * A person who tells what a body or a place said speaks: "Seoul voiced its concern …, Vice
 * Minister Lena Holm told the envoy", "The agency said that …, according to lawmaker Ivo Dane".
 * The body or the place is the government or the office the person speaks for, or whose
 * briefing they report; an outlet that relays a body stays a channel ("…, Tass reported").
 */
import { type Analysed, type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Draft, analysedPhrase } from "./sentence.ts";

/** Whether a phrase names a body or a place that speaks ("Seoul", "the Norland Coast Guard", "the embassy"), not a person or an outlet. */
export function namesBodyOrPlace(a: Analysed, lex: StatementLexicon): boolean {
  if (a.kind === "body") return !a.plural;
  return a.kind === "description" && !a.plural && lex.bodyHeads.has(a.head) && !lex.mediaHeads.has(a.head) && !lex.speakerWords.documentHeads.has(a.head);
}

/**
 * Whether a phrase names one person: a name in full ("Vice Minister Lena Holm"; a lone capitalised
 * word may be an outlet the gazetteer lacks, "Tass"), or a person's office ("a ministry spokesman").
 */
export function namesPerson(text: string, a: Analysed, lex: StatementLexicon): boolean {
  if (a.kind === "person") return /\s/.test(text.trim()) && !!a.person && /\s/.test(a.person.name.trim());
  return a.kind === "description" && !a.plural && !a.anonymous && lex.speakerHeads.has(a.head) && !lex.bodyHeads.has(a.head) && !lex.independentHeads.has(a.head);
}

/** Whether the person `outer` names tells the words of the body or place `inner` names: then the person speaks. */
export function personTellsBody(ctx: Ctx, inner: SpeakerPhrase, outer: SpeakerPhrase | undefined, lex: StatementLexicon): boolean {
  if (!outer) return false;
  const a = analysedPhrase(ctx.phrases, inner.text, lex);
  const b = analysedPhrase(ctx.phrases, outer.text, lex);
  return namesBodyOrPlace(a, lex) && namesPerson(outer.text, b, lex);
}

/**
 * "The agency said that …, according to lawmaker Ivo Dane": the person the "according to" phrase
 * names takes the draft's words as its speaker, and the body becomes nothing more than what they told.
 */
export function personAccording(ctx: Ctx, target: Draft, phrase: SpeakerPhrase, lex: StatementLexicon): boolean {
  if (!target.phrase || target.nominal || target.viaDraft) return false;
  return personTellsBody(ctx, target.phrase, phrase, lex);
}
