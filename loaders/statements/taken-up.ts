/**
 * A sentence that names who said the sentence before it: "Peru has moved 500 troops to the
 * border. This was stated by army spokeswoman Ana Torres." Its subject takes up what was told
 * ("This", "This information", "The revelation"), its verb is a passive of saying ("was stated",
 * "has been confirmed", "was made") and its agent after "by" is the speaker. News written from
 * agency copy tells the claim first and its source in the next sentence.
 */
import { STATE_KINDS } from "../actors.ts";
import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { speechVerbAt } from "../attribution.ts";
import { takesUpBefore } from "./frames.ts";
import { invertedSubject } from "./inverted-subject.ts";
import { type Ctx, type Draft, type Range, analysedPhrase, skipChannelOrDate, tokenAt } from "./sentence.ts";
import { plausibleSpeaker } from "./subjects.ts";

/** A sentence's whole words, kept from the sentence before until the next one is read. */
export interface Untold {
  ctx: Ctx;
  end: number;
}

/** How many words the taking-up subject may have ("This", "The revelation", "This latest information"). */
const MAX_SUBJECT_WORDS = 3;

/** The speaker a taking-up passive names ("This was stated by Ana Torres"), its verb's offset and stance. */
export function takenUpSpeaker(ctx: Ctx, lex: StatementLexicon): { phrase: SpeakerPhrase; anchor: number; stance: Draft["stance"] } | undefined {
  const { tokens, words } = ctx;
  // The subject: the words before the first form of "be" ("This development was …").
  let k = 0;
  while (k < tokens.length && k <= MAX_SUBJECT_WORDS && !words.passiveAuxiliaries.has(tokens[k].lower)) k++;
  if (k === 0 || k > MAX_SUBJECT_WORDS) return undefined;
  // "has been", "had been": the perfect before the passive's "been" belongs to the verb.
  const subjectEnd = words.auxiliaries.has(tokens[k - 1].lower) ? k - 1 : k;
  if (subjectEnd === 0) return undefined;
  const subject: Range = [0, tokens[subjectEnd - 1].end];
  const nounOfSaying = subjectEnd === 2 && tokens[0].lower === "the" && words.takenUpSpeechNouns.has(tokens[1].lower);
  // A demonstrative or a noun of saying, not a pronoun: "They were backed by the mayor" tells who backed people.
  if (!nounOfSaying && !(words.demonstratives.has(tokens[0].lower) && takesUpBefore(ctx, subject))) return undefined;
  k++;
  while (k < tokens.length && (words.passiveAuxiliaries.has(tokens[k].lower) || words.verbAdverbs.has(tokens[k].lower) || /ly$/.test(tokens[k].lower))) k++;
  const verbToken = tokens[k];
  if (!verbToken) return undefined;
  // A verb that tells words ("stated", "reported") or confirms them, not one of backing or blame ("was backed by").
  const said = speechVerbAt(tokens, k, lex);
  const verb = said && (said.syntax === "that" || said.stance === "confirm") ? said : undefined;
  // "The revelation was made by …": a light verb speaks only with a noun of saying as its subject.
  if (!verb && !(words.takenUpVerbs.has(verbToken.lower) && words.takenUpSpeechNouns.has(tokens[subjectEnd - 1].lower))) return undefined;
  // Dates between the verb and its agent ("was confirmed on Tuesday by …").
  let pos = verbToken.end;
  for (let guard = 0; guard < 4; guard++) {
    while (/\s/.test(ctx.text[pos] ?? "")) pos++;
    const skipped = skipChannelOrDate(ctx, pos);
    if (skipped === undefined) break;
    pos = skipped;
  }
  const by = tokens[tokenAt(ctx, pos)];
  if (!by || by.start !== pos || by.lower !== "by") return undefined;
  const agent = invertedSubject(ctx, by.end, lex);
  if (!agent || !plausibleSpeaker(analysedPhrase(ctx.phrases, agent.phrase.text, lex), lex)) return undefined;
  return { phrase: agent.phrase, anchor: verbToken.start, stance: verb?.stance ?? "other" };
}

/** The statement of the sentence before, told by the sentence that takes it up. */
export function takenUpDraft(told: Untold, speaker: { phrase: SpeakerPhrase; stance: Draft["stance"] }): Draft {
  return {
    ctx: told.ctx,
    phrase: speaker.phrase,
    anchor: told.end,
    ranges: [[0, told.end]],
    attribution: [],
    stance: speaker.stance,
    negated: false,
    via: "",
    nominal: false,
  };
}

/**
 * "China has stated that … . Beijing reiterated that … . The statement was made by spokesman Lin
 * Jian.": a sentence that names who made the statement told just before, whose speaker was the
 * state itself, gives those words to its speaker. The sentences of the paragraph before it are read.
 */
export function takenUpFromState(drafts: Draft[], ctx: Ctx, speaker: { phrase: SpeakerPhrase }, lex: StatementLexicon): void {
  const last = drafts[drafts.length - 1];
  if (!last || last.ctx.sentence.index !== ctx.sentence.index - 1) return;
  const paragraph = last.ctx.sentence.paragraph;
  for (let k = drafts.length - 1; k >= 0 && drafts[k].ctx.sentence.paragraph === paragraph; k--) {
    const d = drafts[k];
    const a = d.phrase ? analysedPhrase(d.ctx.phrases, d.phrase.text, lex) : undefined;
    if (a?.kind === "body" && a.body && STATE_KINDS.has(a.body.actor.kind)) d.phrase = speaker.phrase;
  }
}
