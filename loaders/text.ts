/**
 * Text and sentences: splits an article's raw text into paragraphs and sentences with
 * exact offsets, leaving out what is not prose (credit lines, datelines, scraping artefacts).
 */
import type { Article } from "./corpus.ts";
import { datelineAt } from "./dateline.ts";
import { InputError, lineOf } from "./errors.ts";
import { sharedSentenceWords, type SentenceWords } from "./sentence-words.ts";

export interface Sentence {
  /** Position of the sentence in the article, from 0. */
  index: number;
  /** Paragraph (line block) the sentence stands in, from 0. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Lines and sentences that are not prose: photo credits, agency signatures, scraping artefacts. */
const CREDIT = /^(?:[—–-]+\s*[A-Z][\w.&'’]*(?:[ /][A-Z][\w.&'’]*){0,2}|\(\s*[A-Z][\w.&'’]*(?:[ /][A-Z][\w.&'’]*){0,2}\s*\)|[A-Z][A-Z.&'’]+(?:[ /][A-Z][A-Z.&'’]+){0,2})$/;

/** Characters that end a line as a paragraph, so that the next line does not run on. */
const PARAGRAPH_END = ".!?:\"”»)]";
const OPEN_QUOTES = "“\"«";
const CLOSERS = "\"”»’')]";

/** Splits the article's prose into sentences with offsets into `article.raw`. */
export function splitSentences(article: Pick<Article, "raw" | "bodyStart">, words: SentenceWords = sharedSentenceWords()): Sentence[] {
  return [...proseSentences(article, words)];
}

/**
 * Whether the article holds a sentence at all. Reading a folder asks only that of every article,
 * before the extraction splits it whole: the question stops at the first sentence.
 */
export function hasSentence(article: Pick<Article, "raw" | "bodyStart">, words: SentenceWords = sharedSentenceWords()): boolean {
  return !proseSentences(article, words).next().done;
}

/** The article's sentences in order, each made when asked for. */
function* proseSentences(article: Pick<Article, "raw" | "bodyStart">, words: SentenceWords): Generator<Sentence> {
  let index = 0;
  let paragraph = 0;
  const blocks = paragraphs(article.raw, article.bodyStart);
  for (let b = 0; b < blocks.length; b++) {
    const [pStart, pEnd] = blocks[b];
    let added = false;
    for (const [start, end] of sentenceSpans(article.raw, pStart, pEnd, words, quoteRunsOn(article.raw, pStart, blocks[b + 1]))) {
      for (const [s, e] of removeBoilerplate(article.raw, start, end, words)) {
        const text = article.raw.slice(s, e);
        if (CREDIT.test(text) || !/[a-z]/i.test(text)) continue;
        yield { index: index++, paragraph, start: s, end: e, text };
        added = true;
      }
    }
    if (added) paragraph++;
  }
}

/**
 * The sentences of an article that has some; an article without a single sentence (only
 * punctuation, numbers, a credit line or a dateline) is refused with its file and line.
 */
export function requireSentences(article: Pick<Article, "file" | "raw" | "bodyStart">, sentences: Sentence[]): Sentence[] {
  if (sentences.length > 0) return sentences;
  let at = article.bodyStart;
  while (at < article.raw.length && /\s/.test(article.raw[at])) at++;
  throw new InputError(
    article.file,
    lineOf(article.raw, at),
    "the article has no sentences (only punctuation, numbers, credits or datelines); give it some prose or remove the file",
  );
}

/**
 * Paragraphs as [start, end) spans. A line break ends a paragraph, except where a
 * hard-wrapped line runs on: no closing punctuation, and the next line starts in lower case or,
 * in a text wrapped at a column, its first word would not have fitted on the line ("said the
 * South / Korean Foreign Ministry.").
 */
export function paragraphs(raw: string, from = 0): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = from;
  let match: RegExpExecArray | null;
  lineBreak.lastIndex = from;
  while ((match = lineBreak.exec(raw))) {
    lines.push([start, match.index]);
    start = match.index + match[0].length;
  }
  lines.push([start, raw.length]);
  const trimmed = lines.map(([s0, e0]) => trimSpan(raw, s0, e0)).filter(([s, e]) => s < e);
  const column = wrapColumn(trimmed);
  const blocks: Array<[number, number]> = [];
  let lineStart = -1;
  for (const [s, e] of trimmed) {
    const last = blocks[blocks.length - 1];
    // Only the block's last character is looked at: slicing the whole block would make a
    // long hard-wrapped paragraph quadratic.
    const runsOn = last && last[1] === prevLineEnd(raw, s) && (column === undefined ? runsOnAfter(raw, last[1], s) : runsOnAtColumn(raw, last[1], lineStart, s, e, column));
    if (runsOn) last[1] = e;
    else blocks.push([s, e]);
    lineStart = s;
  }
  return blocks;
}

/** A line without closing punctuation runs on into a line that starts in lower case. */
function runsOnAfter(raw: string, end: number, next: number): boolean {
  return !PARAGRAPH_END.includes(raw[end - 1]) && /^[a-z]/.test(raw[next]);
}

/**
 * In a text wrapped at `column`, a line runs on where the next line's first word would not have
 * fitted on it ("said the South / Korean Foreign Ministry."), or where that line starts in lower
 * case; a closing quotation mark or bracket at the line's end is the wrap's, not a paragraph's
 * end. A line that starts with a digit is not run into ("… Cooperation / 12/18/2024 3:11 PM").
 */
function runsOnAtColumn(raw: string, end: number, lineStart: number, next: number, nextEnd: number, column: number): boolean {
  // A sentence's end, with any closing marks after it ('… by missiles and drones.”').
  let last = end - 1;
  while (last > lineStart && CLOSERS.includes(raw[last])) last--;
  if (SENTENCE_END.includes(raw[last])) return false;
  if (/^[a-z]/.test(raw[next])) return true;
  return /^[\p{L}"“‘'(]/u.test(raw[next]) && end - lineStart + 1 + firstWordLength(raw, next, nextEnd) > column;
}

/** Characters that end a line as a paragraph even in a text wrapped at a column. */
const SENTENCE_END = ".!?:";

/** Fewest lines, and widest column, of a text read as wrapped at a column. */
const WRAPPED_LINES = 6;
const WIDEST_WRAP = 120;

/**
 * The column a hard-wrapped text is wrapped at (its widest line), when most of its lines come
 * near it; undefined for a text whose paragraphs are lines of their own.
 */
function wrapColumn(lines: Array<[number, number]>): number | undefined {
  if (lines.length < WRAPPED_LINES) return undefined;
  let widest = 0;
  for (const [s, e] of lines) widest = Math.max(widest, e - s);
  if (widest > WIDEST_WRAP) return undefined;
  const full = lines.filter(([s, e]) => e - s >= widest * 0.75).length;
  return full * 2 >= lines.length ? widest : undefined;
}

function firstWordLength(raw: string, s: number, e: number): number {
  let i = s;
  while (i < e && raw[i] !== " " && raw[i] !== "\t") i++;
  return i - s;
}

/** The trimmed end of the line before offset `s`, if that line was not blank. */
function prevLineEnd(raw: string, s: number): number {
  let i = s - 1;
  while (i >= 0 && (raw[i] === "\n" || raw[i] === "\r")) i--;
  const breaks = raw.slice(i + 1, s).split("\n").length - 1;
  if (breaks > 1) return -1;
  while (i >= 0 && (raw[i] === " " || raw[i] === "\t")) i--;
  return i + 1;
}

function trimSpan(raw: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(raw[start])) start++;
  while (end > start && /\s/.test(raw[end - 1])) end--;
  return [start, end];
}

/**
 * Spans between double quotation marks (curly, straight or guillemets) in raw[start, end), as [open,
 * close] offsets. A quotation left open is dropped, or with `runOn` runs to `end`.
 */
export function quotedSpans(raw: string, start = 0, end = raw.length, runOn: RunOn = false): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let straightOpen = -1;
  let doubledOpen = -1;
  // The marks are found by a pattern over the range (a slice shares the text, it copies nothing):
  // a loop over every character kept falling back to V8's interpreter, each sentence anew.
  const range = raw.slice(start, end);
  for (const m of allMatches(QUOTATION_MARK, range)) {
    const i = start + m.index;
    const c = m[0];
    if (c === "''") {
      // Two apostrophes for a double quote, as some wires and archives write: the first pair opens, the next closes.
      if (doubledOpen < 0) doubledOpen = i;
      else {
        spans.push([doubledOpen, i]);
        doubledOpen = -1;
      }
    } else if (c === "“" || c === "«") open = i;
    else if (c === '"') {
      // A page that mixes its marks closes a curly quote with a straight one ('“We will stay," she said').
      if (straightOpen < 0 && open >= 0 && !/[\p{L}\p{N}]/u.test(raw[i + 1] ?? "")) {
        spans.push([open, i]);
        open = -1;
      } else if (straightOpen < 0) straightOpen = i;
      else {
        spans.push([straightOpen, i]);
        straightOpen = -1;
      }
    } else if (open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  }
  // A mark given: only a quotation opened with a mark of the same kind runs on (curly with curly, straight with straight).
  if (runOn && open >= 0 && (runOn === true || runOn !== '"')) spans.push([open, end]);
  if (runOn && straightOpen >= 0 && (runOn === true || runOn === '"')) spans.push([straightOpen, end]);
  return spans;
}

/** The double quotation marks quotedSpans pairs: curly, straight, guillemets and two apostrophes. */
const QUOTATION_MARK = /[“”«»"]|''/g;

/**
 * Whether a quotation left open in a paragraph runs on past its end: the next paragraph opens
 * with a quotation mark (a quote over several paragraphs closes only in its last:
 * '“We will sail. We will not retreat.¶“And we will win.”'), or none follows (a page cut
 * inside a quotation: '“We will sail. We will not retr').
 */
export function quoteRunsOn(raw: string, start: number, next: [number, number] | undefined): RunOn {
  if (TURN_LABEL.test(raw.slice(start, start + 40))) return false;
  if (!next) return true;
  // A mark of another kind opens a quotation inside the one left open ('"… ¶“It never crossed my mind,” she said'): no run-on.
  return OPEN_QUOTES.includes(raw[next[0]]) && !TURN_LABEL.test(raw.slice(next[0], next[0] + 40)) ? raw[next[0]] : false;
}

/** Whether a quotation left open runs to the paragraph's end: any, none, or only one opened with this mark. */
export type RunOn = boolean | string;

/** A transcript's turn ('"PENCE: Well, …'): each of its sentences is read on its own, the label speaking for the first. */
const TURN_LABEL = /^["“«]\p{Lu}[\p{Lu} .'’-]*:/u;

/**
 * Sentence spans of one paragraph; with `runOn`, a quotation left open runs to the paragraph's
 * end and stays whole, as a closed one does.
 */
export function sentenceSpans(raw: string, pStart: number, pEnd: number, words: SentenceWords = sharedSentenceWords(), runOn: RunOn = false): Array<[number, number]> {
  // A dateline that opens the paragraph ("WASHINGTON --") is not part of its first sentence.
  pStart = datelineAt(raw, pStart, pEnd)?.end ?? pStart;
  // Quotations by opening position; `reach` is the furthest closing mark of those opened
  // before the current position, so the quotation check below is one comparison, not a
  // scan of every quotation (which made a long paragraph full of quotes quadratic).
  const quotes = quotedSpans(raw, pStart, pEnd, runOn).sort((a, b) => a[0] - b[0]);
  let nextQuote = 0;
  let reach = -1;
  const spans: Array<[number, number]> = [];
  let start = pStart;
  for (let i = pStart; i < pEnd; i++) {
    const c = raw[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < pEnd && CLOSERS.includes(raw[j])) j++;
    if (j >= pEnd) break;
    if (raw[j] !== " " && raw[j] !== "\t") {
      // Scraped pages drop the space after a full stop: "last week.According to …".
      if (c === "." && j === i + 1 && isGluedSentenceStart(raw, i)) {
        while (nextQuote < quotes.length && quotes[nextQuote][0] < i) reach = Math.max(reach, quotes[nextQuote++][1]);
        if (reach > i) continue;
        spans.push(trimSpan(raw, start, j));
        start = j;
      }
      continue;
    }
    let k = j;
    while (k < pEnd && (raw[k] === " " || raw[k] === "\t")) k++;
    if (k >= pEnd) break;
    const next = raw[k];
    // Two apostrophes written for a double quote (''like this'') open a sentence as one does.
    const opensSentence = /[A-Z0-9]/.test(next) || OPEN_QUOTES.includes(next) || (next === "'" && raw[k + 1] === "'") || next === "(" || next === "‘" || next === "—" || next === "–";
    if (!opensSentence) continue;
    // '"…." — Maren Okafor': a dash that signs the quotation just closed stays in its sentence.
    if ((next === "—" || next === "–") && "\"”".includes(raw[j - 1]) && isSignature(raw, k + 1, pEnd)) continue;
    if (c === "." && !endsSentenceAfterPeriod(raw, pStart, i, k, words)) continue;
    // A sentence end inside a quotation that goes on (one opened before it and closed after
    // its closing marks): keep the quotation whole.
    while (nextQuote < quotes.length && quotes[nextQuote][0] < i) reach = Math.max(reach, quotes[nextQuote++][1]);
    if (reach > j - 1) continue;
    spans.push(trimSpan(raw, start, j));
    start = k;
  }
  spans.push(trimSpan(raw, start, pEnd));
  return spans.filter(([s, e]) => e > s);
}

/** Whether the rest of a paragraph, from `from`, is a short signature: a name and perhaps a role, no sentence of its own. */
function isSignature(raw: string, from: number, pEnd: number): boolean {
  if (pEnd - from > 160) return false;
  const rest = raw.slice(from, pEnd).trim();
  return /^\p{Lu}/u.test(rest) && rest.split(/\s+/).length <= 12 && !/[.!?]["”’]?\s+\p{Lu}/u.test(rest);
}

/** "week.According", "2023.It": a lower-case word of two letters or more (or a number of two digits or more), a full stop, then a capitalised word. */
function isGluedSentenceStart(raw: string, dot: number): boolean {
  return /(?:\p{Ll}\p{Ll}|\d\d)$/u.test(raw.slice(Math.max(0, dot - 2), dot)) && /^\p{Lu}\p{Ll}/u.test(raw.slice(dot + 1, dot + 3)) && !/[/@]\S*$/.test(raw.slice(Math.max(0, dot - 40), dot));
}

/** Whether the period at `dot` ends a sentence, given the next word starts at `next`. */
function endsSentenceAfterPeriod(raw: string, pStart: number, dot: number, next: number, words: SentenceWords): boolean {
  let w = dot;
  while (w > pStart && /[\p{L}.]/u.test(raw[w - 1])) w--;
  const word = raw.slice(w, dot).toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(raw.slice(next, next + 30))?.[0] ?? "";
  if (/^\p{Lu}$/u.test(raw.slice(w, dot)) && w > pStart) return false; // an initial: "John F. Kennedy"
  if (raw[dot - 1] === "/" && /\d/.test(raw[next])) return false; // a currency sign ending in a stop: "S/. 40 million"
  if (words.sentenceFinalAbbreviations.has(word)) return words.sentenceStarters.has(nextWord);
  if (words.abbreviations.has(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return words.sentenceStarters.has(nextWord); // other dotted initialisms
  return true;
}

/** Cuts scraping artefacts ("The story continues") out of a sentence span. */
function removeBoilerplate(raw: string, start: number, end: number, words: SentenceWords): Array<[number, number]> {
  const text = raw.slice(start, end);
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const match of allMatches(words.scrapingArtefacts, text)) {
    parts.push(trimSpan(raw, start + from, start + match.index));
    from = match.index + match[0].length;
  }
  parts.push(trimSpan(raw, start + from, end));
  return parts.filter(([s, e]) => e > s);
}

/** The sentence containing an offset, by binary search over sorted sentences. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Every match of a global pattern, the same as `[...text.matchAll(pattern)]`, without the
 * copy of the pattern that matchAll makes on each call: the extractors run their patterns
 * on every sentence, where that copy costs more than the search. The matches are collected
 * before they are returned, so a caller may run the same pattern again while reading them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point with the u or v flag), as matchAll does.
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  pattern.lastIndex = 0;
  return out;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** A text as a pattern that matches it literally. */
/** The text with each curly apostrophe (’) written straight ('): pages mix the two within one name or word. */
export function straightApostrophes(text: string): string {
  return text.includes("’") ? text.replace(/’/g, "'") : text;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Phrases as the alternatives of a pattern, each matched literally, longest first so that
 * "North Korea" is tried before "North"; with `anySpace`, a phrase's spaces match any run of
 * white space (a line break inside a phrase).
 */
export function literalAlternatives(phrases: Iterable<string>, { anySpace = false } = {}): string {
  const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
  return longestFirst.map((phrase) => (anySpace ? escapeRegExp(phrase).replace(/ /g, "\\s+") : escapeRegExp(phrase))).join("|");
}
