/**
 * An article prepared for extraction: its raw text, sentences and the date that
 * relative expressions resolve against. Every extractor takes one of these.
 */
import type { ArticleRow } from "./articles.ts";
import type { Article } from "./corpus.ts";
import type { Sentence } from "./text.ts";

export interface ArticleDoc {
  article: Article;
  /** The article's row of the articles table (title, outlet, published …). */
  meta: ArticleRow;
  sentences: Sentence[];
  /** The publication date (ISO) that relative dates resolve against, or "" when unknown. */
  published: string;
}

/**
 * A row id that stays the same when other articles are added or files are listed in
 * another order: the table's letter, the article and the row's offset in it.
 */
export function stableId(prefix: string, articleId: string, charStart: number, taken: Set<string>): string {
  const base = `${prefix}-${articleId}-${charStart}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
