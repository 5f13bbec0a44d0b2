/**
 * What every kind of source shares (loaders/sources/): the article a file turns into,
 * the contract of a kind, and the reading of a plain-text article (strict UTF-8, YAML
 * front matter, a `date YYYY-MM-DD` header line).
 *
 * The raw text is kept exactly as stored (BOM, CRLF, front matter and header lines
 * included) because every offset in every table points into it. A kind that derives its
 * text (a saved web page, a feed row) keeps the derived text, which is published beside
 * the tables, and the offsets point into that.
 */
import { basename, extname } from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { InputError, lineOf } from "./errors.ts";
import { escapeRegExp } from "./text.ts";

/**
 * A kind of source: one module of loaders/sources/ exports one as `sourceKind`, and the
 * corpus reads every file whose extension it lists with it (loaders/source-kinds.ts).
 */
export interface SourceKind {
  /** What it reads, for messages: "saved web page". */
  name: string;
  /** Lower-case extensions with their dot: [".html", ".htm"]. */
  extensions: string[];
  /**
   * The articles of one file: one for most kinds, one per row for a feed. Bad input
   * throws an InputError naming the file, the line and the problem.
   */
  read(file: string, bytes: Uint8Array): Article[];
}

/** Metadata an article states about itself (front matter, a `date YYYY-MM-DD` header line, a page's metadata, a feed's columns). */
export interface StatedMeta {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  /** Where `published` came from. */
  publishedSource?: "front matter" | "date line" | "page metadata" | "feed";
  /** Says where `published` came from, for the `published_note` column, when the source is not front matter or a date line. */
  publishedNote?: string;
}

export interface Article {
  id: string;
  /** Path as given to the reader, for messages. */
  file: string;
  raw: string;
  meta: StatedMeta;
  /** Offset where the article's prose begins: after the BOM, front matter and date prefix. */
  bodyStart: number;
  /**
   * Where the article begins in its file when its text is derived (a feed's row, a saved
   * page): errors about the text name this line, as the text's own lines are not the file's.
   */
  line?: number;
}

/** Articles in one order that does not depend on how they were listed: by id, then file. */
export function sortArticles(articles: Article[]): Article[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...articles].sort((a, b) => compare(a.id, b.id) || compare(a.file, b.file));
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

export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}

