/**
 * The corpus: source articles read from a folder, validated, with their metadata.
 *
 * The raw text is kept exactly as stored (BOM, CRLF, front matter and header lines
 * included) because every offset in every table points into it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { vetArticleEntry } from "./article-files.ts";
import { InputError, lineOf } from "./errors.ts";
import { escapeRegExp, requireSentences, splitSentences } from "./text.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

/** Metadata an article states about itself (front matter or a `date YYYY-MM-DD` header line). */
export interface StatedMeta {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  /** Where `published` came from. */
  publishedSource?: "front matter" | "date line";
}

export interface Article {
  id: string;
  /** Path as given to the reader, for messages. */
  file: string;
  raw: string;
  meta: StatedMeta;
  /** Offset where the article's prose begins: after the BOM, front matter and date prefix. */
  bodyStart: number;
}

/** Whether a YYYY-MM-DD string names a day that exists (Date.parse takes 2024-02-30 for March 1). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : String(value).trim()))
  .refine(isRealDate, { message: "must be a date written YYYY-MM-DD" });

const frontMatterSchema = z
  .object({
    title: z.string().optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    published: isoDate.optional(),
    date: isoDate.optional(),
  })
  .passthrough();

const FRONT_MATTER = /^(\uFEFF?)---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** The header line two seed files begin with: ` date 2024-06-24 …`. */
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

/** The id of an article file: its name without extension. */
export function articleId(file: string): string {
  return basename(file, extname(file));
}

/** Decodes bytes as strict UTF-8, refusing binary files with a clear message. */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, 1, "the file is empty");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 1, "the file is UTF-16 text; save it as UTF-8");
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
    throw new InputError(file, line, "the file is binary (it contains a NUL byte), not text");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
    throw new InputError(file, line, `invalid UTF-8 at byte ${bad}; save the file as UTF-8 text`);
  }
}

/**
 * The offset of the first byte that is not valid UTF-8: a binary search for the longest
 * prefix that decodes, a character cut short at the prefix's end being allowed (stream mode,
 * with a fresh decoder each time so that no state carries over).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid;
  }
  // The prefix may end with the first bytes of the bad sequence: back up to where it starts.
  for (let back = 0; back < 4 && back <= lo; back++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo - back));
      return lo - back;
    } catch {
      // Still inside the bad sequence.
    }
  }
  return lo;
}

/** Parses one article's text: front matter, a date header line, and where the prose starts. */
export function parseArticle(file: string, raw: string): Article {
  const id = articleId(file);
  const meta: StatedMeta = {};
  let bodyStart = raw.startsWith("\uFEFF") ? 1 : 0;
  const fm = FRONT_MATTER.exec(raw);
  if (fm) {
    const yamlStart = fm[1].length + raw.slice(fm[1].length).indexOf("\n") + 1;
    const doc = parseDocument(fm[2]);
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const line = lineOf(raw, yamlStart + (error.pos?.[0] ?? 0));
      throw new InputError(file, line, `front matter is not valid YAML: ${error.message.split("\n")[0]}`);
    }
    let data: unknown;
    try {
      data = doc.toJS();
    } catch (error) {
      // The yaml library refuses alias bombs ("billion laughs") and the like here.
      throw new InputError(file, lineOf(raw, yamlStart), `front matter cannot be read: ${(error as Error).message.split("\n")[0]}`);
    }
    if (data !== null && (typeof data !== "object" || Array.isArray(data))) {
      throw new InputError(file, lineOf(raw, yamlStart), "front matter must be a list of `key: value` fields");
    }
    const parsed = frontMatterSchema.safeParse(data ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = String(issue.path[0] ?? "");
      const keyOffset = raw.slice(yamlStart).search(new RegExp(`^${escapeRegExp(key)}[ \\t]*:`, "m"));
      const line = lineOf(raw, yamlStart + Math.max(0, keyOffset));
      throw new InputError(file, line, `front matter field \`${key}\` ${issue.message}`);
    }
    const { title, outlet, url, published, date } = parsed.data;
    Object.assign(meta, stripUndefined({ title, outlet, url }));
    if (published ?? date) {
      meta.published = published ?? date;
      meta.publishedSource = "front matter";
    }
    bodyStart = fm[0].length;
  }
  const dateLine = DATE_LINE.exec(raw.slice(bodyStart));
  if (dateLine) {
    if (!isRealDate(dateLine[1])) {
      throw new InputError(file, lineOf(raw, bodyStart), `the date line gives an impossible date ${dateLine[1]}`);
    }
    if (!meta.published) {
      meta.published = dateLine[1];
      meta.publishedSource = "date line";
    }
    bodyStart += dateLine[0].length;
  }
  if (raw.slice(bodyStart).trim() === "") {
    throw new InputError(file, lineOf(raw, bodyStart), "the article has no text");
  }
  return { id, file, raw, meta, bodyStart };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}

/** Lists the article files of a folder, sorted by name so that every run reads them in one order. */
export function listArticleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new InputError(dir, 0, `cannot read the articles folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return names
    .filter((name) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith("."))
    .map((name) => join(dir, name))
    .sort()
    // Every entry named like an article is one, or is refused by name (see article-files.ts).
    .map((path) => (vetArticleEntry(path), path));
}

/** Reads one article file, turning a file that cannot be read into an InputError. */
export function readArticleFile(file: string): Article {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const article = parseArticle(file, decodeArticle(file, bytes));
  // A file with no sentence (only punctuation, numbers, a credit line) has nothing to extract.
  requireSentences(article, splitSentences(article));
  return article;
}

/**
 * Reads and validates every article of a folder; the first bad file stops the read.
 * The articles come sorted by id (then file), whatever order the folder lists them in.
 */
export function readCorpus(dir: string): Article[] {
  const files = listArticleFiles(dir);
  if (files.length === 0) throw new InputError(dir, 0, `no .txt or .md articles in the folder`);
  const articles = files.map(readArticleFile);
  assertUniqueIds(articles);
  return sortArticles(articles);
}

/** Articles in one order that does not depend on how they were listed: by id, then file. */
export function sortArticles(articles: Article[]): Article[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...articles].sort((a, b) => compare(a.id, b.id) || compare(a.file, b.file));
}

export function assertUniqueIds(articles: Article[]): void {
  const seen = new Map<string, string>();
  for (const article of articles) {
    const other = seen.get(article.id);
    if (other) throw new InputError(article.file, 1, `duplicate article id "${article.id}" (also ${other}); rename one file`);
    seen.set(article.id, article.file);
  }
}
