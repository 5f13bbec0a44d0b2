/**
 * npm run bench [-- --sizes 10,100,1000,10000 --seed 7 --workers 1,2 --build 1000 [--feed] [--keep DIR] --long 3,30]
 *
 * Generates a deterministic synthetic corpus of N articles for each size (in a temporary
 * folder, never in data/), runs the extraction stage by stage, and prints articles and
 * megabytes per second per stage, wall time, peak RSS, and the time per article at N
 * against N = 100. Each size runs in its own process so that peak RSS is its own.
 * With --workers 1,2 it also extracts each corpus on that many threads (the path `npm run
 * extract` takes: N threads are the calling thread and N - 1 worker threads, all of them
 * extracting) and prints MB/s, ms per article, peak RSS and the speed-up over one, side by side.
 * With --build N it also builds the site over N articles and prints the build time and the
 * sizes of what it publishes (data files by type, the largest files, the pages); with --feed
 * the N articles are the rows of one CSV feed instead of N files, and with --keep DIR the
 * built site is kept in DIR (for `npm run weight -- DIR`).
 * With --long 3,30 it also extracts one long article of each size in MB (synthetic articles
 * one after another in one file, `writeLongArticle`) and prints CPU seconds and peak RSS,
 * stage by stage: issue #19 asks for a 30 MB article in under 1 GB and 30 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { PROJECT_DIR, parseCommandLine, runCommand } from "../loaders/cli.ts";
import { readArticle } from "../loaders/analysis/index.ts";
import { articleRow, type ArticleRow } from "../loaders/articles.ts";
import { buildClaims } from "../loaders/claims.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { writeFilesAtomically } from "../loaders/csv.ts";
import { sentenceDates, type ArticleDoc } from "../loaders/document.ts";
import { extractEvents, type EventRow } from "../loaders/events/index.ts";
import { extractQuantities, type QuantityRow } from "../loaders/quantities.ts";
import { extractStatements, type StatementRow } from "../loaders/statements.ts";
import { extractFolderToFiles, type ThreadsReport } from "../loaders/extract-pool.ts";
import { limitHeapGrowth } from "../loaders/heap.ts";
import { threadCpuMs } from "../loaders/thread-cpu.ts";
import { loadDictionaries, tableCsvWriters, type Tables } from "../loaders/tables.ts";
import { splitSentences } from "../loaders/text.ts";
import { writeLongArticle, writeSyntheticCorpus, writeSyntheticFeed } from "./synthetic-corpus.ts";

interface StageResult {
  stage: string;
  ms: number;
  /** CPU time (user + system) of the process: on a busy machine wall time also counts other processes' turns. */
  cpuMs: number;
  /** The process's peak RSS when the stage last ended: where the peak rises shows which stage holds the memory. */
  rssMb: number;
}

interface RunResult {
  articles: number;
  bytes: number;
  sentences: number;
  stages: StageResult[];
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  rows: Record<string, number>;
}

const USAGE = "usage: npm run bench -- [--sizes 10,100,1000,10000] [--seed 7] [--workers 1,2] [--build N [--feed] [--keep DIR]] [--long 3,30]";

const values = parseCommandLine(USAGE, {
  sizes: { type: "string" },
  seed: { type: "string", default: "7" },
  build: { type: "string" },
  feed: { type: "boolean", default: false },
  keep: { type: "string" },
  child: { type: "string" },
  workers: { type: "string" },
  "child-workers": { type: "string" },
  long: { type: "string" },
  "child-long": { type: "string" },
});

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const CHUNK = 500;

/** Runs one stage and adds its time to the stage's total (stages run once per chunk). */
function time<T>(stages: StageResult[], stage: string, work: () => T): T {
  const start = performance.now();
  const cpuStart = cpuNow();
  const result = work();
  const entry = stages.find((s) => s.stage === stage) ?? stages[stages.push({ stage, ms: 0, cpuMs: 0, rssMb: 0 }) - 1];
  entry.ms += performance.now() - start;
  entry.cpuMs += cpuNow() - cpuStart;
  entry.rssMb = process.resourceUsage().maxRSS / 1024;
  return result;
}

/** Runs the extraction on one corpus, stage by stage, as buildTables does. */
function runStages(dir: string, bytes: number): RunResult {
  const stages: StageResult[] = [];
  const wallStart = performance.now();
  const cpuStart = cpuNow();
  const dictionaries = loadDictionaries();
  const articles = time(stages, "reading", () => readCorpus(dir));
  // Articles go through the stages in chunks, as buildTables streams them one by one: the
  // documents (sentences, cached dates) of a chunk are dropped before the next, so memory
  // holds the rows, not every article's working state.
  const metas: ArticleRow[] = [];
  const quantities: QuantityRow[] = [];
  const statements: StatementRow[] = [];
  const events: EventRow[] = [];
  let sentenceCount = 0;
  for (let from = 0; from < articles.length; from += CHUNK) {
    const chunk = articles.slice(from, from + CHUNK);
    const sentences = time(stages, "sentences", () => chunk.map((a) => splitSentences(a)));
    sentenceCount += sentences.reduce((n, s) => n + s.length, 0);
    const chunkMetas = time(stages, "articles (metadata, dates)", () => chunk.map((a, i) => articleRow(a, dictionaries.articles, sentences[i])));
    metas.push(...chunkMetas);
    const docs: ArticleDoc[] = chunk.map((article, i) => ({ article, meta: chunkMetas[i], sentences: sentences[i], published: chunkMetas[i].published, reading: readArticle(dictionaries.events.gazetteer), dateCues: dictionaries.articles.dateWords.cues }));
    // Parsed once per sentence and kept on the document: the extractors below reuse them.
    time(stages, "dates (all sentences)", () => docs.forEach((d) => d.sentences.forEach((s) => sentenceDates(d, s))));
    // In the order extractArticle (loaders/tables.ts) runs them: each reads the words the one before left in the article's reading.
    events.push(...time(stages, "events", () => docs.flatMap((d) => extractEvents(d, dictionaries.events))));
    statements.push(...time(stages, "statements", () => docs.flatMap((d) => extractStatements(d, dictionaries.statements))));
    quantities.push(...time(stages, "quantities", () => docs.flatMap((d) => extractQuantities(d, dictionaries.quantities, dictionaries.events.gazetteer))));
  }
  const tables = { articles: metas, quantities, statements, events, corrections: [], claims: [] } as unknown as Tables;
  tables.claims = time(stages, "claims", () => buildClaims(tables));
  const out = mkdtempSync(join(tmpdir(), "bench-out-"));
  time(stages, "csv writing", () => writeFilesAtomically(out, tableCsvWriters(tables)));
  rmSync(out, { recursive: true, force: true });
  return {
    articles: articles.length,
    bytes,
    sentences: sentenceCount,
    stages,
    wallMs: performance.now() - wallStart,
    cpuMs: cpuNow() - cpuStart,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rows: { quantities: quantities.length, statements: statements.length, events: events.length, claims: tables.claims.length },
  };
}

interface PoolResult {
  articles: number;
  workers: number;
  bytes: number;
  wallMs: number;
  peakRssMb: number;
  /** CPU time of the whole process (every thread), of the main thread alone, and of each worker thread. */
  cpuMs: number;
  mainCpuMs?: number;
  workerCpuMs: number[];
  /** Batches the calling thread extracted, and each worker. */
  batchesHere: number;
  batchesPerWorker: number[];
  /** Wall time the calling thread waited for the workers with nothing left to extract. */
  waitMs: number;
}

/** The whole extraction on a pool of workers, as `npm run extract` runs it: reading, extraction, claims and CSV. */
async function runPooled(dir: string, bytes: number, workers: number): Promise<PoolResult> {
  const start = performance.now();
  const cpuStart = cpuNow();
  const mainStart = threadCpuMs();
  const out = mkdtempSync(join(tmpdir(), "bench-out-"));
  let threads: ThreadsReport = { batchesHere: 0, batchesPerWorker: [], workerCpuMs: [], waitMs: 0 };
  const written = await extractFolderToFiles(dir, join(out, "tables"), { workers, onThreads: (report) => (threads = report) });
  const mainCpuMs = mainStart === undefined ? undefined : threadCpuMs()! - mainStart;
  const result = { articles: written.articles, workers, bytes, wallMs: performance.now() - start, cpuMs: cpuNow() - cpuStart, mainCpuMs, ...threads };
  rmSync(out, { recursive: true, force: true });
  // Worker threads live in this process, so its peak RSS counts theirs.
  return { ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const seed = Number(values.seed);
// The children extract as `npm run extract` does, with its heap settings (loaders/heap.ts).
if (values.child || values["child-long"]) limitHeapGrowth();

if (values["child-long"]) {
  const dir = mkdtempSync(join(tmpdir(), "bench-long-"));
  await runCommand(async () => {
    const bytes = writeLongArticle(join(dir, "long.txt"), Number(values["child-long"]), seed);
    process.stdout.write(JSON.stringify(runStages(dir, bytes)));
  });
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

if (values.child) {
  const n = Number(values.child);
  const dir = mkdtempSync(join(tmpdir(), `bench-corpus-${n}-`));
  await runCommand(async () => {
    const bytes = writeSyntheticCorpus(dir, n, seed);
    const workers = values["child-workers"];
    process.stdout.write(JSON.stringify(workers ? await runPooled(dir, bytes, Number(workers)) : runStages(dir, bytes)));
  });
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// With --long alone, only the long articles; else the corpus sizes, 10 to 10,000 unless given.
const sizes = (values.sizes ?? (values.long && !values.workers ? "" : "10,100,1000,10000")).split(",").filter(Boolean).map(Number);
const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");
const mb = (bytes: number) => bytes / 1e6;
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Runs this script as a child process with these arguments (one per size, so that each peak RSS is its own) and reads its result. */
function runChild<T>(args: string[]): T {
  const child = spawnSync(tsx, [new URL(import.meta.url).pathname, ...args, "--seed", String(seed)], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(1);
  }
  return JSON.parse(child.stdout) as T;
}

/** One run's stages: wall and CPU time, articles and MB per second, and the peak RSS when each stage ended. */
function printStages(r: RunResult): void {
  console.log(`N = ${r.articles} articles, ${mb(r.bytes).toFixed(2)} MB, ${r.sentences} sentences → ${Object.entries(r.rows).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  console.log(`  ${"stage".padEnd(28)}${pad("ms", 10)}${pad("cpu ms", 10)}${pad("articles/s", 12)}${pad("MB/s", 9)}${pad("peak RSS MB", 13)}`);
  for (const s of r.stages) {
    const seconds = s.ms / 1000;
    console.log(`  ${s.stage.padEnd(28)}${pad(s.ms.toFixed(0), 10)}${pad(s.cpuMs.toFixed(0), 10)}${pad((r.articles / seconds).toFixed(0), 12)}${pad((mb(r.bytes) / seconds).toFixed(2), 9)}${pad(s.rssMb.toFixed(0), 13)}`);
  }
  console.log(`  ${"total wall time".padEnd(28)}${pad(r.wallMs.toFixed(0), 10)}${pad(r.cpuMs.toFixed(0), 10)}${pad((r.articles / (r.wallMs / 1000)).toFixed(0), 12)}${pad((mb(r.bytes) / (r.wallMs / 1000)).toFixed(2), 9)}`);
  console.log(`  peak RSS ${r.peakRssMb.toFixed(0)} MB\n`);
}

// Stage by stage on one thread, unless worker counts are asked for (then the pooled table below).
const results: RunResult[] = [];
if (!values.workers && sizes.length > 0) {
  for (const n of sizes) {
    process.stderr.write(`extracting ${n} synthetic articles…\n`);
    results.push(runChild<RunResult>(["--child", String(n)]));
  }

  console.log(`\nExtraction of a synthetic corpus (seed ${seed}) on ${process.arch}, Node ${process.version}; one process, one core.\n`);
  for (const r of results) printStages(r);
  const base = results.find((r) => r.articles === 100);
  console.log(`${"N".padStart(7)}${pad("ms/article", 12)}${pad("vs N=100", 10)}${pad("MB/s", 8)}${pad("cpu MB/s", 10)}${pad("peak RSS MB", 13)}`);
  for (const r of results) {
    const perArticle = r.wallMs / r.articles;
    const ratio = base ? perArticle / (base.wallMs / base.articles) : NaN;
    console.log(`${pad(r.articles, 7)}${pad(perArticle.toFixed(2), 12)}${pad(Number.isNaN(ratio) ? "—" : `${ratio.toFixed(2)}×`, 10)}${pad((mb(r.bytes) / (r.wallMs / 1000)).toFixed(2), 8)}${pad((mb(r.bytes) / (r.cpuMs / 1000)).toFixed(2), 10)}${pad(r.peakRssMb.toFixed(0), 13)}`);
  }
}

if (values.long) {
  const long = values.long.split(",").map(Number);
  const runs = long.map((size) => {
    process.stderr.write(`extracting one ${size} MB article…\n`);
    return runChild<RunResult>(["--child-long", String(size)]);
  });
  console.log(`\nOne long article (synthetic articles one after another in one file, seed ${seed}); one process, one core. CPU time counts every thread of the process.\n`);
  for (const r of runs) printStages(r);
  console.log(`${"MB".padStart(7)}${pad("sentences", 11)}${pad("wall s", 9)}${pad("cpu s", 9)}${pad("cpu MB/s", 10)}${pad("peak RSS MB", 13)}${pad("RSS / MB", 10)}`);
  for (const r of runs) {
    console.log(`${pad(mb(r.bytes).toFixed(1), 7)}${pad(r.sentences, 11)}${pad((r.wallMs / 1000).toFixed(1), 9)}${pad((r.cpuMs / 1000).toFixed(1), 9)}${pad((mb(r.bytes) / (r.cpuMs / 1000)).toFixed(2), 10)}${pad(r.peakRssMb.toFixed(0), 13)}${pad((r.peakRssMb / mb(r.bytes)).toFixed(0), 10)}`);
  }
}

if (values.workers) {
  const counts = values.workers.split(",").map(Number);
  const pooled: PoolResult[] = [];
  for (const n of sizes) {
    for (const workers of counts) {
      process.stderr.write(`extracting ${n} synthetic articles on ${workers} worker(s)…\n`);
      pooled.push(runChild<PoolResult>(["--child", String(n), "--child-workers", String(workers)]));
    }
  }
  printPooled(pooled);
}

/**
 * The pooled runs side by side. "workers" is the number of threads that extract: 1 is the
 * calling thread alone, 2 the calling thread and one worker thread. Wall time on a shared
 * machine counts other processes' turns, so each run also gives its CPU time, thread by
 * thread (Linux): the calling thread's and each worker's, and the process's in all (V8's
 * helper threads collect garbage and compile beside them). From them, "cpu bound" is the
 * speed-up over one thread that the CPU allows on this many idle cores: one thread's time
 * (its extracting thread's CPU: on an idle machine V8's helpers run beside it on another
 * core) over the larger of N threads' CPU, helpers included, spread over the cores and
 * their busiest thread's.
 */
function printPooled(pooled: PoolResult[]): void {
  const cores = availableParallelism();
  const [load1, load5] = loadavg();
  console.log(`\nThe whole extraction (read, extract, claims, CSV) on N threads: this one and N - 1 workers, all extracting; ${cores} cores here, load average ${load1.toFixed(1)} (1 min), ${load5.toFixed(1)} (5 min) at the end.\n`);
  console.log(`${"N".padStart(7)}${pad("workers", 9)}${pad("MB/s", 8)}${pad("ms/article", 12)}${pad("peak RSS MB", 13)}${pad("vs 1 worker", 13)}${pad("cpu s", 8)}${pad("main cpu s", 12)}${pad("worker cpu s", 16)}${pad("batches", 12)}${pad("main wait s", 13)}${pad("cpu bound", 11)}`);
  for (const r of pooled) {
    const one = pooled.find((p) => p.articles === r.articles && p.workers === 1);
    const speedup = one ? `${(one.wallMs / r.wallMs).toFixed(2)}×` : "—";
    // The threads that did extract: under 2 MB of articles the calling thread runs alone whatever N is.
    const threads = 1 + r.batchesPerWorker.length;
    // One thread's helpers run on the other cores; N threads' share the cores with them.
    const spread = threads === 1 ? (r.mainCpuMs ?? r.cpuMs) : Math.max(r.cpuMs / Math.min(cores, threads), r.mainCpuMs ?? 0, ...r.workerCpuMs);
    const bound = one ? `${((one.mainCpuMs ?? one.cpuMs) / spread).toFixed(2)}×` : "—";
    const seconds = (ms: number | undefined) => (ms === undefined ? "—" : (ms / 1000).toFixed(1));
    const workersCpu = r.workerCpuMs.length ? r.workerCpuMs.map(seconds).join(" + ") : "—";
    const batches = [r.batchesHere, ...r.batchesPerWorker].join(" + ");
    console.log(`${pad(r.articles, 7)}${pad(r.workers, 9)}${pad((mb(r.bytes) / (r.wallMs / 1000)).toFixed(2), 8)}${pad((r.wallMs / r.articles).toFixed(2), 12)}${pad(r.peakRssMb.toFixed(0), 13)}${pad(speedup, 13)}${pad(seconds(r.cpuMs), 8)}${pad(seconds(r.mainCpuMs), 12)}${pad(workersCpu, 16)}${pad(batches, 12)}${pad(seconds(r.waitMs), 13)}${pad(bound, 11)}`);
  }
}

if (values.build) {
  const n = Number(values.build);
  const dir = mkdtempSync(join(tmpdir(), `bench-site-${n}-`));
  if (values.feed) writeSyntheticFeed(join(dir, "feed.csv"), n, seed);
  else writeSyntheticCorpus(dir, n, seed);
  const out = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "bench-dist-"));
  process.stderr.write(`building the site over ${n} synthetic articles${values.feed ? " (one CSV feed)" : ""}…\n`);
  const start = performance.now();
  // Framework's build takes its output folder from the config, which reads ARMS_SITE_OUTPUT.
  const build = spawnSync("npm", ["run", "-s", "build"], { cwd: PROJECT_DIR, encoding: "utf8", env: { ...process.env, ARMS_ARTICLES_DIR: dir, ARMS_SITE_OUTPUT: out }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  console.log(`\nSite build over ${n} articles${values.feed ? " of one CSV feed" : ""}: ${build.status === 0 ? "ok" : `FAILED (exit ${build.status})`} in ${seconds.toFixed(1)} s`);
  if (build.status !== 0) console.log(build.stderr.slice(-2000));
  else printSiteSizes(out);
  rmSync(dir, { recursive: true, force: true });
  if (!values.keep) rmSync(out, { recursive: true, force: true });
  else console.log(`  kept in ${out}`);
}

/** What a reader downloads: the published data files by type, the biggest of them, and the pages. */
function printSiteSizes(dist: string): void {
  const files = listFiles(dist).map((path) => ({ path: relative(dist, path), bytes: statSync(path).size }));
  const sum = (list: { bytes: number }[]) => list.reduce((n, f) => n + f.bytes, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const data = files.filter((f) => f.path.startsWith("_file/"));
  const sources = data.filter((f) => f.path.startsWith("_file/data/sources/"));
  const tables = data.filter((f) => !sources.includes(f));
  console.log(`  ${files.length} files, ${(sum(files) / 1e6).toFixed(1)} MB in all; ${files.filter((f) => f.path.endsWith(".html")).length} pages`);
  for (const ext of [".csv", ".json", ".parquet"]) {
    const ofType = tables.filter((f) => f.path.endsWith(ext));
    if (ofType.length) console.log(`  tables as ${ext.slice(1)}: ${ofType.length} files, ${kb(sum(ofType))}`);
  }
  console.log(`  source pages' data: ${sources.length} files, ${kb(sum(sources))}`);
  console.log(`  largest data files: ${[...tables].sort((a, b) => b.bytes - a.bytes).slice(0, 6).map((f) => `${basename(f.path).replace(/\.[0-9a-f]{8}\./, ".")} ${kb(f.bytes)}`).join(", ")}`);
  const heavy = files.filter((f) => f.path.startsWith("_npm/") || f.path.startsWith("_duckdb/")).sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  console.log(`  largest library files: ${heavy.map((f) => `${f.path} ${kb(f.bytes)}`).join(", ")}`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
