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
import { codePointLength, isLetterOrDigitAt, joinCodes, wordSpans, type ActorMention } from "./actors.ts";
import { findDates, type DateMention } from "./dates.ts";
import { sentenceDates, type ArticleDoc } from "./document.ts";
import { findSpeechFrames } from "./speech-frames.ts";
import { findQuotes, quoteText, type QuoteSpan } from "./quotes.ts";
import { analysePhrase, articlePeople, findLast, resolveSpeaker, stripDeterminer, type Analysed, type ResolvedSpeaker, type SpeakerHistory, type SpeakerPhrase } from "./speakers.ts";
import { sharedStatementLexicon, type SpeechVerb, type Stance, type StatementLexicon } from "./statement-lexicon.ts";
import { allMatches, escapeRegExp, type Sentence } from "./text.ts";

export interface StatementRow {
  statement_id: string;
  article_id: string;
  speaker: string;
  speaker_role: string;
  speaker_country: string;
  quote: string;
  kind: "direct" | "indirect" | "mixed";
  stance: "accuse" | "deny" | "condemn" | "warn" | "threaten" | "support" | "confirm" | "other";
  target: string;
  date: string;
  date_precision: string;
  via: string;
  evidence: string;
  char_start: number;
  char_end: number;
}

/** Sentences longer than this are not prose (a scraping accident); they are not searched. */
const MAX_SENTENCE = 4000;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

interface ChannelSpan {
  start: number;
  end: number;
  via: string;
  media: boolean;
  according: boolean;
}

/** One sentence, prepared: tokens, quotes, dates, channels and actors, offsets relative to the sentence. */
interface Ctx {
  sentence: Sentence;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  quoted: Uint8Array;
  dates: DateMention[];
  channels: ChannelSpan[];
  mentions: readonly ActorMention[];
  /** Where the prose ends (see proseEnd), once found. */
  proseEnd?: number;
  /** The subject before each speech verb token (see subjectBefore), once found: it is asked for up to three times. */
  subjects: Map<number, Subject | undefined>;
  /** The article's speaker phrases analysed so far. */
  phrases: PhraseAnalyses;
}

/**
 * Analyses of speaker phrases by their text, for one article. A phrase is analysed when
 * its verb is read, and again when its speaker is resolved; analysis depends only on the
 * text (and the lexicon), and the results are only read.
 */
type PhraseAnalyses = Map<string, Analysed>;

function analysedPhrase(phrases: PhraseAnalyses, text: string, lex: StatementLexicon): Analysed {
  let a = phrases.get(text);
  if (!a) phrases.set(text, (a = analysePhrase({ text, start: 0, end: 0 }, lex)));
  return a;
}

type Range = [number, number];

/** A statement found in a sentence, before its speaker is resolved. */
interface Draft {
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
  /** Statements inside another's attribution take that speaker as channel ("data … that shows", analysed by the Post). */
  viaDraft?: Draft;
  /** Quotations in the next sentences that carry on this statement's words. */
  continued?: Array<{ ctx: Ctx; range: Range }>;
  /** Extra sentences a run-on quote covers, for the evidence. */
  evidenceEnd?: number;
  nominal: boolean;
  /** True when the content is a "that" clause after the verb. */
  thatClause?: boolean;
}

/** Words ("Min-jun", "U.S", "Korea’s") and every other character but spaces, as /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|\S/gu finds them. */
function wordTokens(text: string): Token[] {
  const spans = wordSpans(text, true);
  const tokens: Token[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k];
    const end = spans[k + 1];
    const word = text.slice(start, end);
    // A token that starts with a letter or digit is a word; any other is one character.
    tokens.push({ text: word, lower: word.toLowerCase(), start, end, word: isLetterOrDigitAt(text, start, text.charCodeAt(start)) });
  }
  return tokens;
}
const AUX = new Set(["has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do", "also", "further", "later", "again", "then", "earlier", "previously", "reportedly", "repeatedly", "already", "publicly", "separately", "recently", "now", "once", "not", "never", "too", "been", "be", "being", "could", "may", "might", "can", "should", "must", "declined", "refused", "failed", "unable", "to"]);
const CLAUSE_STOPS = new Set(["in", "on", "for", "last", "just", "even", "after", "before", "when", "while", "as", "but", "and", "earlier", "later", "since", "despite", "with", "from", "by", "to", "then", "meanwhile", "however", "also", "if", "although", "though", "because", "that", "which", "who", "whom", "where", "this", "these", "those", "it", "its", "his", "her", "their", "our", "so", "yet", "or", "nor", "during", "over", "under", "into", "about", "amid", "according"]);
const NP_FUNCTION = new Set(["of", "at", "for", "the", "a", "an", "and", "some"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const CUT_PARTICIPLES = new Set(["citing", "referring", "indicating", "analysing", "analyzing", "according", "adding", "noting", "saying", "while", "whereas", "but"]);
const ADD_PARTICIPLES = new Set(["adding", "noting", "saying"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]);
const OPEN_MARKS = "“\"‘";
const CLOSE_MARKS = "”\"’'";

/** Statements of one article. */
export function extractStatements(doc: ArticleDoc, lexicon: StatementLexicon = sharedStatementLexicon()): StatementRow[] {
  const drafts: Draft[] = [];
  const phrases: PhraseAnalyses = new Map();
  const sentences = doc.sentences;
  const headline = normaliseWords(doc.meta?.title ?? "");
  sentences.forEach((sentence, i) => {
    if (sentence.text.length > MAX_SENTENCE) return;
    // A headline repeats the body's lead in telegraphic form; the body sentence is the statement.
    if (headline && sameWords(sentence.text, headline)) return;
    const next = sentences[i + 1];
    const runsOn = !!next && next.paragraph !== sentence.paragraph && /^["“]/.test(next.text);
    const ctx = prepare(sentence, doc, lexicon, runsOn, phrases);
    // "has not confirmed sending troops", "have not said whether …": a non-comment is no statement.
    // "did not deny that talks had taken place" still reports a clause: it stays, with no stance.
    const found = sentenceDrafts(ctx, lexicon).filter((d) => d.nominal || !d.negated || d.thatClause);
    if (found.length === 0 && isQuoteOnly(ctx)) {
      // A quotation with no attribution carries on the previous statement's words,
      // also over a paragraph break (a quote whose first paragraph leaves its mark open).
      const last = drafts[drafts.length - 1];
      const lastSentence = last?.continued?.length ? last.continued[last.continued.length - 1].ctx.sentence : last?.ctx.sentence;
      if (last && lastSentence && !last.nominal && lastSentence.index === sentence.index - 1 && last.ranges.every((r) => isQuoteRange(last.ctx, r)) && sentence.paragraph - lastSentence.paragraph <= 1) {
        // Appended in place: a long run of quoted sentences stays linear.
        (last.continued ??= []).push(...ctx.quotes.map((q) => ({ ctx, range: [q.open, q.close] as Range })));
        last.evidenceEnd = sentence.end;
        return;
      }
    }
    drafts.push(...found);
  });
  return toRows(drafts, doc, lexicon, phrases);
}

/**
 * A text compared without case, quotation marks or punctuation: its runs of letters and
 * digits, lower-cased, joined by single spaces. The same as
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()`, scanned by hand, which
 * is twice as fast (it runs on every statement).
 */
function normaliseWords(text: string): string {
  const lower = text.toLowerCase();
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    if (isLetterOrDigitAt(lower, i, code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(lower.slice(start, i));
      start = -1;
    }
    i += codePointLength(lower, i, code);
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs.join(" ");
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

function prepare(sentence: Sentence, doc: ArticleDoc, lex: StatementLexicon, runsOn: boolean, phrases: PhraseAnalyses): Ctx {
  const text = sentence.text;
  const quotes = findQuotes(text, { runsOn });
  const quoted = new Uint8Array(text.length + 1);
  for (const q of quotes) quoted.fill(1, q.open, q.close);
  const tokens = wordTokens(text);
  // Inside quotes, or inside a word ("Min-jun" is not June), a date does not date the statement.
  const dates = sentenceDates(doc, sentence).filter((d) => !quoted[d.start - sentence.start] && !/[\p{L}-]/u.test(text[d.start - sentence.start - 1] ?? ""));
  const channels: ChannelSpan[] = [];
  for (const channel of lex.channels) {
    for (const m of allMatches(channel.pattern, text)) {
      const via = m.groups?.via;
      if (via === undefined || quoted[m.index]) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (channels.some((c) => start < c.end && end > c.start)) continue;
      // "told Russian Foreign Minister Sergey Lavrov": a person addressed is no channel.
      if (channel.media && isPersonAddressed(via, lex)) continue;
      channels.push({ start, end, via: channelName(via, channel.media, lex), media: channel.media, according: /^according/i.test(m[0]) });
    }
  }
  channels.sort((a, b) => a.start - b.start);
  return { sentence, text, tokens, quotes, quoted, dates, channels, mentions: doc.reading.of(sentence).actors, subjects: new Map(), phrases };
}

/** Whether a channel's words name a person (a title or a known person), not an outlet or an occasion. */
function isPersonAddressed(via: string, lex: StatementLexicon): boolean {
  const found = lex.gazetteer.find(via);
  if (found.some((m) => m.actor.kind === "media")) return false;
  return found.some((m) => m.actor.kind === "person") || via.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && lex.titleWords.has(w.toLowerCase()) && w.length > 3);
}

/** A channel as the table writes it: an outlet by its gazetteer name, others without their article. */
function channelName(via: string, media: boolean, lex: StatementLexicon): string {
  const text = stripDeterminer(via);
  if (media) {
    const found = lex.gazetteer.find(text);
    const outlet = found.find((m) => m.actor.kind === "media");
    if (outlet && found.length === 1) return outlet.actor.name;
  }
  return text;
}

const isQuoteRange = (ctx: Ctx, [s, e]: Range) => ctx.quotes.some((q) => q.open === s && q.close === e);

function isQuoteOnly(ctx: Ctx): boolean {
  if (ctx.quotes.length === 0) return false;
  let rest = ctx.text;
  for (const q of [...ctx.quotes].reverse()) rest = rest.slice(0, q.open) + rest.slice(q.close);
  return !/[\p{L}\p{N}]/u.test(rest.replace(/\(\s*\p{Lu}[\p{L} ]*\)\s*$/u, ""));
}

// ---------------------------------------------------------------------------------------
// Finding statements in a sentence

interface Anchor {
  token: number;
  end: number;
  verb: SpeechVerb;
  participle: boolean;
}

function sentenceDrafts(ctx: Ctx, lex: StatementLexicon): Draft[] {
  const anchors = findAnchors(ctx, lex);
  const drafts: Draft[] = [];
  const covered: Range[] = [];
  // Attributions that close their content first, so verbs inside that content are not read as speech.
  const modes = anchors.map((anchor) => ({ anchor, closing: closingAttribution(ctx, anchor, lex) }));
  for (const { anchor, closing } of modes) {
    if (!closing || inRange(covered, ctx.tokens[anchor.token].start)) continue;
    drafts.push(closing);
    covered.push([0, Math.max(...closing.attribution.map((r) => r[1]), ...closing.ranges.map((r) => r[1]))]);
  }
  for (let k = 0; k < modes.length; k++) {
    const { anchor, closing } = modes[k];
    if (closing) continue;
    const start = ctx.tokens[anchor.token].start;
    if (inRange(covered, start)) continue;
    const nextAnchor = modes.slice(k + 1).find((m) => !m.closing);
    const draft = openingAttribution(ctx, anchor, lex, drafts, nextAnchor?.anchor);
    if (!draft) continue;
    drafts.push(draft);
    for (const r of [...draft.ranges, ...draft.attribution]) covered.push(r);
    covered.push([start, anchor.end]);
  }
  // A speech frame names the speaker better than a verb read inside it ("cited … as saying", "condemned by").
  const relayed = framedStatements(ctx, lex);
  const kept = drafts.filter((d) => !relayed.some((r) => r.attribution.some(([s, e]) => [...d.attribution, ...d.ranges].some(([ds, de]) => ds < e && de > s))));
  kept.push(...relayed);
  kept.push(...accordingTo(ctx, lex, kept));
  kept.push(...nominalStatements(ctx, lex, kept));
  return kept;
}

/** "…, TASS cited Peskov as saying", "Putin was quoted by RIA as saying …", "… has been condemned by the U.S.": the speaker speaks, the outlet relays. */
function framedStatements(ctx: Ctx, lex: StatementLexicon): Draft[] {
  const out: Draft[] = [];
  for (const frame of findSpeechFrames(ctx.text, ctx.quoted, lex)) {
    let range: Range;
    if (frame.verb) {
      // "The transfer … has been condemned by the U.S.": the subject is what was condemned.
      range = [skipStrayQuote(ctx, 0), ctx.text.slice(0, frame.start).trimEnd().length];
    } else if (frame.contentBefore) {
      const boundary = contentBoundary(ctx, ctx.text.slice(0, frame.start).trimEnd().length);
      if (boundary < 0) continue;
      range = [skipStrayQuote(ctx, 0), boundary];
    } else {
      const from = frame.end + (/^\s*(?:that\b)?\s*/.exec(ctx.text.slice(frame.end))?.[0].length ?? 0);
      range = [from, proseEnd(ctx)];
    }
    if (range[1] <= range[0]) continue;
    const { speaker } = frame;
    out.push({
      ctx,
      phrase: { text: speaker.text, start: speaker.start + ctx.sentence.start, end: speaker.end + ctx.sentence.start },
      anchor: frame.start,
      ranges: [range],
      attribution: [[frame.start, frame.end]],
      stance: (frame.verb && lex.verbs.get(frame.verb)?.[0]?.stance) || "other",
      negated: false,
      via: frame.via ? channelName(frame.via.text, true, lex) : "",
      nominal: false,
    });
  }
  return out;
}

/** Whether a position lies in one of the ranges. */
function inRange(ranges: Range[], pos: number): boolean {
  return ranges.some(([s, e]) => pos >= s && pos < e);
}

/** Whether [start, end] lies wholly inside one of the ranges. */
function withinRange(ranges: Range[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

function findAnchors(ctx: Ctx, lex: StatementLexicon): Anchor[] {
  const anchors: Anchor[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || ctx.quoted[t.start]) continue;
    const candidates = lex.verbs.get(t.lower);
    if (!candidates) continue;
    const verb = candidates.find((v) => v.words.every((w, k) => tokens[i + k]?.lower === w));
    if (!verb) continue;
    // Speech verbs are lower-case in prose; a capitalised one opens a headline or a sentence.
    if (/^\p{Lu}/u.test(t.text)) continue;
    const participle = t.lower.endsWith("ing");
    const prev = tokens[i - 1];
    if (participle && prev?.text !== ",") continue;
    anchors.push({ token: i, end: tokens[i + verb.words.length - 1].end, verb, participle });
  }
  return anchors;
}

/** Index of the token starting at or after a position. */
function tokenAt(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const dateAt = (ctx: Ctx, pos: number) => ctx.dates.find((d) => d.start - ctx.sentence.start <= pos && d.end - ctx.sentence.start > pos);
const dateEndingAt = (ctx: Ctx, end: number) => ctx.dates.find((d) => d.end - ctx.sentence.start === end);
const channelAt = (ctx: Ctx, pos: number) => ctx.channels.find((c) => c.start <= pos && c.end > pos);

/** Where a channel or a date standing at `pos` ends, so a reader can step over it; else undefined. */
function skipChannelOrDate(ctx: Ctx, pos: number, { according = true } = {}): number | undefined {
  const channel = channelAt(ctx, pos);
  if (channel && (according || !channel.according)) return channel.end;
  const date = dateAt(ctx, pos);
  return date ? date.end - ctx.sentence.start : undefined;
}

/** A photo or reporter credit closing a sentence: "(Yonhap)". */
const CREDIT = /\s*\(\s*\p{Lu}[\p{L} ]*\)\s*$/u;

/** The text without a closing credit; the pattern is tried only when the text has a parenthesis. */
function withoutCredit(text: string): string {
  return text.includes("(") ? text.replace(CREDIT, "") : text;
}

/** The end of the sentence's prose: before a final period outside quotes and any credit. */
function proseEnd(ctx: Ctx): number {
  ctx.proseEnd ??= findProseEnd(ctx);
  return ctx.proseEnd;
}

function findProseEnd(ctx: Ctx): number {
  let end = ctx.text.length;
  const credit = ctx.text.includes("(") ? CREDIT.exec(ctx.text) : null;
  if (credit) end = credit.index;
  while (end > 0 && /\s/.test(ctx.text[end - 1])) end--;
  if (".!?".includes(ctx.text[end - 1]) && !ctx.quoted[end - 1]) end--;
  return end;
}

/**
 * An attribution that closes its content: the verb is followed by nothing but dates,
 * channels and a participle tail, and its speaker stands between a comma (or a closing
 * quotation mark) and the verb, or right after the verb ('"…," said Kirby').
 */
function closingAttribution(ctx: Ctx, anchor: Anchor, lex: StatementLexicon): Draft | undefined {
  if (anchor.participle) return undefined;
  const { text, tokens } = ctx;
  const verbStart = tokens[anchor.token].start;
  let subject: SpeakerPhrase | undefined;
  let boundary: number; // where the content ends
  let pos = anchor.end;
  const before = text.slice(0, verbStart).trimEnd();
  // '"…," said Kirby' puts the speaker after the verb; "Pak Jong Chon, one of …, said" does not.
  const leftSubject = subjectBefore(ctx, anchor.token, lex);
  const inverted = /[,”"’']$/.test(before) && !leftSubject?.phrase?.apposition && !/^\s*(?:that)\b/i.test(text.slice(anchor.end));
  if (inverted) {
    const np = invertedSubject(ctx, anchor.end, lex);
    if (!np) return undefined;
    subject = np.phrase;
    pos = np.end;
    boundary = contentBoundary(ctx, before.length);
  } else {
    const left = leftSubject;
    if (!left || left.coordinated || !left.phrase) return undefined;
    subject = left.phrase;
    const subjectStart = left.phrase.start - ctx.sentence.start;
    const prefix = text.slice(0, subjectStart).trimEnd();
    if (!/[,”"’']$/.test(prefix)) return undefined;
    boundary = contentBoundary(ctx, prefix.length);
  }
  if (boundary < 0) return undefined;
  // "told Russian Foreign Minister Sergey Lavrov …": the person addressed belongs to the attribution.
  const tail = attributionTail(ctx, pos, lex, anchor.verb.lemma === "tell" && !inverted);
  if (!tail) return undefined;
  const contentStart = skipStrayQuote(ctx, 0);
  const main: Range = [contentStart, boundary];
  if (!/[\p{L}\p{N}]/u.test(text.slice(...main)) || text.slice(...main).split(/\s+/).length < 2) return undefined;
  const ranges: Range[] = [main, ...tail.extra];
  const attribution: Range[] = [[boundary, tail.end]];
  return {
    ctx,
    phrase: subject,
    anchor: verbStart,
    ranges,
    attribution,
    stance: anchor.verb.stance,
    negated: isNegated(ctx, verbStart, lex),
    via: "",
    nominal: false,
  };
}

/** Skips an opening quotation mark that never closes (a typo): it is not part of the words. */
function skipStrayQuote(ctx: Ctx, pos: number): number {
  while (pos < ctx.text.length && /\s/.test(ctx.text[pos])) pos++;
  if (OPEN_MARKS.includes(ctx.text[pos]) && !ctx.quotes.some((q) => q.open === pos)) pos++;
  return pos;
}

/** Where content ends before an attribution whose text starts after `end` (a comma or a closing mark). */
function contentBoundary(ctx: Ctx, end: number): number {
  const text = ctx.text;
  const c = text[end - 1];
  if (c === ",") return end - 1;
  if (CLOSE_MARKS.includes(c) && ctx.quotes.some((q) => q.close === end)) return end;
  return -1;
}

/**
 * What may follow a closing attribution: dates, channels, adverbs, a participle tail
 * (", citing …", ", adding that …") or the rest of a split quote (', "…"').
 * Returns where the attribution ends and any extra content.
 */
function attributionTail(ctx: Ctx, from: number, lex: StatementLexicon, addressee: boolean): { end: number; extra: Range[] } | undefined {
  const { text } = ctx;
  const end = proseEnd(ctx);
  const extra: Range[] = [];
  let pos = from;
  for (let guard = 0; guard < 40; guard++) {
    while (pos < end && /\s/.test(text[pos])) pos++;
    if (pos >= end) return { end: text.length, extra };
    const skipped = skipChannelOrDate(ctx, pos);
    if (skipped !== undefined) {
      pos = skipped;
      continue;
    }
    const word = /^[\p{L}]+/u.exec(text.slice(pos, pos + 20))?.[0]?.toLowerCase() ?? "";
    if (["also", "earlier", "later", "further", "again", "separately", "previously", "recently", "too", "then", "today"].includes(word) || WEEKDAYS.has(word)) {
      pos += word.length;
      continue;
    }
    // Where and to whom it was said: "… told reporters in Seoul", "… at the start of their talks".
    if (word && TAIL_PREPOSITIONS.has(word) && !ctx.quoted[pos]) {
      pos = phraseEnd(ctx, pos, end);
      continue;
    }
    if (addressee && /^\p{Lu}/u.test(text[pos] ?? "")) {
      pos = phraseEnd(ctx, pos, end);
      continue;
    }
    if (text[pos] === ",") {
      let k = pos + 1;
      while (k < end && /\s/.test(text[k])) k++;
      const q = ctx.quotes.find((qq) => qq.open === k);
      if (q) {
        extra.push([q.open, q.close]);
        pos = q.close;
        continue;
      }
      const next = /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0]?.toLowerCase() ?? "";
      if (next.endsWith("ing") || next === "according") {
        if (ADD_PARTICIPLES.has(next)) {
          let s = k + next.length;
          const that = /^\s+that\b,?/.exec(text.slice(s));
          if (that) s += that[0].length;
          while (/\s/.test(text[s] ?? "")) s++;
          const stop = nextCut(ctx, s, end);
          extra.push([s, stop]);
          return { end: text.length, extra };
        }
        const channel2 = channelAt(ctx, k);
        if (channel2) {
          pos = channel2.end;
          continue;
        }
        return { end: text.length, extra };
      }
      // ", hours before …": a trailing adverbial with no speech of its own still frames the attribution.
      // A clause with its own subject ("…, the NIS said, North Korea was …") is content, not a tail.
      if (/^\p{Ll}/u.test(text[k] ?? "") && !CLAUSE_SUBJECTS.has(next) && !hasSpeechVerb(ctx, k, end, lex) && !ctx.quotes.some((q) => q.open >= k && q.open < end)) return { end: text.length, extra };
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Words that open a clause with its own subject. */
const CLAUSE_SUBJECTS = new Set(["the", "a", "an", "it", "they", "he", "she", "we", "i", "this", "these", "those", "its", "their", "his", "her", "our", "there"]);

/** Prepositions that open a place, time or occasion after an attribution's verb. */
const TAIL_PREPOSITIONS = new Set(["in", "at", "during", "on", "before", "after", "from", "near", "ahead", "following", "outside", "inside", "via", "through"]);

/** The end of a phrase that starts at `pos`: the next comma, quotation or the prose end. */
function phraseEnd(ctx: Ctx, pos: number, end: number): number {
  let k = pos;
  while (k < end && ctx.text[k] !== "," && !ctx.quotes.some((q) => q.open === k)) k++;
  return k;
}

/** Whether a speech verb stands, outside quotes, in [from, to). */
function hasSpeechVerb(ctx: Ctx, from: number, to: number, lex: StatementLexicon): boolean {
  for (let i = tokenAt(ctx, from); i < ctx.tokens.length && ctx.tokens[i].start < to; i++) {
    const t = ctx.tokens[i];
    if (t.word && !ctx.quoted[t.start] && lex.verbs.has(t.lower)) return true;
  }
  return false;
}

/** The speaker after an inverted verb ('"…," said Kim Son-gyong, undersecretary of …'). */
function invertedSubject(ctx: Ctx, from: number, lex: StatementLexicon): { phrase: SpeakerPhrase; end: number } | undefined {
  const { text } = ctx;
  const end = proseEnd(ctx);
  let s = from;
  while (s < end && /\s/.test(text[s])) s++;
  let e = s;
  while (e < end && text[e] !== "," && !ctx.channels.some((c) => c.start === e)) e++;
  const np = text.slice(s, e).trim();
  const a = analysedPhrase(ctx.phrases, np, lex);
  if (!np || np.split(/\s+/).length > 8 || !plausibleSpeaker(a, lex) || !nounPhraseWords(np, lex)) return undefined;
  let after = s + np.length;
  let apposition: string | undefined;
  if (text[e] === ",") {
    let k = e + 1;
    while (k < end && /\s/.test(text[k])) k++;
    const word = /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0]?.toLowerCase() ?? "";
    if (!word.endsWith("ing") && word !== "according") {
      let stop = k;
      while (stop < end && text[stop] !== ",") stop++;
      apposition = text.slice(k, stop).trim();
      after = stop;
    }
  }
  const base = ctx.sentence.start;
  return { phrase: { text: np, start: base + s, end: base + s + np.length, apposition }, end: after };
}

/** Whether every word could stand in a speaker's noun phrase (no verbs: "the North was supplying …"). */
function nounPhraseWords(np: string, lex: StatementLexicon): boolean {
  return np.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w) || lex.roleWords.has(w.toLowerCase()) || NP_FUNCTION.has(w.toLowerCase()) || PRONOUNS.has(w.toLowerCase()) || /['’]s$/.test(w));
}

/** Whether a phrase can name a speaker: a pronoun, a name, an actor, or a speaking role. */
function plausibleSpeaker(a: Analysed, lex: StatementLexicon): boolean {
  if (a.kind === "pronoun") return a.pronoun !== "it" || true;
  if (a.kind === "person" || a.kind === "body" || a.kind === "media") return true;
  return lex.speakerHeads.has(a.head) || lex.speakerHeads.has(a.head.replace(/s$/, ""));
}

/**
 * The subject before a verb: skips auxiliaries, adverbs and dates, then takes the noun
 * phrase back to a clause boundary, through an apposition ("Pak Jong Chon, one of …,")
 * and lists of parties ("The United States, South Korea, and Japan").
 */
function subjectBefore(ctx: Ctx, verbToken: number, lex: StatementLexicon): Subject | undefined {
  if (!ctx.subjects.has(verbToken)) ctx.subjects.set(verbToken, readSubjectBefore(ctx, verbToken, lex));
  return ctx.subjects.get(verbToken);
}

/** A verb's subject: its phrase, or only that it is coordinated ("… and Japan said") and so no phrase of its own. */
interface Subject {
  phrase?: SpeakerPhrase;
  coordinated: boolean;
}

function readSubjectBefore(ctx: Ctx, verbToken: number, lex: StatementLexicon): Subject | undefined {
  const { tokens, text } = ctx;
  let i = verbToken - 1;
  for (let guard = 0; i >= 0 && guard < 12; guard++) {
    const t = tokens[i];
    const date = dateEndingAt(ctx, t.end);
    if (date) {
      i = tokenAt(ctx, date.start - ctx.sentence.start) - 1;
      continue;
    }
    if (AUX.has(t.lower) || (/ly$/.test(t.lower) && t.lower === t.text)) {
      i--;
      continue;
    }
    // A weekday is a date even when the article's own date is unknown ("North Korea on Tuesday threatened").
    if (WEEKDAYS.has(t.lower)) {
      i -= tokens[i - 1]?.lower === "on" ? 2 : 1;
      continue;
    }
    // An acronym the name defines ("the National Intelligence Service (NIS) said").
    if (t.text === ")" && tokens[i - 2]?.text === "(" && /^\p{Lu}[\p{Lu}\p{N}.-]*$/u.test(tokens[i - 1]?.text ?? "")) {
      i -= 3;
      continue;
    }
    break;
  }
  if (i < 0) return undefined;
  if (tokens[i].lower === "and" || (tokens[i].text === "," && tokens[i - 1]?.lower === "and")) return { coordinated: true };
  if (tokens[i].lower === "and") return { coordinated: true };
  let apposition: string | undefined;
  let appositionStart = -1;
  if (tokens[i].text === ",") {
    // An apposition or a relative clause between commas: the head stands before it.
    let j = i - 1;
    while (j >= 0 && tokens[j].text !== "," && i - j < 30) j--;
    if (j < 0 || tokens[j].text !== ",") return undefined;
    apposition = text.slice(tokens[j].end, tokens[i].start).trim();
    appositionStart = tokens[j].end + (text.slice(tokens[j].end, tokens[i].start).length - text.slice(tokens[j].end, tokens[i].start).trimStart().length);
    if (ctx.quoted[tokens[j].start]) return undefined;
    i = j - 1;
  }
  const endTok = i;
  let startTok = i + 1;
  let k = i;
  while (k >= 0 && endTok - k < 25) {
    const t = tokens[k];
    if (t.text === ",") {
      // A list of parties continues through commas when an "and" closes it.
      const scanned = tokens.slice(k + 1, endTok + 1);
      if (!scanned.some((x) => x.lower === "and")) break;
      let m = k - 1;
      while (m >= 0 && tokens[m].text !== "," && speakerPhraseWord(ctx, m, false, lex) && !["a", "an"].includes(tokens[m].lower)) m--;
      const segStart = tokens[m + 1]?.start ?? 0;
      const segment = text.slice(segStart, t.start);
      const base = ctx.sentence.start;
      const segMentions = ctx.mentions.filter((x) => x.start - base >= segStart && x.end - base <= t.start && !x.demonym && x.actor.kind !== "person");
      const wholeSegment = m < 0 || tokens[m].text === ",";
      if (!wholeSegment || m + 1 > k - 1 || segMentions.length === 0 || dateAt(ctx, segStart) || !segment.trim()) break;
      startTok = m + 1;
      k = m;
      continue;
    }
    if (!speakerPhraseWord(ctx, k, k === endTok, lex)) break;
    startTok = k;
    if (PRONOUNS.has(t.lower)) break;
    // A determiner ends the phrase, unless a preposition inside it comes before ("vice president of the ministry").
    if (["the", "a", "an", "some"].includes(t.lower) && !["of", "at", "for", "from", ",", "and"].includes(tokens[k - 1]?.text.toLowerCase() ?? "")) break;
    k--;
  }
  // Leading "of", "and" or "at" are not part of the phrase.
  while (startTok <= endTok && ["of", "and", "at", "for"].includes(tokens[startTok].lower)) startTok++;
  if (startTok > endTok) return undefined;
  const start = tokens[startTok].start;
  const end = tokens[endTok].end;
  const phraseText = text.slice(start, end);
  const a = analysedPhrase(ctx.phrases, phraseText, lex);
  if (!plausibleSpeaker(a, lex)) return undefined;
  // "Russia's U.N. ambassador, Vassily Nebenzia, said": the name in apposition is the speaker, the head its role.
  if (apposition && a.kind === "description" && isBareName(ctx, apposition, lex)) {
    const base = ctx.sentence.start;
    return { phrase: { text: apposition, start: base + appositionStart, end: base + appositionStart + apposition.length, apposition: phraseText }, coordinated: false };
  }
  return { phrase: { text: phraseText, start: start + ctx.sentence.start, end: end + ctx.sentence.start, apposition }, coordinated: false };
}

/** Whether the token at `at` may stand in a speaker's noun phrase read backwards from its verb (`isFirst`: the phrase's last word). */
function speakerPhraseWord(ctx: Ctx, at: number, isFirst: boolean, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  const t = tokens[at];
  if (ctx.quoted[t.start]) return false;
  if (PRONOUNS.has(t.lower)) return isFirst;
  // A long word in capitals is a scraping artefact ("ADVERTISEMENT"), not part of a name.
  if (t.text.length >= 8 && t.text === t.text.toUpperCase() && /^\p{Lu}+$/u.test(t.text)) return false;
  if (/^\p{Lu}/u.test(t.text)) return !CLAUSE_STOPS.has(t.lower) || t.lower === "the";
  if (/^\p{N}/u.test(t.text)) return true;
  if (t.text === "’" || t.text === "'" || t.text === "-") return true;
  // The final period of an abbreviation ("U.N." in "Russia's U.N. ambassador").
  if (t.text === "." && /\.\p{L}$/u.test(tokens[at - 1]?.text ?? "")) return true;
  // The period of a title written short ("Mr. Barrett", "Gov. Abbott") or of an initial ("Donald J. Trump").
  if (t.text === "." && (lex.titleWords.has(`${tokens[at - 1]?.lower ?? ""}.`) || /^\p{Lu}$/u.test(tokens[at - 1]?.text ?? ""))) return true;
  if (/['’]s$/.test(t.text)) return true;
  if (lex.roleWords.has(t.lower) || NP_FUNCTION.has(t.lower) || lex.numbers.has(t.lower) || (/^[\p{L}]+-[\p{L}]+$/u.test(t.text) && lex.roleWords.has(t.lower.split("-")[0]))) return true;
  // A modifier the lists do not know, between a possessor and the head: "South Korea's spy agency".
  return !isFirst && t.word && !CLAUSE_STOPS.has(t.lower) && !AUX.has(t.lower) && (possessive(tokens[at - 1]) || (tokens[at - 1]?.word && possessive(tokens[at - 2])));
}

const possessive = (t: Token | undefined) => !!t && /^\p{Lu}.*['’]s$/u.test(t.text);

/** Whether a phrase is only a person's name ("Shin Won-sik"): capitalised words, no title, no other actor. */
function isBareName(ctx: Ctx, text: string, lex: StatementLexicon): boolean {
  const ws = text.split(/\s+/);
  if (ws.length < 2 || ws.length > 4 || !ws.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w) && !lex.titleWords.has(w.toLowerCase()))) return false;
  const a = analysedPhrase(ctx.phrases, text, lex);
  return a.kind === "person" && a.person?.start === 0;
}

/** Whether the verb is negated ("did not deny", "was unable to confirm"). */
function isNegated(ctx: Ctx, verbStart: number, lex: StatementLexicon): boolean {
  return lex.negation.test(ctx.text.slice(Math.max(0, verbStart - 30), verbStart));
}

/** The first place after `from` where reported content stops: a cut word, a channel, a new speech verb. */
function nextCut(ctx: Ctx, from: number, limit: number, lex?: StatementLexicon): number {
  return findCut(ctx, from, limit, lex).end;
}

/** Where content stops, and whether what follows still belongs to the attribution (a channel, a participle). */
function findCut(ctx: Ctx, from: number, limit: number, lex?: StatementLexicon): { end: number; attribution: boolean } {
  const { tokens, text } = ctx;
  let end = limit;
  for (let i = tokenAt(ctx, from); i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (ctx.quoted[t.start]) continue;
    if (t.text === ";") return { end: t.start, attribution: false };
    const channel = ctx.channels.find((c) => c.start === t.start);
    if (channel && t.start > from) return { end: trimEnd(text, t.start), attribution: true };
    if (!t.word) continue;
    // "… had been sent to Kursk and condemned the deployment": a second speech act by the same subject.
    if (t.lower === "and" && lex && t.start > from && isPastSpeechVerb(tokens[i + 1], lex)) return { end: trimEnd(text, t.start), attribution: false };
    let p = t.start;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    const comma = text[p - 1] === "," ? p - 1 : CLOSE_MARKS.includes(text[p - 1]) && text[p - 2] === "," ? p : -1;
    if (comma < 0 || t.start <= from) continue;
    if (CUT_PARTICIPLES.has(t.lower)) return { end: comma, attribution: !["while", "whereas", "but"].includes(t.lower) };
    // ", as thousands of troops were reported …": the writer's context, not the speaker's words ("as well as" lists on).
    if (t.lower === "as" && tokens[i + 1]?.lower !== "well" && tokens[i + 1]?.lower !== "part") return { end: comma, attribution: false };
    if (t.lower === "and" && lex) {
      const next = tokens[i + 1];
      const nextNext = tokens[i + 2];
      const verb = (x?: Token) => !!x && !!lex.verbs.get(x.lower);
      if (verb(next) || (next && AUX.has(next.lower) && verb(nextNext))) return { end: comma, attribution: false };
    }
  }
  return { end, attribution: true };
}

/** A speech verb in the past tense ("condemned", "said"), which can coordinate with the attribution's own. */
function isPastSpeechVerb(t: Token | undefined, lex: StatementLexicon): boolean {
  if (!t || !t.word || t.text !== t.lower) return false;
  const verb = lex.verbs.get(t.lower)?.find((v) => v.words.length === 1 || v.words[0] === t.lower);
  return !!verb && /(?:ed|said|told|wrote)$/.test(t.lower) && !verb.quoted;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

/** An attribution that opens its content: "Kirby said (that) …", "accused X of …". */
function openingAttribution(ctx: Ctx, anchor: Anchor, lex: StatementLexicon, earlier: Draft[], nextAnchor?: Anchor): Draft | undefined {
  const { tokens, text } = ctx;
  const verbStart = tokens[anchor.token].start;
  let phrase: SpeakerPhrase | undefined;
  let previousSpeaker = false;
  if (anchor.participle) {
    // ", blaming the US …": the speaker is the clause's subject.
    phrase = mainSubject(ctx, verbStart, lex);
    if (!phrase) return undefined;
  } else {
    const left = subjectBefore(ctx, anchor.token, lex);
    if (!left) return undefined;
    if (left.coordinated) {
      const same = [...earlier].reverse().find((d) => d.ctx === ctx && d.phrase && !d.nominal);
      if (same?.phrase) phrase = same.phrase;
      else phrase = mainSubject(ctx, verbStart, lex);
      if (!phrase) return undefined;
    } else phrase = left.phrase;
  }
  if (!phrase) return undefined;
  const end = proseEnd(ctx);
  let start: number;
  let objectStart: number | undefined;
  let pos = anchor.end;
  // Skip what stands between the verb and its clause: dates, channels, "that".
  for (let guard = 0; guard < 10; guard++) {
    while (pos < end && /\s/.test(text[pos])) pos++;
    const skipped = skipChannelOrDate(ctx, pos, { according: false });
    if (skipped !== undefined) {
      pos = skipped;
      continue;
    }
    if (text[pos] === ":" || text[pos] === ",") {
      // "the NIS said, North Korea …": the comma of a parenthetical attribution opens nothing.
      pos++;
      continue;
    }
    const word = /^[\p{L}]+/u.exec(text.slice(pos, pos + 12))?.[0]?.toLowerCase() ?? "";
    if (WEEKDAYS.has(word)) {
      pos += word.length;
      continue;
    }
    break;
  }
  // "said in March that …", "pledged Friday during talks in Moscow that …": adverbials stand before "that".
  pos = adverbialsBeforeThat(ctx, pos, end);
  const that = /^that\b,?\s*/.exec(text.slice(pos, pos + 8));
  if (that) start = pos + that[0].length;
  else if (anchor.verb.syntax === "object") {
    start = verbStart;
    objectStart = anchor.end;
  } else start = pos;
  if (that && anchor.verb.syntax === "object") objectStart = undefined;
  // The content runs to the next cut, or to where another speaker's attribution begins.
  const cut = findCut(ctx, Math.max(start, anchor.end), end, lex);
  let stop = cut.end;
  let tailIsAttribution = cut.attribution;
  if (nextAnchor) {
    const other = subjectBefore(ctx, nextAnchor.token, lex);
    const otherStart = other?.phrase ? other.phrase.start - ctx.sentence.start : -1;
    if (otherStart > start && otherStart < stop && !other?.coordinated) {
      stop = trimEnd(text, otherStart);
      tailIsAttribution = false;
    }
  }
  stop = trimEnd(text, stop);
  if (stop <= start) return undefined;
  const content = text.slice(start, stop);
  if (content.split(/\s+/).length < 2 && !/^[“"]/.test(content)) return undefined;
  if (anchor.verb.quoted && !ctx.quotes.some((q) => q.open >= start && q.open < stop)) return undefined;
  const ranges: Range[] = [[start, stop]];
  // ", adding …" / ", noting …" adds a clause to the same statement.
  // It may come after a channel and a date ("… in a statement carried by KCNA on Monday, adding …").
  const rest = tailIsAttribution ? text.slice(stop, stop + 120) : "";
  const add = /,\s*(?:adding|noting|saying)\b(?:\s+that\b)?,?\s*/.exec(rest);
  if (add && !/[“"]/.test(rest.slice(0, add.index))) {
    const s2 = stop + add.index + add[0].length;
    const e2 = trimEnd(text, nextCut(ctx, s2, end, lex));
    if (e2 > s2) ranges.push([s2, e2]);
  }
  const phraseStart = phrase.start - ctx.sentence.start;
  const attribution: Range[] = [[leadingStart(ctx, phraseStart), start]];
  // After the content, a channel or a participle tail is still attribution; another clause is not.
  const last = ranges[ranges.length - 1][1];
  if (tailIsAttribution) attribution.push([stop, last === stop ? text.length : ranges[1][0]]);
  if (last !== stop && tailIsAttribution) attribution.push([last, text.length]);
  return {
    ctx,
    phrase,
    previousSpeaker,
    anchor: verbStart,
    ranges,
    attribution,
    stance: anchor.verb.stance,
    negated: isNegated(ctx, verbStart, lex),
    via: "",
    objectStart,
    nominal: false,
    thatClause: !!that,
  };
}

/** Words that open an adverbial phrase between a speech verb and its "that". */
const ADVERBIAL_STARTS = new Set(["in", "on", "at", "during", "before", "after", "from", "by", "to", "through", "via", "while", "when", "earlier", "later", "last", "this", "again", "also", "repeatedly", "publicly", "privately", "separately"]);

/**
 * When an adverbial (a preposition and its noun phrase, no comma, no clause) stands between
 * the verb and "that", the clause starts at "that": returns its position, else `pos` unchanged.
 */
function adverbialsBeforeThat(ctx: Ctx, pos: number, end: number): number {
  const { tokens } = ctx;
  const first = tokenAt(ctx, pos);
  if (!tokens[first] || !ADVERBIAL_STARTS.has(tokens[first].lower) || ctx.quoted[tokens[first].start]) return pos;
  for (let k = first + 1; k < tokens.length && k < first + 12 && tokens[k].start < end; k++) {
    const t = tokens[k];
    if (ctx.quoted[t.start] || !t.word) return pos;
    if (t.lower === "that") return t.start;
  }
  return pos;
}

/** Where an attribution's own words begin: the subject, or the start of a leading adverbial ("Last week, …"). */
function leadingStart(ctx: Ctx, subjectStart: number): number {
  const before = ctx.text.slice(0, subjectStart);
  if (/,\s*$/.test(before) && before.split(",").length === 2) return 0;
  // "In its final report, released in March, the panel said": adverbials before the subject, however many.
  if (/,\s*$/.test(before) && /^\s*(?:In|On|At|After|Before|During|Earlier|Later|Last)\b/.test(before) && !ctx.quotes.some((q) => q.open < subjectStart)) return 0;
  return Math.max(0, subjectStart);
}

/** The subject of the clause a participle or a coordinated verb belongs to. */
function mainSubject(ctx: Ctx, before: number, lex: StatementLexicon): SpeakerPhrase | undefined {
  const { tokens } = ctx;
  const last = tokenAt(ctx, before);
  // Clause starts: the sentence start and every comma, latest first.
  const starts = [0];
  for (let i = 0; i < last; i++) if (tokens[i].text === "," && !ctx.quoted[tokens[i].start]) starts.push(i + 1);
  for (const s of starts.reverse()) {
    let i = s;
    const first = tokens[i];
    if (!first || CLAUSE_STOPS.has(first.lower) && first.lower !== "the") continue;
    while (i < last && !AUX.has(tokens[i].lower) && !lex.verbs.has(tokens[i].lower) && (/^\p{Lu}/u.test(tokens[i].text) || NP_FUNCTION.has(tokens[i].lower) || lex.roleWords.has(tokens[i].lower) || /['’]s$/.test(tokens[i].text))) i++;
    if (i === s || i >= last) continue;
    const next = tokens[i];
    if (!AUX.has(next.lower) && !/ed$/.test(next.lower) && !lex.verbs.has(next.lower)) continue;
    const text = ctx.text.slice(tokens[s].start, tokens[i - 1].end);
    const a = analysedPhrase(ctx.phrases, text, lex);
    if (!plausibleSpeaker(a, lex) || a.kind === "pronoun" && a.pronoun === "it") continue;
    return { text, start: tokens[s].start + ctx.sentence.start, end: tokens[i - 1].end + ctx.sentence.start };
  }
  return undefined;
}

/** "…, according to X." and "According to X, …": X speaks, unless someone else does and X carries it. */
function accordingTo(ctx: Ctx, lex: StatementLexicon, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const channel of ctx.channels.filter((c) => c.according)) {
    const own = drafts.filter((d) => d.ctx === ctx && !d.nominal);
    if (own.length > 0) {
      const target = own.filter((d) => d.ranges[0][0] < channel.start).pop() ?? own[0];
      if (!target.via) target.via = channel.via;
      continue;
    }
    const end = proseEnd(ctx);
    const phraseText = ctx.text.slice(channel.start, channel.end).replace(/^[Aa]ccording to\s+/, "");
    const phraseStart = channel.end - phraseText.length;
    const phrase: SpeakerPhrase = { text: phraseText, start: phraseStart + ctx.sentence.start, end: channel.end + ctx.sentence.start };
    let range: Range;
    if (channel.start <= 1) {
      let s = channel.end;
      while (s < end && /[\s,]/.test(ctx.text[s])) s++;
      range = [s, end];
    } else {
      const boundary = contentBoundary(ctx, ctx.text.slice(0, channel.start).trimEnd().length);
      if (boundary < 0) continue;
      range = [skipStrayQuote(ctx, 0), boundary];
    }
    if (range[1] <= range[0]) continue;
    const quoteOnly = ctx.quotes.some((q) => q.open === range[0] && q.close >= range[1] - 1);
    out.push({
      ctx,
      phrase: quoteOnly ? undefined : phrase,
      previousSpeaker: quoteOnly,
      anchor: channel.start,
      ranges: [range],
      attribution: [[channel.start, channel.end]],
      stance: "other",
      negated: false,
      via: quoteOnly ? channel.via : "",
      nominal: false,
    });
  }
  return out;
}

/**
 * Statements named by nouns: "comments by the Pentagon last week that …", "data from C4ADS
 * that shows …", "a Financial Times report that …", "Guterres’ recent condemnation of …",
 * "its denials".
 */
function nominalStatements(ctx: Ctx, lex: StatementLexicon, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const { tokens, text } = ctx;
  const end = proseEnd(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || ctx.quoted[t.start]) continue;
    if (lex.sourceNouns.has(t.lower)) {
      // NOUN by|from SPEAKER [date] that [shows] CLAUSE
      const by = tokens[i + 1];
      let speakerTok = i + 2;
      let phraseStart: number | undefined;
      let phraseEnd: number | undefined;
      let thatTok = -1;
      if (by && (by.lower === "by" || by.lower === "from")) {
        for (let j = speakerTok; j < Math.min(tokens.length, speakerTok + 12); j++) {
          if (tokens[j].lower === "that" || tokens[j].lower === "which") {
            thatTok = j;
            break;
          }
          if (tokens[j].text === "," || tokens[j].text === ".") break;
        }
        if (thatTok > speakerTok) {
          phraseStart = tokens[speakerTok].start;
          let e = thatTok - 1;
          const date = dateEndingAt(ctx, tokens[e].end);
          if (date) e = tokenAt(ctx, date.start - ctx.sentence.start) - 1;
          phraseEnd = tokens[e]?.end;
        }
      } else if (tokens[i + 1]?.lower === "that" && i > 0) {
        // "a Financial Times report that …": the outlet stands before the noun.
        const m = ctx.mentions.filter((x) => x.end - ctx.sentence.start <= t.start && x.end - ctx.sentence.start >= t.start - 1 && !x.demonym).pop();
        if (m) {
          phraseStart = m.start - ctx.sentence.start;
          phraseEnd = m.end - ctx.sentence.start;
          thatTok = i + 1;
        }
      }
      if (phraseStart === undefined || phraseEnd === undefined || thatTok < 0 || phraseEnd <= phraseStart) continue;
      let s = tokens[thatTok].end;
      const verb = /^\s+(?:shows?|showed|says?|said|suggests?|suggested|indicates?|indicated|found|finds)\b/.exec(text.slice(s, s + 20));
      if (verb) s += verb[0].length;
      while (s < end && /\s/.test(text[s])) s++;
      const stop = trimEnd(text, nextCut(ctx, s, end, lex));
      if (stop - s < 10) continue;
      const phraseText = text.slice(phraseStart, phraseEnd);
      const a = analysedPhrase(ctx.phrases, phraseText, lex);
      if (a.kind !== "person" && a.kind !== "body" && a.kind !== "media") continue;
      const host = drafts.find((d) => d.ctx === ctx && d.attribution.some(([x, y]) => t.start >= x && t.start < y) && !d.ranges.some(([x, y]) => t.start >= x && t.start < y));
      out.push({
        ctx,
        phrase: { text: phraseText, start: phraseStart + ctx.sentence.start, end: phraseEnd + ctx.sentence.start },
        anchor: t.start,
        ranges: [[s, stop]],
        attribution: [[t.start, s]],
        stance: "other",
        negated: false,
        via: "",
        viaDraft: host,
        nominal: true,
      });
      continue;
    }
    const stance = lex.stanceNouns.get(t.lower);
    if (!stance) continue;
    // POSSESSOR['s] [adjective] NOUN [of …]
    let j = i - 1;
    if (tokens[j] && /^(?:recent|latest|repeated|earlier|previous|strong|fresh|new|own|public)$/.test(tokens[j].lower)) j--;
    const p = tokens[j];
    if (!p) continue;
    let possessor: SpeakerPhrase | undefined;
    let quoteStart = t.start;
    if (["its", "their", "his", "her"].includes(p.lower)) {
      // "despite its denials, North Korea …": the pronoun points at the subject after the comma.
      const afterComma = ctx.mentions.find((m) => m.start - ctx.sentence.start > t.end && !m.demonym && /^\s*,\s*$/.test(text.slice(t.end, m.start - ctx.sentence.start)));
      const before = ctx.mentions.filter((m) => m.end - ctx.sentence.start <= p.start && !m.demonym).pop();
      const m = afterComma ?? before;
      if (!m) continue;
      possessor = { text: m.text, start: m.start, end: m.end };
      quoteStart = p.start;
    } else {
      let nameEnd = p.end;
      let nameTok = j;
      if ((p.text === "’" || p.text === "'") && tokens[j - 1]) {
        nameTok = j - 1;
        nameEnd = tokens[j - 1].end;
      } else if (/['’]s$/.test(p.text)) nameEnd = p.end - 2;
      else continue;
      const m = ctx.mentions.find((x) => x.end - ctx.sentence.start === nameEnd && !x.demonym);
      if (!m || nameTok < 0) continue;
      possessor = { text: m.text, start: m.start, end: m.end };
    }
    let stop = t.end;
    if (tokens[i + 1]?.lower === "of") {
      stop = trimEnd(text, nextCutSimple(ctx, t.end, end));
    }
    out.push({
      ctx,
      phrase: possessor,
      anchor: t.start,
      ranges: [[quoteStart, stop]],
      attribution: [],
      stance,
      negated: false,
      via: "",
      nominal: true,
    });
  }
  return out;
}

/** The end of a noun's "of" phrase: the next comma, clause word or sentence end. */
function nextCutSimple(ctx: Ctx, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (ctx.quoted[i]) continue;
    if (",;".includes(ctx.text[i])) return i;
  }
  return end;
}

// ---------------------------------------------------------------------------------------
// Rows

interface Built {
  draft: Draft;
  speaker: ResolvedSpeaker;
  row: Omit<StatementRow, "statement_id">;
}

function toRows(drafts: Draft[], doc: ArticleDoc, lex: StatementLexicon, phrases: PhraseAnalyses): StatementRow[] {
  const raw = doc.article.raw;
  const people = articlePeople(raw, doc.article.bodyStart, lex);
  const ordered = [...drafts].sort((a, b) => a.ctx.sentence.start + a.anchor - (b.ctx.sentence.start + b.anchor));
  const allPhrases = ordered.filter((d) => d.phrase).map((d) => ({ analysed: analysedPhrase(phrases, d.phrase!.text, lex), at: d.phrase!.start, phrase: d.phrase! }));
  const analysed = new Map(allPhrases.map((p) => [p.phrase, p.analysed]));
  const history: SpeakerHistory = { previous: [] };
  const built: Built[] = [];
  for (const draft of ordered) {
    const a = draft.phrase ? analysed.get(draft.phrase) : undefined;
    const lastAt = history.previous[history.previous.length - 1]?.at ?? -1;
    // "Lavrov, who hosted Choe, did not mention … . '…,' he said.": a person who opens a sentence since the last speaker is who "he" is.
    const subject = a?.kind === "pronoun" && (a.pronoun === "he" || a.pronoun === "she") ? sentenceSubjectSince(doc, lex, lastAt, draft.ctx.sentence.index) : undefined;
    const phrase = subject ?? draft.phrase;
    const speaker = phrase ? resolveSpeaker(phrase, history, people, lex, allPhrases, subject ? undefined : a) : history.previous[history.previous.length - 1]?.resolved;
    if (!speaker) continue;
    const row = buildRow(draft, speaker, doc, lex, built);
    built.push({ draft, speaker, row });
    history.previous.push({ resolved: speaker, at: draft.ctx.sentence.start + draft.anchor, via: row.via });
  }
  const merged = mergeSameSentence(built);
  carryOccasions(merged);
  return dedupe(merged).map((b) => ({ statement_id: "", ...b.row }));
}

/** How many sentences back a pronoun may look for a person opening a sentence. */
const SUBJECT_LOOKBACK = 4;

/** The last known person who opens one of the few sentences after `after` and before sentence `index`, as a speaker phrase. */
function sentenceSubjectSince(doc: ArticleDoc, lex: StatementLexicon, after: number, index: number): SpeakerPhrase | undefined {
  // Bounded look-back, so that a run of pronouns costs linear time.
  for (let k = index - 1; k >= 0 && k >= index - SUBJECT_LOOKBACK; k--) {
    const sentence = doc.sentences[k];
    if (!sentence || sentence.start <= after) break;
    const lead = /^[\p{L}\p{M}’'. -]{0,40}/u.exec(sentence.text)?.[0] ?? "";
    const first = lex.gazetteer.find(lead, sentence.start)[0];
    if (first && first.start === sentence.start && !first.demonym && first.actor.kind === "person") return { text: first.text, start: first.start, end: first.end };
  }
  return undefined;
}

function buildRow(draft: Draft, speaker: ResolvedSpeaker, doc: ArticleDoc, lex: StatementLexicon, earlier: Built[]): Omit<StatementRow, "statement_id"> {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const parts = [...draft.ranges.map((r) => fragment(ctx, r)), ...(draft.continued ?? []).map((c) => fragment(c.ctx, c.range))];
  const kinds = parts.map((p) => p.kind);
  const kind: StatementRow["kind"] = kinds.every((k) => k === "direct") ? "direct" : kinds.every((k) => k === "indirect") ? "indirect" : "mixed";
  const quote = parts.map((p) => p.text).join(" … ");
  const content = parts.map((p) => p.text).join(" ");
  const stance = decideStance(draft, content, lex);
  const date = pickDate(draft, doc.published);
  let via = draft.via || channelOf(draft);
  if (!via && draft.viaDraft) via = findLast(earlier, (b) => b.draft === draft.viaDraft)?.row.speaker ?? "";
  const evidenceEnd = draft.evidenceEnd ?? ctx.sentence.end;
  const evidence = withoutCredit(doc.article.raw.slice(ctx.sentence.start, evidenceEnd));
  const target = decideTarget(draft, speaker, stance, lex, earlier);
  return {
    article_id: doc.article.id,
    speaker: speaker.speaker,
    speaker_role: speaker.role,
    speaker_country: speaker.country,
    quote,
    kind,
    stance,
    target,
    date: date?.date ?? "",
    date_precision: date?.precision ?? "",
    via,
    evidence,
    char_start: base + parts[0].start,
    char_end: base + parts[0].end,
  };
}

/** A range of content as the table writes it: a quotation's inner words, or the clause verbatim. */
function fragment(ctx: Ctx, [s, e]: Range): { text: string; start: number; end: number; kind: "direct" | "indirect" | "mixed" } {
  const { text } = ctx;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  const whole = ctx.quotes.find((q) => q.open === s && (q.close === e || (q.close === e - 1 && /[.,]/.test(text[e - 1]))));
  if (whole) {
    const inner = quoteText(text, whole);
    return { ...inner, kind: "direct" };
  }
  const hasQuote = ctx.quotes.some((q) => q.open >= s && q.open < e);
  // A final period outside the marks belongs to the sentence, not to the words.
  if (text[e - 1] === "." && !ctx.quoted[e - 1]) e--;
  return { text: text.slice(s, e), start: s, end: e, kind: hasQuote ? "mixed" : "indirect" };
}

function decideStance(draft: Draft, content: string, lex: StatementLexicon): Stance {
  if (draft.negated) return "other";
  const cue = lex.cues.find((c) => c.pattern.test(content))?.stance;
  if (draft.stance === "other") return cue ?? "other";
  // A warning that alleges what the other side does, with no condition, is an accusation.
 // A warning that promises punishment by the speaker's side is a threat.
  if (draft.stance === "warn" && cue === "threaten") return "threaten";
  if (draft.stance === "warn" && cue === "accuse" && !/\b(?:if|would|could|unless)\b/i.test(content)) return "accuse";
  return draft.stance;
}

/** The date the attribution gives, nearest to the verb; dates inside the content do not count. */
function pickDate(draft: Draft, published: string): DateMention | undefined {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const candidates = ctx.dates.filter((d) => !inRange(draft.ranges, d.start - base) && withinRange(draft.attribution, d.start - base, d.end - base));
  const best = candidates.sort((a, b) => Math.abs(a.start - base - draft.anchor) - Math.abs(b.start - base - draft.anchor))[0];
  // Words are said before they are reported: a weekday that the quote's "will" pushed ahead is read again alone.
  if (best && published && best.date > published) return findDates(best.text, published, best.start)[0] ?? best;
  return best;
}

function channelOf(draft: Draft): string {
  const { ctx } = draft;
  return ctx.channels.find((c) => !inRange(draft.ranges, c.start) && inRange(draft.attribution, c.start) && !c.according)?.via ?? "";
}

/**
 * Whom the statement is about: for a denial, the accusers named before it; else the
 * object of an object verb, or the parties the content names, less the speaker's own.
 */
function decideTarget(draft: Draft, speaker: ResolvedSpeaker, stance: Stance, lex: StatementLexicon, earlier: Built[]): string {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const own = new Set(speaker.country.split(";").filter(Boolean));
  if (stance === "deny") {
    const named = draft.ranges.flatMap(([s, e]) => codesIn(ctx, own, s, e));
    if (named.length && !/^(?:denied|denies|rejected|its)\b/.test("")) {
      // An explicit addressee ("calling on Washington") wins.
      return joinCodes(named);
    }
    const accusers = findLast(earlier, (b) => (b.row.stance === "accuse" || b.row.stance === "condemn") && b.row.speaker_country && b.row.speaker_country !== speaker.country);
    return accusers?.row.speaker_country ?? "";
  }
  if (draft.objectStart !== undefined) {
    const objectText = ctx.text.slice(draft.objectStart, draft.objectStart + 12);
    if (/^\s*them\b/.test(objectText)) {
      const before = ctx.text.slice(0, draft.objectStart);
      const pair = /(\S+(?: \S+)?) and (the )?(\S+(?: \S+)?)[^,]*,?\s*(?:and\s+)?(?:have\s+|has\s+)?\S+\s*$/.exec(before);
      const mentions = ctx.mentions.filter((m) => m.start - base < draft.objectStart! && !m.demonym && !own.has(m.actor.code));
      const last2 = mentions.slice(-2).map((m) => m.actor.code);
      if (pair && last2.length === 2) return joinCodes(last2);
    }
    const objectMention = ctx.mentions.find((m) => m.start - base >= draft.objectStart! && m.start - base <= draft.objectStart! + 2);
    if (objectMention && !own.has(objectMention.actor.code)) {
      // "accused Russia and North Korea of …" names both.
      const following = ctx.mentions.filter((m) => m.start - base > objectMention.start - base && /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(objectMention.end - base, m.start - base)));
      return joinCodes([objectMention.actor.code, ...following.map((m) => m.actor.code)]);
    }
  }
  // The first two parties named: a claim about a transfer names both ends, rarely more.
  return joinCodes(draft.ranges.flatMap(([s, e]) => codesIn(ctx, own, s, e))).split(";").slice(0, 2).join(";");
}

/** Codes of the parties named in [s, e) of a sentence, less the speaker's own and places ("in Ukraine"). */
function codesIn(ctx: Ctx, own: Set<string>, s: number, e: number): string[] {
  const base = ctx.sentence.start;
  return ctx.mentions
    .filter((m) => m.start - base >= s && m.end - base <= e)
    .filter((m) => !/\b(?:in|against|into|across|near|besides|like|at)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - base - 9), m.start - base)))
    .map((m) => m.actor.code)
    .filter((c) => c && !own.has(c));
}

/** One row per speaker per sentence: "said …, and warned …" is one statement. */
function mergeSameSentence(built: Built[]): Built[] {
  const out: Built[] = [];
  // The first verbal row of each speaker in each sentence, which later ones join.
  const firsts = new Map<Ctx, Map<string, Built>>();
  for (const b of built) {
    const prev = b.draft.nominal ? undefined : firsts.get(b.draft.ctx)?.get(b.row.speaker);
    if (!prev) {
      out.push(b);
      if (!b.draft.nominal) {
        const bySpeaker = firsts.get(b.draft.ctx) ?? new Map<string, Built>();
        firsts.set(b.draft.ctx, bySpeaker);
        bySpeaker.set(b.row.speaker, b);
      }
      continue;
    }
    prev.row.quote = `${prev.row.quote} … ${b.row.quote}`;
    if (prev.row.kind !== b.row.kind) prev.row.kind = "mixed";
    // A stance the verb states ("… and condemned the deployment") wins over one read from the words.
    if (prev.row.stance === "other" || (prev.draft.stance === "other" && b.draft.stance !== "other" && !b.draft.negated)) prev.row.stance = b.row.stance;
    prev.row.target ||= b.row.target;
    prev.row.via ||= b.row.via;
    if (!prev.row.date) {
      prev.row.date = b.row.date;
      prev.row.date_precision = b.row.date_precision;
    }
  }
  return out;
}

/**
 * Sentences that report the same speaker's occasion share its date and channel: the
 * previous dated statement of the same speaker first, else the next.
 */
function carryOccasions(built: Built[]): void {
  const snapshot = built.map((b) => ({ date: b.row.date, precision: b.row.date_precision, via: b.row.via }));
  // Donors indexed by speaker (then country, for a speaker named in a role), channels by speaker
  // (then channel), each as indices in article order: a long article costs linear time, not quadratic.
  const dated = new Map<string, Map<string, number[]>>();
  const vias = new Map<string, Map<string, number[]>>();
  built.forEach((x, k) => {
    if (snapshot[k].date && !x.draft.nominal) pushAt(dated, x.row.speaker, x.row.speaker_country, k);
    if (snapshot[k].via) pushAt(vias, x.row.speaker, snapshot[k].via, k);
  });
  const namedIn = memoise((speaker: string, role: string) => new RegExp(`\\b${escapeRegExp(stripDeterminer(speaker))}\\b`, "i").test(role));
  built.forEach((b, i) => {
    // Generic plural speakers ("US officials", "experts") speak on many occasions: no carrying over.
    if (!b.row.date && !(b.speaker.kind === "description" && b.speaker.plural)) {
      const donor = nearest(donorLists(dated, b, namedIn), i);
      if (donor !== undefined) {
        b.row.date = snapshot[donor].date;
        b.row.date_precision = snapshot[donor].precision;
      }
    }
    const own = vias.get(b.row.speaker);
    if (!own) return;
    const first = nearest(own.values(), i);
    if (!b.row.via && first !== undefined) b.row.via = snapshot[first].via;
    if (b.row.via) {
      // "the press briefing" is the "telephonic press briefing" named before.
      const { via } = b.row;
      const fuller = nearest([...own].filter(([v]) => v.length > via.length && v.toLowerCase().endsWith(via.toLowerCase())).map(([, list]) => list), i);
      if (fuller !== undefined) b.row.via = snapshot[fuller].via;
    }
  });
}

/** The lists of statements that may lend `b` their date: its own speaker's, or a speaker its role names from the same country. */
function donorLists(dated: Map<string, Map<string, number[]>>, b: Built, namedIn: (speaker: string, role: string) => boolean): number[][] {
  const lists = [...(dated.get(b.row.speaker)?.values() ?? [])];
  if (!b.row.speaker_role) return lists;
  for (const [speaker, byCountry] of dated) {
    const list = byCountry.get(b.row.speaker_country);
    if (list && speaker && speaker !== b.row.speaker && namedIn(speaker, b.row.speaker_role)) lists.push(list);
  }
  return lists;
}

function pushAt(index: Map<string, Map<string, number[]>>, key: string, sub: string, k: number): void {
  let inner = index.get(key);
  if (!inner) index.set(key, (inner = new Map()));
  const list = inner.get(sub);
  if (list) list.push(k);
  else inner.set(sub, [k]);
}

/** Of indices in ascending lists, the nearest one before `i`, else the first after it (never `i`). */
function nearest(lists: Iterable<number[]>, i: number): number | undefined {
  let before = -1;
  let after = Infinity;
  for (const list of lists) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before = Math.max(before, list[lo - 1]);
    if (list[lo] === i) lo++;
    if (lo < list.length) after = Math.min(after, list[lo]);
  }
  if (before >= 0) return before;
  return after < Infinity ? after : undefined;
}

/** A two-argument function whose results are kept, for tests repeated over many rows. */
function memoise<T>(f: (a: string, b: string) => T): (a: string, b: string) => T {
  const cache = new Map<string, T>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = f(a, b)));
    return value as T;
  };
}



/** The same words by the same speaker, said twice, are one statement: the dated one, else the first. */
function dedupe(built: Built[]): Built[] {
  const keep: Built[] = [];
  // Where each speaker's words already stand in `keep`.
  const seen = new Map<string, number>();
  for (const b of built) {
    const key = `${b.row.speaker}\u0000${normaliseWords(b.row.quote)}`;
    const twin = seen.get(key);
    if (twin === undefined) seen.set(key, keep.push(b) - 1);
    else if (!keep[twin].row.date && b.row.date) keep[twin] = b;
  }
  return keep;
}
