/**
 * The articles table: one row per source article, with its title, outlet and
 * publication date, stated by the article or inferred from its text.
 */
import { z } from "zod";
import { join } from "node:path";
import type { Article } from "./corpus.ts";
import { toIso, type DateMention } from "./dates.ts";
import { compilePattern, DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { loadDateWords, type DateWords } from "./date-words.ts";
import { inferPublished } from "./publication-date.ts";
import { ARTICLES, type RowOf } from "./schema.ts";
import { escapeRegExp, splitSentences } from "./text.ts";

export { datelineDate, inferPublished, type PublishedDate } from "./publication-date.ts";

/** A row of the articles table (its schema is in loaders/schema.ts). */
export type ArticleRow = RowOf<typeof ARTICLES>;

export interface CalendarEntry {
  event: string;
  date: string;
  patterns: RegExp[];
}

export interface Outlet {
  name: string;
  aliases: string[];
}

export interface ArticleDictionaries {
  calendar: CalendarEntry[];
  outlets: Outlet[];
  dateWords: DateWords;
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
  return memoiseDictionary("articles", dir, ["calendar.yaml", "outlets.yaml", "date-words.yaml"], () => loadArticleDictionaries(dir));
}

export function loadArticleDictionaries(dir = DATA_DIR): ArticleDictionaries {
  const calendarFile = join(dir, "calendar.yaml");
  const calendar = loadDictionary("calendar.yaml", calendarSchema, dir).map((entry) => ({
    event: entry.event,
    date: entry.date instanceof Date ? toIso(entry.date) : entry.date,
    patterns: entry.patterns.map((p) => compilePattern(calendarFile, p, "i")),
  }));
  return { calendar, outlets: loadDictionary("outlets.yaml", outletsSchema, dir), dateWords: loadDateWords(dir) };
}

/** Builds the articles row of one article. */
export function articleRow(article: Article, dictionaries: ArticleDictionaries, sentences = splitSentences(article)): ArticleRow {
  const published = inferPublished(article, sentences, dictionaries);
  return {
    article_id: article.id,
    title: article.meta.title ?? findHeadline(article),
    outlet: article.meta.outlet ?? findOutlet(article, dictionaries.outlets),
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
 * follows), short, without a closing period or a credit, in title case or in the
 * sentence case many outlets now use. Text on the same line as a `date` header is a
 * deck or a caption, not a headline.
 */
export function findHeadline(article: Article): string {
  const body = article.raw.slice(article.bodyStart);
  const sameLineAsHeader = article.meta.publishedSource === "date line" && !/^\r?\n/.test(body);
  if (sameLineAsHeader) return "";
  const lines = body.split(/\r?\n/);
  const first = lines[0].trim().replace(/^#+\s*/, "");
  const rest = lines.slice(1).join("\n").trim();
  if (!first || !rest || first.length > 160 || /[.!?:]["”’]?$/.test(first) || /(?:--|—|–)\s|\(\w+\)\s*$|[.!?]["”’]?\s+[A-Z][A-Z.&/]+$/.test(first)) return "";
  const words = first.split(/\s+/).map((w) => w.replace(/^['"‘“(]+|['"’”),:;]+$/g, ""));
  const content = words.filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3 || words.length > 20) return "";
  const capitalised = content.filter((w) => /^[\p{Lu}\d]/u.test(w));
  if (capitalised.length / content.length >= 0.75) return first;
  // Sentence case: a line of its own, set off by a blank line or followed by a dateline.
  const standsAlone = /^\s*$/.test(lines[1] ?? "") || /^[A-Z][A-Z .'’-]{2,}(?:,| \(|\s+(?:--|—|–))/.test(lines[1] ?? "");
  return standsAlone && /^[\p{Lu}\d'"‘“]/u.test(first) ? first : "";
}

/**
 * The forms of an outlet's signature, the article's own first, photo credits last; group 1
 * is the outlet. `alias` is the alternation of the outlets' known aliases.
 */
function signaturePatterns(alias: string): RegExp[] {
  const name = String.raw`[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}`;
  // A wire's name in parentheses may open in lower case: "(dpa-AFX)".
  const wire = String.raw`\p{L}[\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}`;
  return [
    new RegExp(String.raw`\((${name})\)\s*$`, "m"),
    // A wire's credit: "SOURCE: AA", "(MENAFN) North Korea has …", "PYONGYANG (dpa-AFX) -".
    new RegExp(String.raw`^[ \t]*(?:SOURCE|Source):[ \t]*(${name})[ \t]*$`, "m"),
    new RegExp(String.raw`^[ \t]*\((${wire})\) ?(?:--|—|–|-)? ?[A-Z]`, "mu"),
    new RegExp(String.raw`^[ \t]*[A-Z][A-Z .'-]+ \((${wire})\) ?(?:--|—|–|-) `, "mu"),
    // TASS's "September 13. /TASS/." and a byline "Reuters | Washington DC | Updated: …".
    new RegExp(String.raw`\d\. /([A-Z][A-Z-]+)/\.`),
    new RegExp(String.raw`^[ \t]*(${alias}) \| `, "m"),
    // A dated byline naming the outlet, not a reporter: "Published May 2, 2024 8:14 PM by The
    // Maritime Executive" (a known outlet, or a name opening with "The").
    new RegExp(String.raw`^[ \t]*(?:Published|Posted|Updated)[ \t][\w ,:.]{4,40}? by (${alias}|The ${name})[ \t]*$`, "m"),
    // The outlet speaking of itself: "Support The Moscow Times!", "by … and The Kyiv
    // Independent news desk", "originally published by Radio Free Asia", "…, Censor.NET reports."
    new RegExp(String.raw`^[ \t]*Support (${name})!`, "m"),
    new RegExp(String.raw`\b(?:by|and) (${name}) news desk\b`),
    new RegExp(String.raw`\boriginally published by (${name})\b`),
    new RegExp(String.raw`, (${name}) reports\.[ \t]*$`, "m"),
    // [ \t]*, not \s*: at every line start \s* would run over all the blank lines below it.
    new RegExp(String.raw`^[ \t]*[Ww]ith (?:additional )?reporting by (${name})`, "m"),
    new RegExp(String.raw`Follow (${name})['’]s coverage`),
    new RegExp(String.raw`\((${alias})\)`),
    new RegExp(String.raw`^[A-Z][A-Z .,'-]+(?:,[^()\n]{0,30})? \((${alias})\) ?(?:--|—|–|-)`, "m"),
    // Any wire's dateline or timestamp: "TOKYO, May 24 (KUNA) --", "2025-07-13 02:28:33 (MENAFN)".
    new RegExp(String.raw`^[ \t]*[A-Z][A-Z .'-]+, [A-Z][a-z]{2,8}\.? \d{1,2} \((${name})\) ?(?:--|—|–|-)`, "m"),
    new RegExp(String.raw`^[ \t]*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})? \((${name})\)`, "m"),
    new RegExp(String.raw`(?:^|\s)[—–-]\s*(${alias})\s*$`, "m"),
    // Words after the slash are separated by spaces that \s* cannot also take (no backtracking).
    new RegExp(String.raw`[.!?]\s+(${alias})(?:/[\w.-]+(?: +[\w.-]+)*)?\s*$`, "m"),
    new RegExp(String.raw`\b(${alias})/[A-Z][\w.-]*`),
  ];
}

/** The outlet from a signature: "(Yonhap)", "With reporting by Reuters", "Follow AP's coverage", "— AFP", a photo credit. */
export function findOutlet(article: Article, outlets: Outlet[]): string {
  const body = article.raw.slice(article.bodyStart);
  const byAlias = new Map<string, string>();
  for (const outlet of outlets) for (const alias of outlet.aliases) byAlias.set(alias, outlet.name);
  const alias = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  for (const signature of signaturePatterns(alias)) {
    const match = signature.exec(body);
    if (match) return byAlias.get(match[1]) ?? match[1];
  }
  return "";
}

export type { DateMention };
