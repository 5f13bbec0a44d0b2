/**
 * An article prepared for extraction: its raw text, sentences and the date that
 * relative expressions resolve against. Every extractor takes one of these.
 */
import type { ArticleReading } from "./analysis/index.ts";
import type { ArticleRow } from "./articles.ts";
import type { Article } from "./corpus.ts";
import type { DateCues } from "./date-words.ts";
import { findDates, readDateExpressions, type DateExpression, type DateMention } from "./dates.ts";
import type { Sentence } from "./text.ts";

export interface ArticleDoc {
  article: Article;
  /** The article's row of the articles table (title, outlet, published …). */
  meta: ArticleRow;
  sentences: Sentence[];
  /** The publication date (ISO) that relative dates resolve against, or "" when unknown. */
  published: string;
  /** The analysis layer's reading of the sentences (words, actors), shared by every extractor. */
  reading: ArticleReading;
  /** The words dates are read with (data/date-words.yaml). */
  dateCues: DateCues;
}

/**
 * A row id that stays the same when other articles are added or files are listed in
 * another order: the table's letter, the article and the row's offset in it. A second row
 * at the same offset gets ".2": read from the right, an id ends in digits after its last
 * "-" (the offset) or in ".n", so two articles can never make the same id ("s" at 622 and
 * "s-622" at 2 give e-s-622.2 and e-s-622-2).
 */
export function stableId(prefix: string, articleId: string, charStart: number, taken: Set<string>): string {
  const base = `${prefix}-${articleId}-${charStart}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}.${n}`;
  taken.add(id);
  return id;
}

/**
 * The dates of each sentence, resolved against the article's date. Quantities, statements
 * and events all read them, and chrono is the slowest step of the extraction, so each
 * sentence is parsed once. Keyed by the sentence object (a WeakMap, so the memo goes with
 * the document) and by the reference date, since a sentence may be read against another.
 * One entry per sentence holds both its expressions and its resolved dates, and a sentence
 * without any holds the one shared empty list: a long article keeps these for every sentence.
 */
interface SentenceDateMemo {
  expressions: readonly DateExpression[];
  ref?: string;
  mentions?: readonly DateMention[];
}

const datesMemo = new WeakMap<Sentence, SentenceDateMemo>();

const NONE: readonly never[] = Object.freeze([]);

const shared = <T>(items: readonly T[]): readonly T[] => (items.length ? items : NONE);

function memoOf(sentence: Sentence): SentenceDateMemo {
  let memo = datesMemo.get(sentence);
  if (!memo) datesMemo.set(sentence, (memo = { expressions: shared(readDateExpressions(sentence.text)), ref: undefined, mentions: undefined }));
  return memo;
}

/**
 * The sentence's date expressions as chrono reads them, before resolution: the articles
 * table reads each sentence against two reference dates and the extractors against the
 * publication date, all from one parse. Do not modify them.
 */
export function sentenceDateExpressions(sentence: Sentence): readonly DateExpression[] {
  return memoOf(sentence).expressions;
}

/** The sentence's date mentions with article offsets, as `findDates(sentence.text, doc.published, sentence.start)`. Do not modify them. */
export function sentenceDates(doc: Pick<ArticleDoc, "published" | "dateCues">, sentence: Sentence): readonly DateMention[] {
  const memo = memoOf(sentence);
  if (memo.mentions && memo.ref === doc.published) return memo.mentions;
  memo.mentions = shared(findDates(sentence.text, doc.published || undefined, sentence.start, memo.expressions, doc.dateCues));
  memo.ref = doc.published;
  return memo.mentions;
}
