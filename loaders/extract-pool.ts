/**
 * Extraction on every core: articles go to a pool of worker threads in batches, and the
 * rows come back in article order, so the tables are byte-identical to one thread's
 * (buildTables). Corrections and claims, which read every article's rows, run after.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { sortArticles, type Article } from "./corpus.ts";
import type { ExtractionBatch } from "./extract-worker.ts";
import { assembleTables, buildTables, loadDictionaries, type ArticleRows, type Tables } from "./tables.ts";

export interface PoolOptions {
  /** Worker threads; one per core when absent, and 1 extracts on this thread. */
  workers?: number;
  /** The dictionaries' folder; the project's data/ when absent. */
  dataDir?: string;
  /** Characters of article text per batch sent to a worker (default BATCH_CHARACTERS). */
  batchCharacters?: number;
  /** Below this many characters of text the articles are extracted on this thread (default PARALLEL_FROM). */
  parallelFrom?: number;
}

/**
 * A worker takes a few seconds to start (TypeScript, the dictionaries, the English model),
 * about what one thread extracts from a megabyte or two: below that, one thread is faster.
 */
const PARALLEL_FROM = 2_000_000;

/** Characters of article text per batch: large enough that messages cost little, small enough to balance the cores. */
const BATCH_CHARACTERS = 200_000;

const WORKER = new URL("./extract-worker.mjs", import.meta.url).href;

/** The number of workers a run uses by default: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Runs every extractor over the articles on a pool of workers and assembles the tables. */
export async function buildTablesInParallel(articles: Article[], options: PoolOptions = {}): Promise<Tables> {
  // Read here first, so a bad dictionary stops the run with its message before any worker starts.
  const dictionaries = loadDictionaries(options.dataDir);
  const sorted = sortArticles(articles);
  const batches = batchesOf(sorted, options.batchCharacters ?? BATCH_CHARACTERS);
  const characters = sorted.reduce((n, article) => n + article.raw.length, 0);
  const workers = characters < (options.parallelFrom ?? PARALLEL_FROM) ? 1 : Math.min(options.workers ?? defaultWorkers(), batches.length);
  if (workers <= 1) return buildTables(sorted, dictionaries);
  const pool = new Piscina<ExtractionBatch, ArticleRows[]>({ filename: WORKER, minThreads: workers, maxThreads: workers });
  try {
    const results = await Promise.all(batches.map((batch) => pool.run({ articles: batch, dataDir: options.dataDir })));
    return assembleTables(results.flat(), dictionaries.corrections);
  } finally {
    await pool.destroy();
  }
}

/** Consecutive runs of articles of about `characters` each. */
function batchesOf(articles: Article[], characters: number): Article[][] {
  const batches: Article[][] = [];
  let current: Article[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.raw.length;
    if (size >= characters) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
