/**
 * The one an opening attribution's subject cites: "Citing Defence Minister Arvid Stang, the
 * Harbour Times reported that …", "Reuters, citing the Norland foreign ministry, reported …".
 * The one cited speaks and the subject carries the words, as a closing ", citing X" does
 * (closing.ts); an unnamed source cited ("citing a government source") leaves the subject speaking.
 */
import { channelName } from "../attribution.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Analysed } from "../speakers.ts";
import { plausibleRelay } from "./closing.ts";
import { isDocument } from "../speakers/issuer.ts";
import { type Ctx, type Draft, type Range, analysedPhrase } from "./sentence.ts";

/** Gives an opening draft's words to the one its subject cites in a participle set off by commas before the verb, the subject as the channel. */
export function citedByOpening(ctx: Ctx, draft: Draft, lex: StatementLexicon): void {
  if (!draft.phrase || draft.nominal || draft.via) return;
  const cited = citedBefore(ctx, draft.anchor);
  if (!cited || !plausibleRelay(ctx, cited, lex)) return;
  // "According to a report from Radio Lima, citing El Sol, Chilean sources confirmed …": a participle set off after
  // a report or an outlet, with the subject after it, cites for that phrase; the subject speaks for itself.
  if (draft.phrase.start - ctx.sentence.start > cited[1] && reportBefore(ctx, cited, lex)) return;
  // "Ruiz, citing a report from the UN, said …": a document cited backs its speaker's words; only an outlet relays it.
  const citesDocument = namesDocument(ctx.text.slice(...cited), lex) || isDocument(analysedPhrase(ctx.phrases, ctx.text.slice(...cited), lex), lex.speakerWords);
  if (citesDocument && !isOutlet(analysedPhrase(ctx.phrases, draft.phrase.text, lex), lex)) return;
  // Quoted words are the quoted speaker's own.
  if (draft.ranges.every(([s, e]) => ctx.quotes.some((q) => q.open <= s && q.close >= e - 1))) return;
  const base = ctx.sentence.start;
  draft.via = channelName(draft.phrase.text, true, lex);
  draft.phrase = { text: ctx.text.slice(...cited), start: cited[0] + base, end: cited[1] + base };
}

/**
 * The phrase a relaying participle names before `verb`: opening the sentence ("Citing X, …") or
 * after the subject between commas ("…, citing X, …"), a phrase up to its comma.
 */
function citedBefore(ctx: Ctx, verb: number): Range | undefined {
  const before = ctx.text.slice(0, verb);
  // The closing comma is looked at, not taken: it opens the next phrase ("The Harbour Times, citing X, reported").
  for (const m of before.matchAll(/(?:^|,)\s*(\p{L}+)\s+([^,;“”"«»]+?)\s*(?=,)/gu)) {
    if (!ctx.words.relayParticiples.has(m[1].toLowerCase()) || ctx.quoted[m.index]) continue;
    // "Citing …" opens the sentence; ", citing …," follows its subject.
    if (m.index !== 0 && before[m.index] !== ",") continue;
    const start = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    return [start, start + m[2].length];
  }
  return undefined;
}

/** Whether a report or an outlet stands before the participle that cites (", citing X"), which it may cite for. */
function reportBefore(ctx: Ctx, cited: Range, lex: StatementLexicon): boolean {
  const before = ctx.text.slice(0, cited[0]);
  const comma = before.lastIndexOf(",");
  if (comma < 0) return false;
  const phrase = before.slice(0, comma);
  const outlet = lex.gazetteer.find(phrase).some((m) => m.actor.kind === "media");
  return outlet || phrase.split(/\s+/).some((w) => lex.speakerWords.documentHeads.has(w.toLowerCase()));
}

/** An outlet the gazetteer knows, or a publication's capitalised name it lacks ("the Harbour Times"). */
function isOutlet(a: Analysed, lex: StatementLexicon): boolean {
  // The name may read as a person's ("Harbour Times" after "the"): its head tells the publication.
  const named = /^\p{Lu}/u.test(a.text.replace(/^the\s+/i, ""));
  return a.kind === "media" || ((a.kind === "description" || a.kind === "person") && named && lex.publicationHeads.has(a.head));
}

/** Whether a phrase opens with a document ("a report from the UN", "new data by Harbour Watch"): a document head before its first name. */
function namesDocument(text: string, lex: StatementLexicon): boolean {
  for (const word of text.split(/\s+/)) {
    if (/^\p{Lu}/u.test(word)) return false;
    if (lex.speakerWords.documentHeads.has(word.toLowerCase())) return true;
  }
  return false;
}
