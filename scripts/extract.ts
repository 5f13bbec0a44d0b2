/**
 * npm run extract -- --articles DIR --out DIR
 *
 * Reads every article of a folder and writes every table as CSV into the out folder,
 * all or nothing: on bad input it stops with a message and writes no file.
 */
import { parseArgs } from "node:util";
import { ARTICLES_DIR, runCommand } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { unmatchedReport } from "../loaders/corrections.ts";
import { writeFilesAtomically } from "../loaders/csv.ts";
import { buildTables, TABLE_SPECS, tableCsvWriters, type TableName } from "../loaders/tables.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: ARTICLES_DIR },
    out: { type: "string", default: "out" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help) {
  console.log("usage: npm run extract -- [--articles DIR] [--out DIR]\nWrites articles.csv, quantities.csv, statements.csv and events.csv into DIR.");
  process.exit(0);
}

await runCommand(() => {
  const articles = readCorpus(values.articles!);
  const tables = buildTables(articles);
  for (const warning of unmatchedReport(tables.corrections)) console.warn(warning);
  writeFilesAtomically(values.out!, tableCsvWriters(tables));
  for (const name of Object.keys(TABLE_SPECS) as TableName[]) console.log(`${values.out}/${name}.csv: ${tables[name].length} rows`);
});
