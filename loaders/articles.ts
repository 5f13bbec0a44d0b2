/**
 * The articles table: one row per source article, with its title, outlet and
 * publication date, stated by the article or inferred from its text.
 */
import { z } from "zod";
import { datelineAt } from "./dateline.ts";
import { closedHeadline } from "./headline-grammar.ts";
import { join } from "node:path";
import type { Article } from "./corpus.ts";
import { toIso, type DateMention } from "./dates.ts";
import { compilePattern, DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { loadDateWords, type DateWords } from "./date-words.ts";
import { loadSentenceWords, type SentenceWords } from "./sentence-words.ts";
import { inferPublished } from "./publication-date.ts";
import { ARTICLES, type RowOf } from "./schema.ts";
import { splitSentences } from "./text.ts";
import { findOutlet, loadOutletSignatures, type Outlet, type OutletSignatures } from "./outlet-signatures.ts";

export { findOutlet, type Outlet } from "./outlet-signatures.ts";

export { datelineDate, inferPublished, type PublishedDate } from "./publication-date.ts";

/** A row of the articles table (its schema is in loaders/schema.ts). */
export type ArticleRow = RowOf<typeof ARTICLES>;

export interface CalendarEntry {
  event: string;
  date: string;
  patterns: RegExp[];
}


export interface ArticleDictionaries {
  calendar: CalendarEntry[];
  outlets: Outlet[];
  dateWords: DateWords;
  /** Where sentences end (data/sentence-words.yaml). */
  sentenceWords: SentenceWords;
  /** The forms of data/outlet-signatures.yaml, compiled. */
  signatures: OutletSignatures;
}

const calendarSchema = z.array(
  z.object({
    event: z.string().min(1),
    date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD"), z.date()]),
    patterns: z.array(z.string().min(1)).min(1),
  }),
);
const outletsSchema = z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) }));

/** The calendar and outlets of `dir`, loaded once and shared while the files are unchanged. */
export function sharedArticleDictionaries(dir = DATA_DIR): ArticleDictionaries {
  return memoiseDictionary("articles", dir, ["calendar.yaml", "outlets.yaml", "outlet-signatures.yaml", "date-words.yaml", "sentence-words.yaml"], () => loadArticleDictionaries(dir));
}

export function loadArticleDictionaries(dir = DATA_DIR): ArticleDictionaries {
  const calendarFile = join(dir, "calendar.yaml");
  const calendar = loadDictionary("calendar.yaml", calendarSchema, dir).map((entry) => ({
    event: entry.event,
    date: entry.date instanceof Date ? toIso(entry.date) : entry.date,
    patterns: entry.patterns.map((p) => compilePattern(calendarFile, p, "i")),
  }));
  const outlets = loadDictionary("outlets.yaml", outletsSchema, dir);
  return { calendar, outlets, dateWords: loadDateWords(dir), sentenceWords: loadSentenceWords(dir), signatures: loadOutletSignatures(dir, outlets) };
}

/** Builds the articles row of one article. */
export function articleRow(article: Article, dictionaries: ArticleDictionaries, sentences = splitSentences(article, dictionaries.sentenceWords)): ArticleRow {
  const published = inferPublished(article, sentences, dictionaries);
  return {
    article_id: article.id,
    title: article.meta.title ?? findHeadline(article),
    outlet: article.meta.outlet ?? findOutlet(article, dictionaries.outlets, dictionaries.signatures),
    published: published.date,
    published_basis: published.basis,
    published_note: published.note,
    url: article.meta.url ?? "",
    file: article.file.split(/[\\/]/).pop() ?? article.file,
    sentences: sentences.length,
    characters: article.raw.length,
  };
}

const SMALL_WORDS = new Set("a an and as at but by for from in into of on or over the to vs with".split(" "));

/**
 * A headline: the first line of the prose, standing alone (a blank line or a dateline
 * follows), short, without a credit, in title case or in the sentence case many outlets
 * now use; closed by a full stop only as headline-grammar.ts reads it. Text on the same
 * line as a `date` header is a deck or a caption, not a headline.
 */
export function findHeadline(article: Article): string {
  const body = article.raw.slice(article.bodyStart);
  const sameLineAsHeader = article.meta.publishedSource === "date line" && !/^\r?\n/.test(body);
  if (sameLineAsHeader) return "";
  const lines = body.split(/\r?\n/);
  const first = lines[0].trim().replace(/^#+\s*/, "");
  const rest = lines.slice(1).join("\n").trim();
  if (!first || !rest || first.length > 160 || /[!?:]["”’]?$/.test(first) || /(?:--|—|–)\s|\(\w+\)\s*$|[.!?]["”’]?\s+[A-Z][A-Z.&/]+$/.test(first)) return "";
  const words = first.split(/\s+/).map((w) => w.replace(/^['"‘“(]+|['"’”),:;.]+$/g, ""));
  const content = words.filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3 || words.length > 20) return "";
  const standsAlone = /^\s*$/.test(lines[1] ?? "") || datelineAt(lines[1] ?? "", 0) !== undefined;
  // Some pages close their headline with a full stop: then only a line of one sentence set off by
  // a blank line, in title case or in a headline's tense retold by the lede (headline-grammar.ts).
  if (/\.["”’]?$/.test(first)) {
    const single = !/\.\.["”’]?$|[\p{Ll}\d]{2}[.!?]["”’]?\s+\S/u.test(first);
    return single && /^\s*$/.test(lines[1] ?? "") && closedHeadline(first, firstSentence(rest)) ? first : "";
  }
  const capitalised = content.filter((w) => /^[\p{Lu}\d]/u.test(w));
  if (capitalised.length / content.length >= 0.75) return first;
  // Sentence case: a line of its own, set off by a blank line or followed by a dateline.
  return standsAlone && /^[\p{Lu}\d'"‘“]/u.test(first) ? first : "";
}

/** The first sentence of a text, roughly: up to a stop before a space and a capital. */
function firstSentence(text: string): string {
  const end = /[.!?]["”’]?\s+(?=[\p{Lu}"“])/u.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

export type { DateMention };
