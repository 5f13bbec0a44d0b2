/**
 * npm run eval -- --articles DIR --gold DIR [--verbose] [--json]
 *
 * Extracts the tables from the articles and prints precision, recall and F1 per table
 * against the gold tables, and attribute accuracy over the matched rows.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ARTICLES_DIR, PROJECT_DIR, runCommand } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { parseCsv } from "../loaders/csv.ts";
import { formatReport, scoreTable, type PredictedRow, type TableScore } from "../loaders/evaluate.ts";
import { buildTables, type TableName } from "../loaders/tables.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: ARTICLES_DIR },
    gold: { type: "string", default: join(PROJECT_DIR, "..", "shared", "gold") },
    verbose: { type: "boolean", short: "v", default: false },
    json: { type: "boolean", default: false },
  },
});

await runCommand(() => {
  const tables = buildTables(readCorpus(values.articles!));
  const scores: TableScore[] = [];
  for (const name of ["articles", "quantities", "statements", "events"] as TableName[]) {
    const file = join(values.gold!, `${name}.csv`);
    if (!existsSync(file)) continue;
    const gold = parseCsv(readFileSync(file, "utf8"), file);
    const articleIds = new Set(tables.articles.map((a) => a.article_id));
    // Score only the articles both sides know, so a gold folder can cover a subset.
    const goldHere = gold.filter((row) => articleIds.has(row.article_id));
    const goldIds = new Set(gold.map((row) => row.article_id));
    const predicted = (tables[name] as unknown as PredictedRow[]).filter((row) => goldIds.has(String(row.article_id)));
    scores.push(scoreTable(name, goldHere, predicted));
  }
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  else console.log(formatReport(scores, values.verbose));
});
