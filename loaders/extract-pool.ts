/**
 * Extraction on every core: N threads, this one and N - 1 worker threads, take the
 * articles in batches, whichever thread is free taking the next, and the batches are
 * consumed in article order, so the tables are byte-identical to one thread's
 * (buildTables). The workers start while this thread reads the articles, on a compiled
 * bundle of their module (loaders/worker-bundle.ts). Written to files
 * (extractFolderToFiles), each batch comes back as CSV lines and is written as it comes,
 * so no table is whole in memory and writing costs this thread little beside its own
 * batches; the claims and corrections, which read every article's rows, are finished at
 * the end from what each row left (loaders/table-files.ts).
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { listArticleFiles, readCorpus, sortArticles, type Article } from "./corpus.ts";
import { extractBatchParts, type BatchParts } from "./extract-batch.ts";
import type { ExtractedBatch, ExtractionBatch } from "./extract-worker.ts";
import { tableFiles, type TableFilesOptions, type WrittenTables } from "./table-files.ts";
import { bundledModule } from "./worker-bundle.ts";
import { assembleTables, extractArticle, loadDictionaries, type ArticleRows, type Tables } from "./tables.ts";

export interface ThreadsReport {
  /** Batches this thread extracted, and those each worker did. */
  batchesHere: number;
  batchesPerWorker: number[];
  /** CPU time each worker thread used, start-up included (milliseconds; empty where /proc does not say). */
  workerCpuMs: number[];
  /** Wall time this thread spent waiting for the workers' batches, with none left to extract itself (milliseconds). */
  waitMs: number;
}

export interface PoolOptions {
  /** Threads that extract: this one and N - 1 worker threads; one per core when absent (1: this thread alone). */
  workers?: number;
  /** The dictionaries' folder; the project's data/ when absent. */
  dataDir?: string;
  /** Characters of article text per batch sent to a worker (default BATCH_CHARACTERS). */
  batchCharacters?: number;
  /** Below this many characters of text the articles are extracted on this thread (default PARALLEL_FROM). */
  parallelFrom?: number;
  /** Starts the workers on the TypeScript (through tsx) rather than on its compiled bundle: to measure what the bundle saves. */
  typescriptWorkers?: boolean;
  /** Told, at the end, how the batches were shared out and the CPU each worker used: for the benchmark. */
  onThreads?: (report: ThreadsReport) => void;
}

/**
 * A worker takes a second or two of CPU to start (its module, the dictionaries, the English
 * model) and warms its JIT on its own, about what one thread extracts from a megabyte or
 * two: below that, one thread is as fast and uses half the CPU. (Not measured again since
 * this thread began to extract as well: the shared machine's load hid the difference.)
 */
const PARALLEL_FROM = 2_000_000;

/** Characters of article text per batch: large enough that messages cost little, small enough to balance the cores. */
const BATCH_CHARACTERS = 200_000;

/**
 * Toward the end of a run on several threads a batch is a share of the text left, so that
 * the threads finish together: with whole batches to the end, this thread waited for up to
 * IN_FLIGHT batches a worker still held. Each batch is at most the text left over this many
 * times the threads, and at least BATCH_CHARACTERS / MIN_BATCH_DIVISOR.
 */
const TAIL_SHARES = 2;
const MIN_BATCH_DIVISOR = 8;

/** Batches a worker holds at once: one it extracts, one waiting for it while this thread is busy with its own. */
const IN_FLIGHT = 2;

/**
 * The worker's module and the Node options it starts with: compiled JavaScript
 * (loaders/worker-bundle.ts) without the TypeScript loader this process may run under, or the
 * TypeScript through tsx where it cannot be compiled. A worker that kept the loader (a worker
 * inherits the process's options) would have it transpile the whole bundle again as it starts.
 */
async function workerModule(options: PoolOptions): Promise<{ filename: string; execArgv?: string[] }> {
  const compiled = options.typescriptWorkers ? undefined : await bundledModule(fileURLToPath(new URL("./extract-worker.ts", import.meta.url)));
  return compiled ? { filename: compiled, execArgv: withoutTypeScriptLoader(process.execArgv) } : { filename: new URL("./extract-worker.mjs", import.meta.url).href };
}

/** Node options without those that load tsx (`--import tsx`, `--require …/tsx/dist/preflight.cjs`, `--loader tsx`). */
export function withoutTypeScriptLoader(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const [flag, inline] = execArgv[i].split(/=(.*)/s);
    const loads = ["--import", "--require", "-r", "--loader", "--experimental-loader"].includes(flag);
    const value = inline ?? (loads ? execArgv[i + 1] : undefined);
    if (loads && /(?:^|[/\\])tsx(?:$|[/\\])/.test(value ?? "")) {
      if (inline === undefined) i++;
      continue;
    }
    kept.push(execArgv[i]);
  }
  return kept;
}

/** The number of threads a run extracts on by default: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Runs every extractor over the articles on a pool of workers and assembles the tables. */
export async function buildTablesInParallel(articles: Article[], options: PoolOptions = {}): Promise<Tables> {
  const characters = articles.reduce((n, article) => n + article.raw.length, 0);
  const run = await startRun(characters, options);
  return run.tables(articles);
}

/** Reads a folder's articles (while the workers start) and extracts their tables; `select` keeps some of them (a shard). */
export async function extractFolderToTables(dir: string, options: PoolOptions & { select?: (article: Article) => boolean } = {}): Promise<{ articles: Article[]; tables: Tables }> {
  const run = await startRun(folderBytes(dir), options);
  const articles = run.read(() => readCorpus(dir).filter(options.select ?? (() => true)));
  return { articles, tables: await run.tables(articles) };
}

export interface FolderExtraction extends WrittenTables {
  articles: number;
}

/**
 * Reads a folder's articles (while the workers start) and writes their tables as CSV into
 * `out`, all or nothing, byte for byte what tableCsvWriters writes from buildTables.
 */
export async function extractFolderToFiles(
  dir: string,
  out: string,
  options: PoolOptions & TableFilesOptions & { select?: (article: Article) => boolean } = {},
): Promise<FolderExtraction> {
  const run = await startRun(folderBytes(dir), options);
  const articles = run.read(() => readCorpus(dir).filter(options.select ?? (() => true)));
  const count = articles.length;
  return { articles: count, ...(await run.files(articles, out, options)) };
}

/** The bytes of a folder's article files: how much there is to extract, before reading it. */
function folderBytes(dir: string): number {
  try {
    return listArticleFiles(dir).reduce((n, file) => n + statSync(file).size, 0);
  } catch {
    // readCorpus reports the folder's problem.
    return 0;
  }
}

/**
 * One extraction: the dictionaries read (a bad one stops the run before any worker
 * starts), then the workers started when there is enough to extract for them to pay.
 */
async function startRun(characters: number, options: PoolOptions) {
  const dictionaries = loadDictionaries(options.dataDir);
  const threads = characters < (options.parallelFrom ?? PARALLEL_FROM) ? 1 : (options.workers ?? defaultWorkers());
  const worker = threads > 1 ? await workerModule(options) : undefined;
  // This thread extracts too: N threads are this one and N - 1 workers.
  const pool = worker
    ? new Piscina<ExtractionBatch, ExtractedBatch>({ ...worker, minThreads: threads - 1, maxThreads: threads - 1, concurrentTasksPerWorker: IN_FLIGHT, workerData: { dataDir: options.dataDir } })
    : undefined;
  const close = async () => {
    await pool?.destroy();
  };
  const inBatches = (articles: Article[]) => batchesOf(sortArticles(articles), options.batchCharacters ?? BATCH_CHARACTERS, pool ? threads : 1);
  return {
    /** Reads the articles while the workers start; a reading error stops them. */
    read<T>(reading: () => T): T {
      try {
        return reading();
      } catch (error) {
        void close();
        throw error;
      }
    },
    async tables(articles: Article[]): Promise<Tables> {
      const perArticle: ArticleRows[] = [];
      await runBatches(pool, inBatches(articles), options, {
        task: (batch) => ({ articles: batch, dataDir: options.dataDir, form: "rows" }),
        inThread: (batch) => batch.map((article) => extractArticle(article, dictionaries)),
        consume: (result: ArticleRows[]) => perArticle.push(...result),
      }).finally(close);
      return assembleTables(perArticle, dictionaries.corrections);
    },
    async files(articles: Article[], out: string, fileOptions: TableFilesOptions): Promise<WrittenTables> {
      let files: ReturnType<typeof tableFiles> | undefined;
      // The run takes the articles (the array is emptied), so that each is let go once written.
      const batches = inBatches(articles.splice(0));
      try {
        files = tableFiles(out, dictionaries.corrections, fileOptions);
        const heldIds = files.heldIds;
        await runBatches(pool, batches, options, {
          task: (batch) => ({ articles: batch, dataDir: options.dataDir, form: "parts", heldIds }),
          inThread: (batch) => extractBatchParts(batch, dictionaries, heldIds),
          consume: (parts: BatchParts, batch) => files!.add(parts, batch),
        });
        return files.finish();
      } catch (error) {
        files?.abort();
        throw error;
      } finally {
        await close();
      }
    },
  };
}

interface BatchSteps<R> {
  task: (batch: Article[]) => ExtractionBatch;
  inThread: (batch: Article[]) => R;
  consume: (result: R, batch: Article[]) => void;
}

/**
 * Extracts the batches on this thread and on the pool's workers (if any), and hands each
 * result to `consume` in batch order, as soon as it and those before it are done. Batches
 * are taken in order by whichever thread is free: this thread extracts one whenever it has
 * nothing to write, and each worker is kept IN_FLIGHT batches ahead, so that it need not
 * wait for this thread to come back from a batch of its own to be given the next.
 */
async function runBatches<R>(pool: Piscina<ExtractionBatch, ExtractedBatch> | undefined, batches: Article[][], options: PoolOptions, steps: BatchSteps<R>): Promise<void> {
  const done = new Map<number, R>();
  const workers = new Map<number, { batches: number; cpuMs?: number }>();
  let batchesHere = 0;
  let waitMs = 0;
  const capacity = pool ? pool.options.maxThreads * IN_FLIGHT : 0;
  let next = 0;
  let sent = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const send = () => {
    for (; pool && !failure && sent < capacity && next < batches.length; next++, sent++) {
      const index = next;
      pool.run(steps.task(batches[index])).then(
        (result) => {
          sent--;
          const worker = workers.get(result.threadId) ?? { batches: 0 };
          workers.set(result.threadId, { batches: worker.batches + 1, cpuMs: Math.max(worker.cpuMs ?? 0, result.cpuMs ?? 0) || undefined });
          done.set(index, (result.rows ?? result.parts) as R);
          send();
          wake?.();
        },
        (error: unknown) => {
          failure ??= { error };
          wake?.();
        },
      );
    }
  };
  send();
  for (let written = 0; written < batches.length; ) {
    if (failure) throw failure.error;
    if (done.has(written)) {
      steps.consume(done.get(written)!, batches[written]);
      done.delete(written);
      // A batch written is let go: its texts need not stay in memory to the end.
      batches[written++] = [];
    } else if (next < batches.length) {
      const index = next++;
      done.set(index, steps.inThread(batches[index]));
      batchesHere++;
      // The workers' results that came in meanwhile are taken, the workers given more, and
      // a Ctrl-C heard (loaders/temporary-files.ts) between batches, even on one thread.
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      const since = performance.now();
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      waitMs += performance.now() - since;
    }
  }
  const perWorker = [...workers.values()];
  options.onThreads?.({ batchesHere, batchesPerWorker: perWorker.map((w) => w.batches), workerCpuMs: perWorker.flatMap((w) => (w.cpuMs === undefined ? [] : [w.cpuMs])), waitMs });
}

/**
 * Consecutive runs of articles of about `characters` each; on several threads the last ones
 * shorter, a share of the text left (TAIL_SHARES).
 */
export function batchesOf(articles: Article[], characters: number, threads = 1): Article[][] {
  const batches: Article[][] = [];
  let left = articles.reduce((n, article) => n + article.raw.length, 0);
  const least = Math.ceil(characters / MIN_BATCH_DIVISOR);
  const sizeFor = (rest: number) => (threads > 1 ? Math.max(least, Math.min(characters, Math.ceil(rest / (TAIL_SHARES * threads)))) : characters);
  let target = sizeFor(left);
  let current: Article[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.raw.length;
    if (size >= target) {
      batches.push(current);
      left -= size;
      target = sizeFor(left);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
