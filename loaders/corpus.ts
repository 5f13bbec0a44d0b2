/**
 * The corpus: source articles read from a folder, validated, with their metadata.
 * Each file is read by the kind of source its extension names (loaders/source-kinds.ts,
 * loaders/sources/); what a text file's article is, and how one is parsed, is in
 * loaders/source-file.ts, re-exported here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { vetArticleEntry } from "./article-files.ts";
import { InputError } from "./errors.ts";
import { sortArticles, type Article } from "./source-file.ts";
import { kindOf, knownExtensions, SOURCE_KINDS, type SourceKinds } from "./source-kinds.ts";
import { hasSentence, requireSentences } from "./text.ts";

export { articleId, decodeArticle, isRealDate, parseArticle, sortArticles, type Article, type StatedMeta } from "./source-file.ts";

/** Lists the article files of a folder, sorted by name so that every run reads them in one order. */
export function listArticleFiles(dir: string, kinds: SourceKinds = SOURCE_KINDS): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new InputError(dir, 0, `cannot read the articles folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return names
    .filter((name) => kindOf(name, kinds) !== undefined && !name.startsWith("."))
    .map((name) => join(dir, name))
    .sort()
    // Every entry named like an article is one, or is refused by name (see article-files.ts).
    .map((path) => (vetArticleEntry(path), path));
}

/**
 * Reads one source file with the kind its extension names: one article, or one per row
 * of a feed. A file that cannot be read becomes an InputError.
 */
export function readArticleFile(file: string, kinds: SourceKinds = SOURCE_KINDS): Article[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const kind = kindOf(file, kinds);
  if (!kind) throw new InputError(file, 0, `no kind of source reads this extension (read: ${knownExtensions(kinds)})`);
  const articles = kind.read(file, bytes);
  // A text with no sentence (only punctuation, numbers, a credit line) has nothing to extract.
  for (const article of articles) requireProse(article);
  return articles;
}

/** requireSentences, naming the row or page a derived text comes from rather than a line of that text. */
function requireProse(article: Article): void {
  try {
    // Only whether it has a sentence: the extraction splits the article whole later.
    if (!hasSentence(article)) requireSentences(article, []);
  } catch (error) {
    if (!(error instanceof InputError) || article.line === undefined) throw error;
    throw new InputError(article.file, article.line, `article "${article.id}": ${error.problem}`);
  }
}

/**
 * Reads and validates every article of a folder; the first bad file stops the read.
 * The articles come sorted by id (then file), whatever order the folder lists them in.
 */
export function readCorpus(dir: string, kinds: SourceKinds = SOURCE_KINDS): Article[] {
  const files = listArticleFiles(dir, kinds);
  if (files.length === 0) throw new InputError(dir, 0, `no articles in the folder (read: ${knownExtensions(kinds)})`);
  const articles = files.flatMap((file) => readArticleFile(file, kinds));
  assertUniqueIds(articles);
  return sortArticles(articles);
}

/**
 * The ids of a folder's articles, for the site's list of source pages: each file read by
 * its kind but not validated further; a file that cannot be read is left out here (the
 * build that reads the corpus names its problem).
 */
export function listArticleIds(dir: string, kinds: SourceKinds = SOURCE_KINDS): string[] {
  const ids = listArticleFiles(dir, kinds).flatMap((file) => {
    try {
      return kindOf(file, kinds)!.read(file, readFileSync(file)).map((article) => article.id);
    } catch {
      return [];
    }
  });
  return [...new Set(ids)].sort();
}

export function assertUniqueIds(articles: Article[]): void {
  const seen = new Map<string, string>();
  for (const article of articles) {
    const other = seen.get(article.id);
    if (other) throw new InputError(article.file, article.line ?? 1, `duplicate article id "${article.id}" (also ${other}); rename one file or change one id`);
    seen.set(article.id, article.line === undefined ? article.file : `${article.file}:${article.line}`);
  }
}
