/**
 * One sentence prepared for reading statements: its quotes, dates, channels and actors, its
 * tokens (read lazily from the analysis layer), and the small readers every step shares.
 */
import { findChannels, type ChannelSpan } from "../attribution.ts";
import { type ActorMention } from "../actors.ts";
import { findDates, type DateMention } from "../dates.ts";
import { sentenceDateExpressions, sentenceDates, type ArticleDoc } from "../document.ts";
import { findQuotes, type QuoteSpan } from "../quotes.ts";
import { analysePhrase, type Analysed, type SpeakerPhrase } from "../speakers.ts";
import { type SpeechVerb, type Stance, type StatementLexicon } from "../statement-lexicon.ts";
import { type Sentence } from "../text.ts";
import { type Subject } from "./subjects.ts";
import { accordingToAny } from "./according.ts";
import { cueWords, holdsCue } from "./cue-words.ts";
import type { SentenceReading } from "../analysis/index.ts";
import { statementTokens, type Token } from "./tokens.ts";
import type { StatementWords } from "./words.ts";

export type { Token } from "./tokens.ts";

/** Sentences longer than this are not prose (a scraping accident); they are not searched. */
export const MAX_SENTENCE = 4000;

/** One sentence, prepared: tokens, quotes, dates, channels and actors, offsets relative to the sentence. */
export interface Ctx {
  sentence: Sentence;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  quoted: Uint8Array;
  dates: DateMention[];
  channels: ChannelSpan[];
  mentions: readonly ActorMention[];
  /** Whether the sentence may hold a speech verb or noun (see cue-words.ts): else its tokens are never read. */
  mayHoldCue: boolean;
  /** Where the prose ends (see proseEnd), once found. */
  proseEnd?: number;
  /** The subject before each speech verb token (see subjectBefore), once found: it is asked for up to three times. */
  subjects: Map<number, Subject | undefined>;
  /** The article's speaker phrases analysed so far. */
  phrases: PhraseAnalyses;
  /** The function words an attribution is read with. */
  words: StatementWords;
}

/**
 * Analyses of speaker phrases by their text, for one article. A phrase is analysed when
 * its verb is read, and again when its speaker is resolved; analysis depends only on the
 * text (and the lexicon), and the results are only read.
 */
export type PhraseAnalyses = Map<string, Analysed>;

export function analysedPhrase(phrases: PhraseAnalyses, text: string, lex: StatementLexicon): Analysed {
  let a = phrases.get(text);
  if (!a) phrases.set(text, (a = analysePhrase({ text, start: 0, end: 0 }, lex)));
  return a;
}

export type Range = [number, number];

/** A statement found in a sentence, before its speaker is resolved. */
export interface Draft {
  ctx: Ctx;
  /** The speaker phrase, or "previous" for a quote that carries on the last speaker's words. */
  phrase?: SpeakerPhrase;
  previousSpeaker?: boolean;
  /** Offset of the anchor (verb or noun) in the sentence, to pick the nearest date. */
  anchor: number;
  ranges: Range[];
  /** Spans that are attribution (outside the content) where dates and channels count. */
  attribution: Range[];
  stance: Stance;
  negated: boolean;
  via: string;
  /** The object of an object verb ("accused North Korea …") for the target. */
  objectStart?: number;
  /** The object of a request and the times said with it, before its infinitive ("urged Chile on Friday to …"): its date is the statement's. */
  requestObject?: Range;
  /** Statements inside another's attribution take that speaker as channel ("data … that shows", analysed by the Post). */
  viaDraft?: Draft;
  /** Relayed by a pronoun ("She added that Ruiz has warned …"): the channel is the speaker before. */
  viaPrevious?: boolean;
  /** Quotations in the next sentences that carry on this statement's words. */
  continued?: Array<{ ctx: Ctx; range: Range }>;
  /** Extra sentences a run-on quote covers, for the evidence. */
  evidenceEnd?: number;
  nominal: boolean;
  /** True when the content is a "that" clause after the verb. */
  thatClause?: boolean;
  /** An act told with a verb of saying ("announced a new package"): no statement, but it dates and places its speaker's occasion. */
  occasionOnly?: boolean;
  /** A sentence of a statement printed whole (printed.ts): the issuer's own words. */
  printed?: boolean;
  /** An aside after the words ("…, as reported by TASS") that relays them when they name their own speaker. */
  relaysAside?: boolean;
}

/**
 * Lets go of what only finding the statements reads (tokens, subjects, the quote marks per
 * character); the rows read the rest. A draft keeps its sentence's Ctx until the article's
 * rows are made, so what stays is what the rows need, a few hundred bytes a sentence.
 */
export function releaseTokens(ctx: Ctx): void {
  if (ctx instanceof PreparedSentence) ctx.release();
  else {
    ctx.tokens = [];
    ctx.subjects.clear();
  }
}

export const OPEN_MARKS = "“\"‘«";
export const CLOSE_MARKS = "”\"’'»";

export function prepare(sentence: Sentence, doc: ArticleDoc, lex: StatementLexicon, runsOn: boolean | string, phrases: PhraseAnalyses): Ctx {
  const ctx = new PreparedSentence(sentence, doc, lex, runsOn, phrases);
  const dates = ctx.dates.map((d) => ({ start: d.start - sentence.start, end: d.end - sentence.start }));
  // "according to a provincial government announcement": a description the data's channels end at
  // its head runs on into the noun it modifies; the general reading takes the whole phrase.
  if (ctx.channels.some((c) => c.according && !c.media && nounAfter(ctx, c.end))) ctx.channels = ctx.channels.filter((c) => !(c.according && !c.media && nounAfter(ctx, c.end)));
  const according = accordingToAny(ctx.text, ctx.quoted, ctx.channels, proseEnd(ctx), dates, lex);
  if (according.length > 0) ctx.channels = [...ctx.channels, ...according].sort((a, b) => a.start - b.start);
  return ctx;
}

/** Whether the word right after `pos` (one space on) is a common noun. */
function nounAfter(ctx: Ctx, pos: number): boolean {
  const next = ctx.tokens[tokenAt(ctx, pos)];
  return !!next && next.start === pos + 1 && next.pos === "NOUN";
}

/** The one empty list that every sentence without quotes, dates or channels holds. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * A list a draft keeps until the article's rows are made: the shared empty list when empty
 * (an empty array of its own is 16 bytes, or over 100 with the room a push leaves).
 */
function kept<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list;
}

/**
 * The sentence's dates that can date a statement: not inside quotes, nor inside a word ("Min-jun" is
 * not June). The article's own list when all of them can (most sentences), not a copy.
 */
function statementDates(doc: ArticleDoc, sentence: Sentence, quoted: Uint8Array): DateMention[] {
  const all = doc.published ? (sentenceDates(doc, sentence) as DateMention[]) : withUndatedSpans(doc, sentence);
  const text = sentence.text;
  const usable = (d: DateMention) => !quoted[d.start - sentence.start] && !/[\p{L}-]/u.test(text[d.start - sentence.start - 1] ?? "");
  return all.every(usable) ? all : kept(all.filter(usable));
}

/**
 * An undated article's date mentions, with the spans of the dates it cannot resolve ("on June 1",
 * "on Monday", "last week") as mentions without a date: the readers skip them between a speaker
 * and the verb ("A Treasury statement on June 1 said …") as they do where the article is dated,
 * and no row takes its date from them (pickDate reads only dated mentions).
 */
function withUndatedSpans(doc: ArticleDoc, sentence: Sentence): DateMention[] {
  const dated = sentenceDates(doc, sentence) as DateMention[];
  const expressions = sentenceDateExpressions(sentence);
  if (expressions.length === 0) return dated;
  const spans = findDates(sentence.text, UNDATED_REFERENCE, sentence.start, expressions, doc.dateCues);
  // Days and months named ("on June 1", "on Monday"), not times told from now ("this week"), which may sit inside a phrase.
  const named = spans.filter((u) => !RELATIVE_WORDS.test(u.text));
  const undated = named.filter((u) => !dated.some((d) => d.start < u.end && u.start < d.end)).map((u) => ({ ...u, date: "", dateEnd: "", lastDay: "" }));
  return undated.length === 0 ? dated : [...dated, ...undated].sort((a, b) => a.start - b.start);
}

/** Words of a date told from the day of writing. */
const RELATIVE_WORDS = /\b(?:last|this|next|past|coming|ago|earlier|later|yesterday|today|tonight|tomorrow)\b/i;

/** Any day serves to find the spans of relative dates; their dates are dropped. */
const UNDATED_REFERENCE = "2000-06-15";

/** The tokens of a released sentence: one frozen empty list for all, not one per sentence. */
const NO_TOKENS: Token[] = Object.freeze([]) as unknown as Token[];

/**
 * A class rather than an object literal with a getter: drafts keep their sentence's Ctx
 * until the article's rows are made, and a literal with accessors is kept as a dictionary
 * (about 600 bytes more per sentence, a few hundred megabytes in a long article).
 */
class PreparedSentence implements Ctx {
  readonly text: string;
  readonly quotes: QuoteSpan[];
  readonly dates: DateMention[];
  channels: ChannelSpan[];
  readonly mentions: readonly ActorMention[];
  readonly mayHoldCue: boolean;
  proseEnd?: number = undefined;
  readonly words: StatementWords;
  private reading: SentenceReading | undefined;
  private readTokens: Token[] | undefined = undefined;
  private quoteMarks: Uint8Array | undefined = undefined;
  private foundSubjects: Map<number, Subject | undefined> | undefined = undefined;
  private released = false;

  constructor(
    readonly sentence: Sentence,
    doc: ArticleDoc,
    lex: StatementLexicon,
    runsOn: boolean | string,
    readonly phrases: PhraseAnalyses,
  ) {
    const text = (this.text = sentence.text);
    this.quotes = kept(findQuotes(text, { runsOn }));
    const quoted = this.quoted;
    this.reading = doc.reading.of(sentence);
    // Inside quotes, or inside a word ("Min-jun" is not June), a date does not date the statement.
    this.dates = statementDates(doc, sentence, quoted);
    this.channels = kept(findChannels(text, quoted, lex));
    this.mayHoldCue = holdsCue(this.reading.words, cueWords(lex));
    this.mentions = this.reading.actors;
    this.words = lex.words;
  }

  /** The words are read (and kept by the analysis layer) only for a sentence that may hold a speech verb or noun. */
  get tokens(): Token[] {
    return (this.readTokens ??= statementTokens(this.reading!.words, this.text, this.sentence.start));
  }

  set tokens(value: Token[]) {
    this.readTokens = value;
  }

  /** 1 for each character inside a quotation (from `quotes`); after release made anew each time, not kept. */
  get quoted(): Uint8Array {
    if (this.quoteMarks) return this.quoteMarks;
    const marks = new Uint8Array(this.text.length + 1);
    for (const q of this.quotes) marks.fill(1, q.open, q.close);
    if (!this.released) this.quoteMarks = marks;
    return marks;
  }

  /** Made on first use: most sentences never ask for a subject. */
  get subjects(): Map<number, Subject | undefined> {
    if (this.released) return (this.foundSubjects ?? new Map());
    return (this.foundSubjects ??= new Map());
  }

  /** Lets go of the tokens, subjects, quote marks and the reading (see releaseTokens). */
  release(): void {
    this.released = true;
    this.readTokens = NO_TOKENS;
    this.quoteMarks = undefined;
    this.foundSubjects = undefined;
    this.reading = undefined;
  }
}

export interface Anchor {
  token: number;
  end: number;
  verb: SpeechVerb;
  participle: boolean;
}

/** Whether a position lies in one of the ranges. */
export function inRange(ranges: Range[], pos: number): boolean {
  return ranges.some(([s, e]) => pos >= s && pos < e);
}

/** Whether [start, end] lies wholly inside one of the ranges. */
export function withinRange(ranges: Range[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

/** Index of the token starting at or after a position. */
export function tokenAt(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const dateAt = (ctx: Ctx, pos: number) => ctx.dates.find((d) => d.start - ctx.sentence.start <= pos && d.end - ctx.sentence.start > pos);
export const dateEndingAt = (ctx: Ctx, end: number) => ctx.dates.find((d) => d.end - ctx.sentence.start === end);
export const channelAt = (ctx: Ctx, pos: number) => ctx.channels.find((c) => c.start <= pos && c.end > pos);

/** How many words a time told relative to the story may take ("earlier this month", "two days ago"). */
const MAX_RELATIVE_TIME_WORDS = 4;

/** The first token of a time told relative to the story that ends with token `end` ("last week"), or -1. */
export function relativeTimeEndingAt(ctx: Ctx, end: number): number {
  const { tokens, text } = ctx;
  for (let k = end; k >= 0 && end - k < MAX_RELATIVE_TIME_WORDS; k--) {
    const m = ctx.words.relativeTime.exec(text.slice(tokens[k].start, tokens[end].end));
    if (m && tokens[k].start + m[0].length === tokens[end].end) return k;
  }
  return -1;
}

/** Where a channel or a date standing at `pos` ends, so a reader can step over it; else undefined. */
export function skipChannelOrDate(ctx: Ctx, pos: number, { according = true } = {}): number | undefined {
  const channel = channelAt(ctx, pos);
  if (channel && (according || !channel.according)) return channel.end;
  // "announced Friday (December 26, 2025) a set of …": a date in brackets restates the time.
  const bracketed = ctx.text[pos] === "(" ? dateAt(ctx, pos + 1) : undefined;
  if (bracketed && ctx.text[bracketed.end - ctx.sentence.start] === ")") return bracketed.end - ctx.sentence.start + 1;
  const date = dateAt(ctx, pos);
  const relative = date ? undefined : ctx.words.relativeTime.exec(ctx.text.slice(pos, pos + 40));
  // "Friday morning", "on Monday night": a part of the day after a date is the same time.
  const part = date ? ctx.words.dayPartAfter.exec(ctx.text.slice(date.end - ctx.sentence.start, date.end - ctx.sentence.start + 12)) : null;
  const end = date ? date.end - ctx.sentence.start + (part?.[0].length ?? 0) : relative ? pos + relative[0].length : undefined;
  // "last year's fee …": a possessive time opens a noun phrase, it is no time of the act.
  return end !== undefined && !/^['’]s\b/.test(ctx.text.slice(end, end + 3)) ? end : undefined;
}

/** A photo or reporter credit closing a sentence: "(Yonhap)". */
export const CREDIT = /\s*\(\s*\p{Lu}[\p{L} ]*\)\s*$/u;

/** The text without a closing credit; the pattern is tried only when the text has a parenthesis. */
export function withoutCredit(text: string): string {
  return text.includes("(") ? text.replace(CREDIT, "") : text;
}

/** The end of the sentence's prose: before a final period outside quotes and any credit. */
export function proseEnd(ctx: Ctx): number {
  ctx.proseEnd ??= findProseEnd(ctx);
  return ctx.proseEnd;
}

export function findProseEnd(ctx: Ctx): number {
  let end = ctx.text.length;
  const credit = ctx.text.includes("(") ? CREDIT.exec(ctx.text) : null;
  if (credit) end = credit.index;
  while (end > 0 && /\s/.test(ctx.text[end - 1])) end--;
  if (".!?".includes(ctx.text[end - 1]) && !ctx.quoted[end - 1]) end--;
  return end;
}

/** Skips an opening quotation mark that never closes (a typo): it is not part of the words. */
export function skipStrayQuote(ctx: Ctx, pos: number): number {
  while (pos < ctx.text.length && /\s/.test(ctx.text[pos])) pos++;
  if (OPEN_MARKS.includes(ctx.text[pos]) && !ctx.quotes.some((q) => q.open === pos)) pos++;
  return pos;
}

/**
 * Whether text before an attribution ends on a comma or a closing mark, also a left mark a page
 * wrote where its quotation closes ('“We fought bravely,“ Ruiz said').
 */
export function endsOnClosing(ctx: Ctx, before: string): boolean {
  return /[,”"’'»]$/.test(before) || (before.endsWith("“") && ctx.quotes.some((q) => q.close === before.length));
}

/** Where content ends before an attribution whose text starts after `end` (a comma or a closing mark). */
export function contentBoundary(ctx: Ctx, end: number): number {
  const text = ctx.text;
  const c = text[end - 1];
  if (c === "," || c === ";") return end - 1;
  // A left mark a page wrote where its quotation closes ('“We fought bravely,“ Ruiz said') closes it all the same.
  if ((CLOSE_MARKS.includes(c) || c === "“") && ctx.quotes.some((q) => q.close === end)) return end;
  // "… troops in the war — more than double the last count — the agency told lawmakers": a dash
  // ends the words, before the aside that a pair of dashes holds.
  if (c === "—" || c === "–") {
    const open = text.lastIndexOf(c, end - 2);
    return text.slice(0, open > 0 ? open : end - 1).trimEnd().length;
  }
  return -1;
}


/** How far before a verb its negation is looked for: "neither Lima nor the rebel command has …". */
const NEGATION_REACH = 90;

/** Whether the verb is negated ("did not deny", "was unable to confirm", "neither X nor Y has confirmed"). */
export function isNegated(ctx: Ctx, verbStart: number, lex: StatementLexicon): boolean {
  return lex.negation.test(ctx.text.slice(Math.max(0, verbStart - NEGATION_REACH), verbStart));
}

export function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s,]/.test(text[end - 1])) end--;
  return end;
}
