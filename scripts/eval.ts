/**
 * npm run eval -- --articles DIR --gold DIR [--verbose] [--json] [--workers N]
 *
 * Extracts the tables from the articles and prints precision, recall and F1 per table
 * against the gold tables, and attribute accuracy over the matched rows.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ARTICLES_DIR, PROJECT_DIR, runCommand, usageError, workersOption } from "../loaders/cli.ts";
import { buildTablesInParallel, defaultWorkers } from "../loaders/extract-pool.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { evaluateTables, formatReport } from "../loaders/evaluate.ts";

const USAGE = `usage: npm run eval -- [--articles DIR] [--gold DIR] [--verbose] [--json] [--workers N]
  --articles DIR  the articles to extract (default: data/articles, or ARMS_ARTICLES_DIR)
  --gold DIR      the gold tables, <table>.csv (default: ../shared/gold)
  --verbose, -v   list every missed and spurious row
  --json          print the scores as JSON
  --workers N     worker threads (default: one per core, here ${defaultWorkers()})`;

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        articles: { type: "string", default: ARTICLES_DIR },
        gold: { type: "string", default: join(PROJECT_DIR, "..", "shared", "gold") },
        verbose: { type: "boolean", short: "v", default: false },
        json: { type: "boolean", default: false },
        workers: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError(USAGE, (error as Error).message);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const workers = workersOption(values.workers, USAGE);

await runCommand(async () => {
  const tables = await buildTablesInParallel(readCorpus(values.articles!), { workers });
  const scores = evaluateTables(tables, values.gold!);
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  else console.log(formatReport(scores, values.verbose));
});
