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
 */
const datesOfSentence = new WeakMap<Sentence, { ref: string; mentions: readonly DateMention[] }>();

const expressionsOfSentence = new WeakMap<Sentence, readonly DateExpression[]>();

/**
 * The sentence's date expressions as chrono reads them, before resolution: the articles
 * table reads each sentence against two reference dates and the extractors against the
 * publication date, all from one parse.
 */
export function sentenceDateExpressions(sentence: Sentence): readonly DateExpression[] {
  let expressions = expressionsOfSentence.get(sentence);
  if (!expressions) expressionsOfSentence.set(sentence, (expressions = readDateExpressions(sentence.text)));
  return expressions;
}

/** The sentence's date mentions with article offsets, as `findDates(sentence.text, doc.published, sentence.start)`. Do not modify them. */
export function sentenceDates(doc: Pick<ArticleDoc, "published" | "dateCues">, sentence: Sentence): readonly DateMention[] {
  const hit = datesOfSentence.get(sentence);
  if (hit && hit.ref === doc.published) return hit.mentions;
  const mentions = findDates(sentence.text, doc.published || undefined, sentence.start, sentenceDateExpressions(sentence), doc.dateCues);
  datesOfSentence.set(sentence, { ref: doc.published, mentions });
  return mentions;
}
