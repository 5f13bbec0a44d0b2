/**
 * One worker of the extraction pool (loaders/extract-pool.ts): extracts a batch of
 * articles with the dictionaries of a data folder, read once per worker, and gives back
 * either each article's rows or the batch made ready for the tables' files
 * (loaders/extract-batch.ts), with the CPU time this thread has used so far.
 */
import { threadId, workerData } from "node:worker_threads";
import type { Article } from "./corpus.ts";
import { extractBatchParts, type BatchParts, type HeldIds } from "./extract-batch.ts";
import { extractArticle, loadDictionaries, type ArticleRows } from "./tables.ts";
import { threadCpuMs } from "./thread-cpu.ts";

export interface ExtractionBatch {
  articles: Article[];
  /** The dictionaries' folder; the project's data/ when absent. */
  dataDir?: string;
  /** "rows": each article's rows; "parts": the batch ready for the files, with these rows held whole. */
  form: "rows" | "parts";
  heldIds?: HeldIds;
}

export interface ExtractedBatch {
  rows?: ArticleRows[];
  parts?: BatchParts;
  /** This worker thread, and the CPU it has used since it started (for the benchmark). */
  threadId: number;
  cpuMs?: number;
}

// The dictionaries are read while the worker starts, beside the main thread's reading of
// the articles; a bad dictionary is reported by the main thread, which reads them first.
try {
  loadDictionaries((workerData as { dataDir?: string } | undefined)?.dataDir);
} catch {
  // The first batch reads them again and fails with the message.
}

export default function extractBatch({ articles, dataDir, form, heldIds }: ExtractionBatch): ExtractedBatch {
  const dictionaries = loadDictionaries(dataDir);
  const result: ExtractedBatch =
    form === "parts" ? { parts: extractBatchParts(articles, dictionaries, heldIds), threadId } : { rows: articles.map((article) => extractArticle(article, dictionaries)), threadId };
  return { ...result, cpuMs: threadCpuMs() };
}
