/**
 * npm run eval -- --articles DIR --gold DIR [--verbose] [--json] [--workers N]
 * npm run eval -- --tables DIR --gold DIR [--verbose] [--json]
 *
 * Extracts the tables from the articles (or reads tables already written: an earlier
 * extraction, a second annotator's) and prints precision, recall and F1 per table
 * against the gold tables, and attribute accuracy over the matched rows.
 */
import { join, relative } from "node:path";
import { ARTICLES_DIR, PROJECT_DIR, parseCommandLine, runCommand, usageError, workersOption } from "../loaders/cli.ts";
import { defaultWorkers, extractFolderToTables } from "../loaders/extract-pool.ts";
import { checkGoldFolder, EVALUATED_TABLES, evaluateTableFolder, evaluateTables, formatReport } from "../loaders/evaluate.ts";

const GOLD_DIR = join(PROJECT_DIR, "..", "shared", "gold");
const USAGE = `usage: npm run eval -- [--articles DIR | --tables DIR] [--gold DIR] [--verbose] [--json] [--workers N]

  --articles DIR   the articles to extract from (default ${relative(process.cwd(), ARTICLES_DIR) || "."})
  --tables DIR     score the tables in DIR instead of extracting (an earlier extraction's folder,
                   or a second annotator's tables: their agreement with the gold), on the articles they cover
  --gold DIR       the gold tables, ${EVALUATED_TABLES.map((t) => `${t}.csv`).join(", ")} (default ${relative(process.cwd(), GOLD_DIR)})
  -v, --verbose    list every missed and spurious row
  --json           print the scores as JSON
  --workers N      threads that extract, this one and N - 1 workers (default one per core, here ${defaultWorkers()})
  -h, --help       print this`;

const values = parseCommandLine(USAGE, {
  articles: { type: "string" },
  tables: { type: "string" },
  gold: { type: "string", default: GOLD_DIR },
  verbose: { type: "boolean", short: "v", default: false },
  json: { type: "boolean", default: false },
  workers: { type: "string" },
});
const workers = workersOption(values.workers, USAGE);

if (values.articles !== undefined && values.tables !== undefined) usageError(USAGE, "give --articles or --tables, not both");

await runCommand(async () => {
  // Before the extraction, so that a mistyped folder fails at once.
  checkGoldFolder(values.gold!);
  const scores =
    values.tables !== undefined
      ? evaluateTableFolder(values.tables, values.gold!)
      : evaluateTables((await extractFolderToTables(values.articles ?? ARTICLES_DIR, { workers })).tables, values.gold!);
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  else console.log(formatReport(scores, values.verbose));
});
