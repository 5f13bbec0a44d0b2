/**
 * One worker of the extraction pool (loaders/extract-pool.ts): extracts a batch of
 * articles with the dictionaries of a data folder, read once per worker.
 */
import type { Article } from "./corpus.ts";
import { extractArticle, loadDictionaries, type ArticleRows } from "./tables.ts";

export interface ExtractionBatch {
  articles: Article[];
  /** The dictionaries' folder; the project's data/ when absent. */
  dataDir?: string;
}

export default function extractBatch({ articles, dataDir }: ExtractionBatch): ArticleRows[] {
  const dictionaries = loadDictionaries(dataDir);
  return articles.map((article) => extractArticle(article, dictionaries));
}
