/**
 * What the site's data loaders share: extract the tables from `data/articles/` once per
 * change of the inputs, and print one of them (or a view of them) on standard output,
 * as Framework expects.
 *
 * Framework runs each data loader in its own process, so the extracted tables are kept in
 * a cache file keyed by a hash of the articles, dictionaries and loader code: a build
 * extracts once, however many loaders read the tables.
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARTICLES_DIR, PROJECT_DIR, runCommand } from "./cli.ts";
import { unmatchedReport } from "./corrections.ts";
import { DATA_DIR } from "./dictionaries.ts";
import { extractFolderToTables } from "./extract-pool.ts";
import { removeStaleTemporaries } from "./temporary-files.ts";
import type { Tables } from "./tables.ts";

export interface SiteData {
  tables: Tables;
  /** Raw text of each article, by id, for the source pages. */
  texts: Record<string, string>;
  /** Where each article's prose begins in its text: after the BOM, front matter and date line. */
  bodyStarts?: Record<string, number>;
}

/**
 * The files below a folder, sorted. Links below it are listed but not followed (one may
 * point outside, or into a loop: the hash takes the link's text), nor are pipes read.
 */
function filesBelow(path: string, top = true): string[] {
  if (!existsSync(path)) return [];
  const entry = top ? statSync(path) : lstatSync(path);
  if (entry.isSymbolicLink()) return [path];
  if (!entry.isDirectory()) return entry.isFile() ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesBelow(join(path, name), false));
}

/** A hash of everything the tables depend on. */
export function inputsHash(articlesDir = ARTICLES_DIR): string {
  const hash = createHash("sha256");
  for (const file of [...filesBelow(articlesDir), ...filesBelow(DATA_DIR).filter((f) => !f.startsWith(join(DATA_DIR, "articles"))), ...filesBelow(join(PROJECT_DIR, "loaders"))]) {
    const link = lstatSync(file).isSymbolicLink();
    hash.update(file).update("\0").update(link ? `link to ${readlinkSync(file)}` : readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Threads for the site's extraction (this one and ARMS_WORKERS - 1 workers): ARMS_WORKERS, else one per core. */
function siteWorkers(): number | undefined {
  const stated = Number(process.env.ARMS_WORKERS);
  return Number.isInteger(stated) && stated > 0 ? stated : undefined;
}

/** The site's tables and texts, extracted once per change of the inputs, on every core. */
export async function loadSiteData(articlesDir = ARTICLES_DIR): Promise<SiteData> {
  const dir = join(tmpdir(), "arms-ledger-tables");
  const file = join(dir, `${inputsHash(articlesDir)}.json`);
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as SiteData;
    } catch {
      // A cache file cut short by a crash: extract again.
    }
  }
  // The workers start while the articles are read.
  const { articles, tables } = await extractFolderToTables(articlesDir, { workers: siteWorkers() });
  const data: SiteData = { tables, texts: Object.fromEntries(articles.map((a) => [a.id, a.raw])), bodyStarts: Object.fromEntries(articles.map((a) => [a.id, a.bodyStart])) };
  for (const warning of unmatchedReport(data.tables.corrections)) process.stderr.write(`${warning}\n`);
  mkdirSync(dir, { recursive: true });
  removeStaleTemporaries(dir, /^.+\.(\d+)\.tmp$/);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(data));
  renameSync(temporary, file);
  return data;
}

/** Prints a JSON value computed from the site's data (the loaders of loaders/site-files.ts print theirs with printSiteFile). */
export async function writeJson(view: (data: SiteData) => unknown): Promise<void> {
  await runCommand(async () => {
    process.stdout.write(JSON.stringify(view(await loadSiteData()), null, 1));
  });
}
