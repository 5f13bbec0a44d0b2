/**
 * A sentence that is only a speaker and a verb of saying whose object takes up the sentence before:
 * "Peru has moved 500 troops to the border. A laboratory in Chile confirmed this." ("this", "it",
 * "so", "the figure"), or a verb of telling with only its addressee ("Chile's defence minister told
 * Reuters."). The words are the sentence before's, as with the passive of taken-up.ts ("This was
 * stated by …"): agency copy tells the claim first and its source next.
 */
import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { addresseeEnd } from "./closing.ts";
import { findAnchors } from "./frames.ts";
import { type Ctx, type Draft, analysedPhrase, isNegated, proseEnd, skipChannelOrDate, tokenAt } from "./sentence.ts";
import { plausibleSpeaker, subjectBefore } from "./subjects.ts";

/** The speaker of a sentence that says nothing but who confirmed or told the sentence before, its verb's offset and stance. */
export function activeTakenUpSpeaker(ctx: Ctx, lex: StatementLexicon): { phrase: SpeakerPhrase; anchor: number; stance: Draft["stance"] } | undefined {
  // "Reed told the crowd:" leads the words that follow (colon-lead.ts).
  if (ctx.quotes.length > 0 || /:\s*$/.test(ctx.text)) return undefined;
  const anchors = findAnchors(ctx, lex);
  if (anchors.length !== 1 || anchors[0].participle) return undefined;
  const [anchor] = anchors;
  // "Both denied the claims", "Lima condemned it": a verb with a stance of its own has its own words; one that
  // tells or confirms gives the sentence before.
  if (anchor.verb.stance !== "other" && anchor.verb.stance !== "confirm") return undefined;
  // "The army did not confirm this": no words are given to it.
  if (isNegated(ctx, ctx.tokens[anchor.token].start, lex)) return undefined;
  const end = proseEnd(ctx);
  if (!onlyTakesUp(ctx, anchor.end, end, ctx.words.addresseeVerbs.has(anchor.verb.lemma))) return undefined;
  const phrase = subjectBefore(ctx, anchor.token, lex)?.phrase;
  // The subject opens the sentence: "Officials in Lima, who saw the site, confirmed this" is one clause.
  if (!phrase || ctx.text.slice(0, phrase.start - ctx.sentence.start).trim() !== "") return undefined;
  if (!plausibleSpeaker(analysedPhrase(ctx.phrases, phrase.text, lex), lex)) return undefined;
  return { phrase, anchor: ctx.tokens[anchor.token].start, stance: anchor.verb.stance };
}

/**
 * Whether the words after the verb are only a taking-up object ("this", "the figure") or, for a verb
 * of telling, only its addressee, with dates and channels around them.
 */
function onlyTakesUp(ctx: Ctx, from: number, end: number, telling: boolean): boolean {
  let pos = skipTimes(ctx, from, end);
  // "told Reuters": the addressee is a channel, stepped over with the dates.
  if (pos >= end) return telling;
  const object = ctx.words.takenUpObject.exec(ctx.text.slice(pos, end));
  if (object) pos = skipTimes(ctx, pos + object[0].length, end);
  else if (telling) {
    const addressed = addresseeEnd(ctx, skipSpace(ctx, pos), end);
    if (addressed === undefined) return false;
    // "told reporters on Monday", not "briefed lawmakers on a new law": the addressee ends at a preposition, a time may follow.
    pos = skipTimes(ctx, Math.min(addressed, prepositionAfter(ctx, pos, addressed)), end);
  } else return false;
  return pos >= end;
}

/** The first preposition in [from, to), else `to`. */
function prepositionAfter(ctx: Ctx, from: number, to: number): number {
  for (let i = tokenAt(ctx, from); i < ctx.tokens.length && ctx.tokens[i].start < to; i++) if (ctx.tokens[i].start >= from && ctx.tokens[i].pos === "ADP") return ctx.tokens[i].start;
  return to;
}

function skipSpace(ctx: Ctx, pos: number): number {
  while (/\s/.test(ctx.text[pos] ?? "")) pos++;
  return pos;
}

/** Past spaces, dates and channels ("on Monday", "in a statement"). */
function skipTimes(ctx: Ctx, pos: number, end: number): number {
  for (let guard = 0; guard < 4 && pos < end; guard++) {
    pos = skipSpace(ctx, pos);
    const skipped = skipChannelOrDate(ctx, pos);
    if (skipped === undefined || skipped <= pos) break;
    pos = skipped;
  }
  return skipSpace(ctx, pos);
}

