/** Test helpers: make articles from text without touching the disk. */
import { parseArticle, type Article } from "../loaders/corpus.ts";
import type { ArticleDoc } from "../loaders/document.ts";
import { loadDictionaries, prepareArticle } from "../loaders/tables.ts";

export function makeArticle(raw: string, id = "test_article"): Article {
  return parseArticle(`${id}.txt`, raw);
}

/** An article ready for extraction; `published` fixes the reference date through front matter. */
export function makeDoc(body: string, published = "2024-06-24", id = "test_article"): ArticleDoc {
  const raw = published ? `---\npublished: ${published}\n---\n${body}` : body;
  return prepareArticle(makeArticle(raw, id), loadDictionaries());
}
