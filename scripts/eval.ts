/**
 * npm run eval -- --articles DIR --gold DIR [--verbose] [--json]
 *
 * Extracts the tables from the articles and prints precision, recall and F1 per table
 * against the gold tables, and attribute accuracy over the matched rows.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ARTICLES_DIR, PROJECT_DIR, runCommand } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { evaluateCorpus, formatReport } from "../loaders/evaluate.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: ARTICLES_DIR },
    gold: { type: "string", default: join(PROJECT_DIR, "..", "shared", "gold") },
    verbose: { type: "boolean", short: "v", default: false },
    json: { type: "boolean", default: false },
  },
});

await runCommand(() => {
  const scores = evaluateCorpus(readCorpus(values.articles!), values.gold!);
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  else console.log(formatReport(scores, values.verbose));
});
