/**
 * npm run eval -- --articles DIR --gold DIR [--verbose] [--json] [--workers N]
 *
 * Extracts the tables from the articles and prints precision, recall and F1 per table
 * against the gold tables, and attribute accuracy over the matched rows.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ARTICLES_DIR, PROJECT_DIR, parseCommandLine, runCommand, workersOption } from "../loaders/cli.ts";
import { buildTablesInParallel, defaultWorkers } from "../loaders/extract-pool.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { InputError } from "../loaders/errors.ts";
import { EVALUATED_TABLES, evaluateTables, formatReport } from "../loaders/evaluate.ts";

const GOLD_DIR = join(PROJECT_DIR, "..", "shared", "gold");
const USAGE = `usage: npm run eval -- [--articles DIR] [--gold DIR] [--verbose] [--json] [--workers N]

  --articles DIR   the articles to extract from (default ${relative(process.cwd(), ARTICLES_DIR) || "."})
  --gold DIR       the gold tables, ${EVALUATED_TABLES.map((t) => `${t}.csv`).join(", ")} (default ${relative(process.cwd(), GOLD_DIR)})
  -v, --verbose    list every missed and spurious row
  --json           print the scores as JSON
  --workers N      worker threads (default one per core, here ${defaultWorkers()})
  -h, --help       print this`;

const values = parseCommandLine(USAGE, {
  articles: { type: "string", default: ARTICLES_DIR },
  gold: { type: "string", default: GOLD_DIR },
  verbose: { type: "boolean", short: "v", default: false },
  json: { type: "boolean", default: false },
  workers: { type: "string" },
});
const workers = workersOption(values.workers, USAGE);

/** A gold folder that is missing or holds no gold table would score nothing: an error, not an empty report. */
function checkGold(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, 0, "no such gold folder");
  const files = readdirSync(dir);
  if (!EVALUATED_TABLES.some((t) => files.includes(`${t}.csv`))) {
    throw new InputError(dir, 0, `no gold table in the folder (expected one of ${EVALUATED_TABLES.map((t) => `${t}.csv`).join(", ")})`);
  }
}

await runCommand(async () => {
  checkGold(values.gold!);
  const scores = evaluateTables(await buildTablesInParallel(readCorpus(values.articles!), { workers }), values.gold!);
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  else console.log(formatReport(scores, values.verbose));
});
