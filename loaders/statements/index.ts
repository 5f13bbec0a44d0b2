/**
 * Statements: who said what, direct or reported, with stance.
 *
 * Per sentence, speech verbs outside quotation marks anchor statements. An anchor either
 * closes its content ("…, the Washington Post reported on Saturday"; '"…," said Kirby')
 * or opens it ("Kirby said the U.S. has …"; "accused North Korea of …"). Nouns of speech
 * add statements of their own ("comments by the Pentagon that …", "its denials"), and
 * "according to X" gives a speaker or a channel. Speakers are then resolved over the
 * whole article (loaders/speakers.ts), and dates and channels carry over to the other
 * sentences that report the same speaker's occasion.
 */
import { codePointLength, isLetterOrDigitAt } from "../actors.ts";
import { type ArticleDoc } from "../document.ts";
import { sharedStatementLexicon, type StatementLexicon } from "../statement-lexicon.ts";
import { type RowOf, STATEMENTS } from "../schema.ts";
import { quoteRunsOn, type RunOn, type Sentence } from "../text.ts";
import { sentenceDrafts } from "./frames.ts";
import { labelledSpeech, opensQuotedTurn } from "./labelled.ts";
import { bulletDraft, type ColonLead, colonLead, colonLeadDraft, listGoesOn } from "./colon-lead.ts";
import { issuerOf, printedOpening } from "./printed.ts";
import { readVoice, type Voice, type VoicePlace, voiceTitle } from "./own-voice.ts";
import { bareAttribution, endsAsking, splitAttributionDraft } from "./split-attribution.ts";
import { isQuoteOnly, isQuoteRange } from "./quotes.ts";
import { takenUpDraft, takenUpFromState, takenUpSpeaker, type Untold } from "./taken-up.ts";
import { activeTakenUpSpeaker } from "./taken-up-active.ts";
import { postSignature, signedPostDraft } from "./post-signature.ts";
import { normaliseWords, toRows } from "./rows.ts";
import { type Ctx, type Draft, MAX_SENTENCE, type PhraseAnalyses, type Range, prepare, proseEnd, releaseTokens } from "./sentence.ts";

/** A row of the statements table (its schema is in loaders/schema.ts). */
export type StatementRow = RowOf<typeof STATEMENTS>;

/** Statements of one article. */
export function extractStatements(doc: ArticleDoc, lexicon: StatementLexicon = sharedStatementLexicon()): StatementRow[] {
  const drafts: Draft[] = [];
  const phrases: PhraseAnalyses = new Map();
  const sentences = doc.sentences;
  const headline = normaliseWords(doc.meta?.title ?? "");
  const carry: Carry = {};
  sentences.forEach((sentence, i) => {
    if (sentence.text.length > MAX_SENTENCE) return;
    // A headline repeats the body's lead in telegraphic form; the body sentence is the statement,
    // unless the headline names its speaker before a colon ("Pence: …").
    const isHeadline = (!!headline && sameWords(sentence.text, headline)) || headlineLine(sentences, i, lexicon);
    const ctx = prepare(sentence, doc, lexicon, quotationRunsOn(doc, i), phrases);
    // A title over a document in its speaker's voice opens that voice (own-voice.ts).
    const titled = voiceTitle(sentences, i, ctx.words);
    if (titled) {
      carry.voice = titled;
      releaseTokens(ctx);
      return;
    }
    const labelled = carryTurn(carry, ctx, labelledSpeech(ctx, lexicon, doc.article.raw));
    if (isHeadline) {
      // Another story's headline ends the voice.
      if (carry.voice) carry.voice = readVoice(ctx, carry.voice, [], ctx.words, { first: false, heading: true });
      if (labelled) drafts.push(labelled);
      return;
    }
    // "has not confirmed sending troops", "have not said whether …": a non-comment is no statement.
    // "did not deny that talks had taken place" still reports a clause: it stays, with no stance.
    // A page cut mid-sentence ("… was taking place at an im"): no statement of the missing words.
    const cutAt = i === sentences.length - 1 ? cutEnd(sentence.text) : undefined;
    // "… This was stated by Ana Torres.": the sentence before, which named no speaker, is hers.
    const untold = carry.untold?.ctx.sentence.index === i - 1 ? carry.untold : undefined;
    carry.untold = undefined;
    // "… pic.twitter.com/xyz — Ana Ruiz (@anaruiz) May 4, 2025": an embedded post's words are its signer's.
    const signature = postSignature(ctx);
    // Its words before the signature's line may have read as a headline (a line with no stop): read again.
    const before = signature && !untold && i > 0 ? prepare(sentences[i - 1], doc, lexicon, false, phrases) : undefined;
    const signed = signature && signedPostDraft(ctx, signature, untold ?? (before && { ctx: before, end: proseEnd(before) }));
    if (signed) {
      drafts.push(signed);
      releaseTokens(ctx);
      return;
    }
    // "… A laboratory in Chile confirmed this.": the active taking up, whose verb gives no words of its own.
    const active = untold ? activeTakenUpSpeaker(ctx, lexicon) : undefined;
    const takenUp = takenUpSpeaker(ctx, lexicon) ?? active;
    if (untold && takenUp) drafts.push(takenUpDraft(untold, takenUp));
    else if (takenUp) takenUpFromState(drafts, ctx, takenUp, lexicon);
    const found = sentenceDrafts(ctx, lexicon).filter((d) => (d.nominal || !d.negated || d.thatClause) && (cutAt === undefined || keepsBeforeCut(d, cutAt)) && d.anchor !== active?.anchor);
    if (labelled) found.unshift(labelled);
    const previous = () => speakerJustBefore(drafts, sentences, i, ctx);
    if (fromBefore(ctx, carry, found, drafts, lexicon, { first: sentences[i - 1]?.paragraph !== sentence.paragraph, heading: false, labelled, previous, gap: i > 0 ? doc.article.raw.slice(sentences[i - 1].end, sentence.start) : "" })) {
      releaseTokens(ctx);
      return;
    }
    if (cutAt !== undefined) found.splice(0, found.length, ...found.filter((d) => keepsBeforeCut(d, cutAt)));
    keepDrafts(ctx, found, { drafts, carry, lexicon, takenUp: !!takenUp, cut: cutAt !== undefined });
  });
  return toRows(drafts, doc, lexicon, phrases);
}

/**
 * A transcript's turn printed inside a quotation mark left open ('"PENCE: Well, … . But …'): the
 * paragraph's next sentences carry on the labelled speaker's words, direct (labelled.ts opensQuotedTurn).
 */
function carryTurn(carry: Carry, ctx: Ctx, labelled: Draft | undefined): Draft | undefined {
  const turn = carry.turn;
  if (turn && !labelled && turn.ctx.sentence.paragraph === ctx.sentence.paragraph) {
    (turn.continued ??= []).push({ ctx, range: [0, proseEnd(ctx)] });
    turn.evidenceEnd = ctx.sentence.end;
    return labelled;
  }
  carry.turn = labelled && opensQuotedTurn(ctx, labelled) ? labelled : undefined;
  if (carry.turn) carry.turn.printed = true;
  return labelled;
}

/** Whether a quotation left open in sentence `i` runs on, as the sentence splitter read it (text.ts quoteRunsOn): only past a paragraph's end. */
function quotationRunsOn(doc: ArticleDoc, i: number): RunOn {
  const [sentence, next] = [doc.sentences[i], doc.sentences[i + 1]];
  if (next && next.paragraph === sentence.paragraph) return false;
  return quoteRunsOn(doc.article.raw, sentence.start, next && [next.start, next.end]);
}

/** What a sentence's drafts leave to the article: a colon's lead, a quotation carried on, a sentence whose speaker comes after. */
function keepDrafts(ctx: Ctx, found: Draft[], { drafts, carry, lexicon, takenUp, cut }: { drafts: Draft[]; carry: Carry; lexicon: StatementLexicon; takenUp: boolean; cut: boolean }): void {
  // "He said:" closing a paragraph: the quotation that opens the next is his.
  const lead = carry.colon;
  carry.colon = colonLead(ctx, lexicon);
  // "Reed told the crowd:": whom and where it was said is no content of its own.
  if (carry.colon) found.splice(0, found.length, ...found.filter((d) => d.ranges.some(([s]) => s < carry.colon!.verbEnd)));
  // The rows read only the sentence's text, quotes, dates, channels and actors: its tokens go now,
  // so that the drafts of a long article stay light.
  // A sentence that itself names whose words came before ("The statement was made by …") tells nothing new.
  const told = found.length === 0 && !takenUp && !isQuoteOnly(ctx) ? { ctx, end: proseEnd(ctx) } : undefined;
  // "Ruiz told reporters:" over a list: each line's words are the lead's speaker's.
  const listed = lead && found.length === 0 ? bulletDraft(ctx, lead, proseEnd(ctx)) : undefined;
  releaseTokens(ctx);
  const led = lead && found.length === 0 && isQuoteOnly(ctx) ? colonLeadDraft(ctx, lead, cut) : undefined;
  if (led) {
    drafts.push(led);
    carry.colon = listGoesOn(ctx, lead!) ?? carry.colon;
    return;
  }
  if (listed) {
    drafts.push(listed.draft);
    carry.colon = listed.lead;
    return;
  }
  if (found.length === 0 && isQuoteOnly(ctx) && carriesOnQuotation(drafts, ctx, ctx.sentence)) {
    // '“Why …?” Vitter demanded.': a question carried on may yet be given its own speaker by the next sentence.
    if (endsAsking(ctx)) carry.asked = ctx;
    return;
  }
  if (found.length === 0 && isQuoteOnly(ctx) && endsAsking(ctx)) carry.asked = ctx;
  carry.untold = told;
  drafts.push(...found);
}

/**
 * A quotation with no attribution carries on the previous statement's words, also over a
 * paragraph break (a quote whose first paragraph leaves its mark open). Whether it did.
 */
function carriesOnQuotation(drafts: Draft[], ctx: Ctx, sentence: Sentence): boolean {
  const last = drafts[drafts.length - 1];
  const lastSentence = last?.continued?.length ? last.continued[last.continued.length - 1].ctx.sentence : last?.ctx.sentence;
  if (!last || !lastSentence || last.nominal || lastSentence.index !== sentence.index - 1) return false;
  if (!last.ranges.every((r) => isQuoteRange(last.ctx, r)) || sentence.paragraph - lastSentence.paragraph > 1) return false;
  // Appended in place: a long run of quoted sentences stays linear.
  (last.continued ??= []).push(...ctx.quotes.map((q) => ({ ctx, range: [q.open, q.close] as Range })));
  last.evidenceEnd = sentence.end;
  return true;
}

/** Takes the quotation `asked` off the statement it was carried onto, when a bare attribution after it names its own speaker. */
function takeBackCarried(drafts: Draft[], asked: Ctx): void {
  const last = drafts[drafts.length - 1];
  if (!last?.continued?.some((c) => c.ctx === asked)) return;
  last.continued = last.continued.filter((c) => c.ctx !== asked);
  last.evidenceEnd = last.continued.length > 0 ? last.continued[last.continued.length - 1].ctx.sentence.end : undefined;
}

/** The speaker the sentence before named: its statement's, or the issuer of a document it tells of. */
function speakerJustBefore(drafts: Draft[], sentences: readonly Sentence[], i: number, ctx: Ctx) {
  const last = drafts[drafts.length - 1];
  return (last?.ctx.sentence.index === i - 1 ? last.phrase : undefined) ?? (i > 0 ? issuerOf(sentences[i - 1], ctx.words) : undefined);
}

/** What a sentence leaves for the next ones to read. */
interface Carry {
  /** The speaker of a document printed in its own voice (own-voice.ts), from the line that opens it on. */
  voice?: Voice;
  /** A paragraph's closing attribution and colon ("He said:"), whose words the next sentence quotes. */
  colon?: ColonLead;
  /** A quotation asked or exclaimed with no attribution yet ('“Will it reopen?”'), which the next sentence may give. */
  asked?: Ctx;
  /** A sentence that named no speaker, which the next may take up ("This was stated by …", taken-up.ts). */
  untold?: Untold;
  /** A transcript's turn in a quotation mark left open, which the paragraph's next sentences carry on. */
  turn?: Draft;
}

/**
 * What the sentences before make of this one: the attribution the splitter cut off after a quotation
 * ('“Will the quay reopen?” Lena Voss asked.': true, the sentence is used up), or a sentence of a
 * statement printed whole (added to `found`).
 */
function fromBefore(ctx: Ctx, carry: Carry, found: Draft[], drafts: Draft[], lexicon: StatementLexicon, place: VoicePlace): boolean {
  const waiting = carry.asked;
  carry.asked = undefined;
  // The bare attribution may end in a participle ("Lena Voss asked, looking at the crowd."), read as words of its own: it is used up all the same.
  if (waiting && waiting.sentence.index === ctx.sentence.index - 1 && waiting.sentence.paragraph === ctx.sentence.paragraph) {
    const bare = bareAttribution(ctx, lexicon);
    if (bare) {
      takeBackCarried(drafts, waiting);
      drafts.push(splitAttributionDraft(waiting, bare));
      return true;
    }
  }
  const opening = printedOpening(ctx);
  if (opening) carry.voice = { speaker: opening, started: true, via: "" };
  else if (found.length > 0 || !isQuoteOnly(ctx)) carry.voice = readVoice(ctx, carry.voice, found, ctx.words, place);
  return false;
}

/** A headline has at most this many words. */
const MAX_HEADLINE_WORDS = 25;

/**
 * Whether sentence `i` is a headline the page prints in its text (its own, a section's, a related
 * story's: "Ostburg says it sank two ferries"): a line of its own, without the stop a sentence ends
 * with, and not the page's last line (a page cut mid-sentence ends so too).
 */
export function headlineLine(sentences: readonly Sentence[], i: number, lex: StatementLexicon): boolean {
  const s = sentences[i];
  const next = sentences[i + 1];
  if (!next || next.paragraph === s.paragraph || sentences[i - 1]?.paragraph === s.paragraph) return false;
  const text = s.text.trim();
  const words = text.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS || !/^[\p{Lu}\p{N}]/u.test(text) || /[.!?…:;"”»’')\]]$/u.test(text)) return false;
  // A line broken inside a sentence ends on a function word ("… to the port city of").
  const last = words[words.length - 1];
  return !(last === last.toLowerCase() && (lex.words.clauseStops.has(last) || lex.words.phraseFunctionWords.has(last)));
}

/**
 * Where the text of a sentence cut off mid-way ends (the last sentence of a page stored up to
 * a length), or undefined when it ends as a sentence does: with a stop, a closing quotation
 * mark or bracket.
 */
export function cutEnd(text: string): number | undefined {
  const trimmed = text.trimEnd();
  return /[.!?…"”»’)\]]$/u.test(trimmed) ? undefined : trimmed.length;
}

/** How many words a statement's content must hold before a cut for the row to stand on them. */
export const WORDS_BEFORE_CUT = 10;

/**
 * Whether a draft stands on the words before a cut: content that runs into the cut keeps its
 * row, without the broken last word, only when it has said enough ("… had delivered more than
 * 1,000 containers … to bolster Russia's war against"), not when most of it is missing
 * ("said his visit was taking place at an im").
 */
function keepsBeforeCut(draft: Draft, cutAt: number): boolean {
  for (const range of draft.ranges) {
    if (range[1] < cutAt) continue;
    const content = draft.ctx.text.slice(range[0], range[1]);
    const words = content.split(/\s+/).filter(Boolean);
    // "said it sank the Arica, a Peruvian guided-missi": the clause ends at the comma, the cut falls in an apposition.
    // An apposition begun after it ("a Peruvian …"), not a word cut right after the comma ("…, w") nor a number ("20,0").
    const comma = content.lastIndexOf(", ");
    const begun = comma > 0 && content.slice(comma + 2).trim().split(/\s+/).length >= 2;
    if (words.length < WORDS_BEFORE_CUT && begun && clauseBefore(draft, range[0], range[0] + comma)) {
      range[1] = range[0] + comma;
      continue;
    }
    if (words.length < WORDS_BEFORE_CUT) return false;
    range[1] = range[0] + content.trimEnd().lastIndexOf(" ");
  }
  return true;
}

/** How many words a clause before a comma needs to stand alone before a cut ("it sank the Arica,"). */
const MIN_CLAUSE_WORDS = 4;

/** Whether the words between `start` and `end` make a clause: enough words, one of them a verb. */
function clauseBefore(draft: Draft, start: number, end: number): boolean {
  const tokens = draft.ctx.tokens.filter((t) => t.start >= start && t.end <= end && t.word);
  return tokens.length >= MIN_CLAUSE_WORDS && tokens.some((t) => t.pos === "VERB");
}

/**
 * Whether `normaliseWords(text) === words`, read only as far as they agree: every sentence
 * is compared with the headline, and nearly all differ in their first words.
 */
function sameWords(text: string, words: string): boolean {
  const lower = text.toLowerCase();
  let k = 0;
  let gap = false;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    const length = codePointLength(lower, i, code);
    if (!isLetterOrDigitAt(lower, i, code)) gap = true;
    else {
      // A run after the first one is joined by a space.
      if (gap && k > 0) {
        if (words[k] !== " ") return false;
        k++;
      }
      gap = false;
      if (words.charCodeAt(k) !== code || (length === 2 && words.charCodeAt(k + 1) !== lower.charCodeAt(i + 1))) return false;
      k += length;
    }
    i += length;
  }
  return k === words.length;
}
