/**
 * The three public benchmarks behind one call: read the gold, predict with our extractors
 * (or take another system's predictions), score, and print the figures beside the ones
 * published systems reach (data/benchmarks.yaml).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_DIR } from "../cli.ts";
import type { Dictionaries } from "../tables.ts";
import { readJson } from "./common.ts";
import { loadBenchmarkConfig, type BenchmarkConfig, type PublishedScore } from "./config.ts";
import type { z } from "zod";
import { newsQuantPredictionsSchema, predictNewsQuant, readNewsQuant, scoreNewsQuant, type NewsQuantPredictions, type NewsQuantScore } from "./newsquant.ts";
import { ploverPredictionsSchema, predictPlover, readPlover, scorePlover, type PloverPredictions, type PloverScore } from "./plover.ts";
import { polnearPredictionsSchema, predictPolnear, readPolnear, scorePolnear, type PolnearPredictions, type PolnearScore } from "./polnear.ts";

export const BENCHMARKS = ["newsquant", "plover", "polnear"] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

/** Where each development half lives beside the project (../shared/benchmarks). */
export const DEFAULT_PATHS: Record<BenchmarkName, string> = {
  newsquant: join(PROJECT_DIR, "..", "shared", "benchmarks", "newsquant", "dev.json"),
  plover: join(PROJECT_DIR, "..", "shared", "benchmarks", "plover-gsr", "dev.json"),
  polnear: join(PROJECT_DIR, "..", "shared", "benchmarks", "polnear"),
};

export type BenchmarkResult =
  | { benchmark: "newsquant"; path: string; score: NewsQuantScore; predictions: NewsQuantPredictions }
  | { benchmark: "plover"; path: string; score: PloverScore; predictions: PloverPredictions }
  | { benchmark: "polnear"; path: string; score: PolnearScore; predictions: PolnearPredictions };

export interface RunOptions {
  config?: BenchmarkConfig;
  dictionaries?: Dictionaries;
  /** Score this predictions file (another system's, in our format) instead of predicting. */
  scoreFile?: string;
}


/** Runs one benchmark on the data at `path`. */
export function runBenchmark(benchmark: BenchmarkName, path: string, options: RunOptions = {}): BenchmarkResult {
  const config = options.config ?? loadBenchmarkConfig();
  const given = <S extends z.ZodType>(schema: S): z.infer<S> | undefined => (options.scoreFile ? readJson(options.scoreFile, schema) : undefined);
  if (benchmark === "newsquant") {
    const gold = readNewsQuant(path);
    const predictions = given(newsQuantPredictionsSchema) ?? predictNewsQuant(gold, config.newsquant, options.dictionaries);
    return { benchmark, path, predictions, score: scoreNewsQuant(gold, predictions) };
  }
  if (benchmark === "plover") {
    const records = readPlover(path);
    const predictions = given(ploverPredictionsSchema) ?? predictPlover(records, options.dictionaries, config.plover);
    return { benchmark, path, predictions, score: scorePlover(records, predictions, config.plover) };
  }
  const articles = readPolnear(path);
  const predictions = given(polnearPredictionsSchema) ?? predictPolnear(articles, options.dictionaries);
  return { benchmark, path, predictions, score: scorePolnear(articles, predictions, config.polnear) };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const cell = (x: number | undefined) => (x === undefined ? "     –" : x.toFixed(1).padStart(6));

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), ...rows.map(line)];
}

function peers(published: PublishedScore[], keys: string[]): string[][] {
  return published.map((p) => [`${p.system} (published)`, ...keys.map((k) => cell(p[k] as number | undefined))]);
}

/** The lines `npm run benchmark` prints for one result: the published systems, then ours last, where a reader of the tail looks. */
export function formatResult(result: BenchmarkResult, config: BenchmarkConfig): string[] {
  if (result.benchmark === "newsquant") {
    const s = result.score;
    return [
      `NewsQuant (${s.sentences} sentences, ${s.value.gold} quantities): ${result.path}`,
      ...table(
        ["system", "value P", "value R", "value F1", "value+unit F1", "value+change F1"],
        [
          ...config.newsquant.published.map((p) => [`${p.system} (published)`, "     –", "     –", cell(p.value as number), cell(p.value_unit as number | undefined), cell(p.value_change as number | undefined)]),
          ["ours", pct(s.value.precision), pct(s.value.recall), pct(s.value.f1), pct(s.valueUnit.f1), pct(s.valueChange.f1)],
        ],
      ),
    ];
  }
  if (result.benchmark === "plover") {
    const s = result.score;
    return [
      `PLOVER gold standard records (${s.sentences} sentences): ${result.path}`,
      ...table(
        ["system", "type accuracy", "any event", "triple P", "triple R", "triple F1"],
        [...peers(config.plover.published, ["type_accuracy", "coverage", "precision", "recall", "f1"]), ["ours", pct(s.typeAccuracy), pct(s.coverage), pct(s.triples.precision), pct(s.triples.recall), pct(s.triples.f1)]],
      ),
    ];
  }
  const s = result.score;
  return [
    `PolNeAR (${s.articles} articles, ${s.speech} attributions of speech of ${s.annotated} annotated): ${result.path}`,
    ...table(
      ["system", "P", "R", "F1", "speaker accuracy"],
      [...peers(config.polnear.published, ["precision", "recall", "f1", "speaker"]), ["ours", pct(s.statements.precision), pct(s.statements.recall), pct(s.statements.f1), pct(s.speakerAccuracy)]],
    ),
  ];
}

/** One measure of one benchmark, ours beside the published systems' (percentages). */
export interface BenchmarkLine {
  benchmark: string;
  measure: string;
  ours: number;
  published: Array<{ system: string; value: number }>;
}

/** The headline measures of each result, in percent, with the published figures to set beside them. */
export function benchmarkLines(results: BenchmarkResult[], config: BenchmarkConfig): BenchmarkLine[] {
  const peersOf = (list: PublishedScore[], key: string) => list.filter((p) => typeof p[key] === "number").map((p) => ({ system: p.system, value: p[key] as number }));
  const pct = (x: number) => Math.round(1000 * x) / 10;
  return results.flatMap((r): BenchmarkLine[] => {
    if (r.benchmark === "newsquant") {
      const peers = config.newsquant.published;
      return [
        { benchmark: "NewsQuant", measure: "value F1", ours: pct(r.score.value.f1), published: peersOf(peers, "value") },
        { benchmark: "NewsQuant", measure: "value+unit F1", ours: pct(r.score.valueUnit.f1), published: peersOf(peers, "value_unit") },
        { benchmark: "NewsQuant", measure: "value+change F1", ours: pct(r.score.valueChange.f1), published: peersOf(peers, "value_change") },
      ];
    }
    if (r.benchmark === "plover") {
      return [
        { benchmark: "PLOVER records", measure: "event-type accuracy", ours: pct(r.score.typeAccuracy), published: [] },
        { benchmark: "PLOVER records", measure: "(actor, type, target) F1", ours: pct(r.score.triples.f1), published: [] },
      ];
    }
    const peers = config.polnear.published;
    return [
      { benchmark: "PolNeAR", measure: "speech attributions F1", ours: pct(r.score.statements.f1), published: peersOf(peers, "f1") },
      { benchmark: "PolNeAR", measure: "speaker accuracy", ours: pct(r.score.speakerAccuracy), published: peersOf(peers, "speaker") },
    ];
  });
}

/** Every benchmark on its development half beside the project, or undefined when ../shared/benchmarks is absent. */
export function benchmarkReport(options: RunOptions = {}): { date: string; lines: BenchmarkLine[] } | undefined {
  if (!BENCHMARKS.every((b) => existsSync(DEFAULT_PATHS[b]))) return undefined;
  const config = options.config ?? loadBenchmarkConfig();
  const results = BENCHMARKS.map((b) => runBenchmark(b, DEFAULT_PATHS[b], { ...options, config }));
  return { date: new Date().toISOString().slice(0, 10), lines: benchmarkLines(results, config) };
}
