/**
 * npm run benchmark -- [newsquant|plover|polnear|all] [PATH] [--json] [--predictions FILE] [--score FILE]
 *
 * Runs our extractors on a public benchmark's development half and prints the figures beside
 * those published systems reach. Without a name, all three run on ../shared/benchmarks.
 */
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { BENCHMARKS, DEFAULT_PATHS, formatResult, runBenchmark, type BenchmarkName } from "../loaders/benchmarks/index.ts";
import { loadBenchmarkConfig } from "../loaders/benchmarks/config.ts";
import { runCommand, usageError } from "../loaders/cli.ts";
import { loadDictionaries } from "../loaders/tables.ts";

const shown = (b: BenchmarkName) => relative(process.cwd(), DEFAULT_PATHS[b]);
const USAGE = `usage: npm run benchmark -- [newsquant|plover|polnear|all] [PATH] [--json] [--predictions FILE] [--score FILE]

  newsquant PATH     a NewsQuant JSON file (default ${shown("newsquant")})
  plover PATH        a PLOVER gold-standard JSON file (default ${shown("plover")})
  polnear DIR        a PolNeAR folder with text/ and attributions/ (default ${shown("polnear")})
  all                the three, on their default paths (the default)
  --json             print the scores as JSON
  --predictions FILE write our predictions, aligned with the input (one benchmark only)
  --score FILE       score another system's predictions file instead of running ours`;

const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { json: { type: "boolean" }, predictions: { type: "string" }, score: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return usageError(USAGE, (error as Error).message);
  }
})();

if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}

const [name = "all", path, ...extra] = parsed.positionals;
if (name !== "all" && !BENCHMARKS.includes(name as BenchmarkName)) usageError(USAGE, `unknown benchmark "${name}"`);
if (extra.length > 0 || (name === "all" && path)) usageError(USAGE, `unexpected argument "${extra[0] ?? path}"`);
if (name === "all" && (parsed.values.predictions || parsed.values.score)) usageError(USAGE, "--predictions and --score take one benchmark");

await runCommand(() => {
  const config = loadBenchmarkConfig();
  const dictionaries = loadDictionaries();
  const names = name === "all" ? [...BENCHMARKS] : [name as BenchmarkName];
  const results = names.map((b) => runBenchmark(b, path ?? DEFAULT_PATHS[b], { config, dictionaries, scoreFile: parsed.values.score }));
  if (parsed.values.predictions) writeFileSync(parsed.values.predictions, `${JSON.stringify(results[0].predictions, null, 1)}\n`);
  if (parsed.values.json) console.log(JSON.stringify(results.map(({ benchmark, path, score }) => ({ benchmark, path, score })), null, 2));
  else console.log(results.map((r) => formatResult(r, config).join("\n")).join("\n\n"));
});
