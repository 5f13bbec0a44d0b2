/**
 * The real-news development set: pages found with the search tool's `pages` corpus, kept out
 * of the repository (their text is other people's writing), with hand-made gold facts that
 * are committed. This module restores the texts' folder from saved search answers and checks
 * texts and gold against each other.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { REALNEWS_GOLD_DIR } from "../../loaders/benchmarks/realnews-record.ts";
import { parseCsv } from "../../loaders/csv.ts";

export const REALNEWS_DIR = dirname(fileURLToPath(import.meta.url));
export const GOLD_DIR = REALNEWS_GOLD_DIR;
export const PAGES_FILE = join(REALNEWS_DIR, "pages.csv");
/** Where the texts live unless REALNEWS_TEXTS says otherwise: outside every repository. */
export const TEXTS_DIR = process.env.REALNEWS_TEXTS ?? join(tmpdir(), "realnews", "texts");
/** The shared folder beside the checkout: the benchmarks' texts, some of which the set annotates too. */
export const SHARED_DIR = join(REALNEWS_DIR, "..", "..", "..", "shared");
const RESERVED_CHECK = join(SHARED_DIR, "tools", "reserved-check.mjs");

export interface Page {
  article_id: string;
  url: string;
  query: string;
  /** The website the page was stored from (the outlet by the guide is in gold/articles.csv). */
  site: string;
  published: string;
  length: string;
  sha256: string;
  /**
   * Where a page's text lies in the shared folder, for pages that are not search answers (a
   * benchmark's articles, present on every machine); empty for the pages found with the search tool.
   */
  text_file?: string;
}

/** Columns that would hold the pages' own words; the committed gold leaves them empty. */
export const WITHHELD_COLUMNS = ["title", "text", "quote", "evidence", "summary"];

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export function readPages(file = PAGES_FILE): Page[] {
  return parseCsv(readFileSync(file, "utf8"), file) as unknown as Page[];
}

/**
 * A test for the page ids a list of ids and ranges names ("rn267-rn296,rn300": the number
 * after the letters is compared); undefined when the list is not written so.
 */
export function parsePageRanges(list: string): ((id: string) => boolean) | undefined {
  const number = (id: string) => /^([a-z]+)(\d+)$/i.exec(id.trim());
  const ranges: Array<[string, number, number]> = [];
  for (const part of list.split(",")) {
    const [from, to = from, ...rest] = part.split(/[-–]/);
    const [a, b] = [number(from), number(to)];
    if (rest.length || !a || !b || a[1] !== b[1] || Number(a[2]) > Number(b[2])) return undefined;
    ranges.push([a[1], Number(a[2]), Number(b[2])]);
  }
  return (id) => {
    const m = number(id);
    return !!m && ranges.some(([prefix, lo, hi]) => prefix === m[1] && lo <= Number(m[2]) && Number(m[2]) <= hi);
  };
}

/**
 * Search answers as the search tool prints them (JSON objects with `results: [{url, excerpt}]`),
 * one per line or as a JSON list, saved by the session that ran the pages' queries.
 */
export function excerptsByUrl(answers: string): Map<string, string> {
  const trimmed = answers.trim();
  const objects: unknown[] = trimmed.startsWith("[") ? JSON.parse(trimmed) : trimmed.split(/\n(?=\{)/).map((line) => JSON.parse(line));
  const out = new Map<string, string>();
  for (const answer of objects as Array<{ results?: Array<{ url?: string; excerpt?: string }> }>) {
    for (const result of answer.results ?? []) if (result.url && typeof result.excerpt === "string" && !out.has(result.url)) out.set(result.url, result.excerpt);
  }
  return out;
}

/** Writes `<article_id>.txt` for every listed page found in the answers; returns the ids still missing. */
export function restoreTexts(pages: Page[], answers: string, out = TEXTS_DIR): { written: string[]; missing: string[] } {
  const byUrl = excerptsByUrl(answers);
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const missing: string[] = [];
  for (const page of pages) {
    const text = byUrl.get(page.url);
    if (text === undefined) missing.push(page.article_id);
    else {
      writeFileSync(join(out, `${page.article_id}.txt`), text);
      written.push(page.article_id);
    }
  }
  return { written, missing };
}

/**
 * Copies into the texts' folder the pages whose text lies in the shared folder (`text_file`),
 * so that they are checked and scored as every other page; returns the ids copied and the ids
 * whose shared file is missing.
 */
export function copySharedTexts(pages: Page[], out = TEXTS_DIR, shared = SHARED_DIR): { written: string[]; missing: string[] } {
  const written: string[] = [];
  const missing: string[] = [];
  for (const page of pages.filter((p) => p.text_file)) {
    const source = join(shared, page.text_file!);
    if (!existsSync(source)) {
      missing.push(page.article_id);
      continue;
    }
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${page.article_id}.txt`), readFileSync(source, "utf8"));
    written.push(page.article_id);
  }
  return { written, missing };
}

/** Runs ../shared/tools/reserved-check.mjs on a file: true when it says the page is free. */
export function isFree(file: string): boolean {
  return spawnSync(process.execPath, [RESERVED_CHECK, file], { encoding: "utf8" }).status === 0;
}

const GOLD_TABLES = ["articles", "quantities", "statements", "events"] as const;

/** Why a listed page's text cannot be scored (missing, or not the text the gold was made on); undefined when it can. */
export function textProblem(page: Page, text: string | undefined, file: string): string | undefined {
  if (text === undefined) return `${page.article_id}: no text at ${file}`;
  if (String(text.length) !== page.length) return `${page.article_id}: the text is ${text.length} characters long, the list says ${page.length}`;
  if (page.sha256 && sha256(text) !== page.sha256) return `${page.article_id}: the text is not the one the gold was made on (sha256 differs)`;
  return undefined;
}

/** The listed pages whose texts are present and the ones the gold was made on, and why the others are not. */
export function scorablePages(texts = TEXTS_DIR, pages = readPages()): { scorable: Page[]; skipped: string[] } {
  const scorable: Page[] = [];
  const skipped: string[] = [];
  for (const page of pages) {
    const file = join(texts, `${page.article_id}.txt`);
    const problem = textProblem(page, existsSync(file) ? readFileSync(file, "utf8") : undefined, file);
    if (problem) skipped.push(problem);
    else scorable.push(page);
  }
  return { scorable, skipped };
}

export interface CheckOptions {
  /** A page whose text is missing or changed is no problem: a score leaves it out and says so. */
  skipUnreadable?: boolean;
  /** Only these pages and their gold (the others are still known to the list). */
  only?: (id: string) => boolean;
}

/** Every problem found between the pages list, the texts and the gold; empty when all agree. */
export function checkSet(texts = TEXTS_DIR, pages = readPages(), goldDir = GOLD_DIR, reserved = isFree, { skipUnreadable = false, only = () => true }: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const raw = new Map<string, string>();
  for (const page of pages.filter((p) => only(p.article_id))) {
    const file = join(texts, `${page.article_id}.txt`);
    const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    const problem = textProblem(page, text, file);
    if (problem && !skipUnreadable) problems.push(problem);
    if (problem || text === undefined) continue;
    if (!reserved(file)) problems.push(`${page.article_id}: reserved for independent evaluation; remove it from the set`);
    raw.set(page.article_id, text);
  }
  const ids = new Set(pages.map((p) => p.article_id));
  for (const table of GOLD_TABLES) {
    const file = join(goldDir, `${table}.csv`);
    parseCsv(readFileSync(file, "utf8"), file).forEach((row, i) => {
      const where = `${table}.csv row ${i + 2}`;
      if (ids.has(row.article_id) && !only(row.article_id)) return;
      if (!ids.has(row.article_id)) problems.push(`${where}: article ${row.article_id} is not in pages.csv`);
      for (const column of WITHHELD_COLUMNS) if (row[column]) problems.push(`${where}: ${column} must stay empty (no copied text in the repository)`);
      const text = raw.get(row.article_id);
      if (table === "articles" || text === undefined) return;
      const start = Number(row.char_start);
      const end = Number(row.char_end);
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
        problems.push(`${where}: offsets ${row.char_start}–${row.char_end} do not lie in the text (${text.length})`);
      } else if (table === "quantities" && !/\d|\p{L}/u.test(text.slice(start, end))) {
        problems.push(`${where}: the span holds no number`);
      }
    });
  }
  return problems;
}
