/** Statements of an invented article given as plain text (no front matter: offsets count from its first character), dated `published`. */
import { expect } from "vitest";
import type { ArticleRow } from "../../loaders/articles.ts";
import type { ArticleDoc } from "../../loaders/document.ts";
import { readArticle } from "../../loaders/analysis/index.ts";
import { sharedDateWords } from "../../loaders/date-words.ts";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements, type StatementRow } from "../../loaders/statements.ts";
import { splitSentences } from "../../loaders/text.ts";

export const lexicon = loadStatementLexicon();

/** An article of our own making, dated `published`. */
export function doc(raw: string, published = "2024-06-26"): ArticleDoc {
  const article = { id: "test", file: "test.txt", raw, meta: {}, bodyStart: 0 };
  return { article, meta: { article_id: "test" } as ArticleRow, sentences: splitSentences(article), published, reading: readArticle(lexicon.gazetteer), dateCues: sharedDateWords().cues };
}

export function statements(raw: string, published?: string): StatementRow[] {
  return extractStatements(doc(raw, published), lexicon);
}

export function only(raw: string, published?: string): StatementRow {
  const rows = statements(raw, published);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** The row's offsets point at its first fragment or clause in the raw text. */
export function expectOffsets(raw: string, row: StatementRow, text: string) {
  expect(raw.slice(row.char_start, row.char_end)).toBe(text);
}
