/**
 * npm run extract -- --articles DIR --out DIR
 *
 * Reads every article of a folder and writes every table as CSV into the out folder,
 * all or nothing: on bad input it stops with a message and writes no file.
 */
import { relative } from "node:path";
import { ARTICLES_DIR, parseCommandLine, runCommand } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { unmatchedReport } from "../loaders/corrections.ts";
import { writeFilesAtomically } from "../loaders/csv.ts";
import { buildTables, TABLE_SPECS, tableCsvWriters, type TableName } from "../loaders/tables.ts";

const USAGE = `usage: npm run extract -- [--articles DIR] [--out DIR]

  --articles DIR   the folder of .txt and .md articles (default ${relative(process.cwd(), ARTICLES_DIR) || "."})
  --out DIR        where to write the tables (default out)
  -h, --help       print this

Writes ${(Object.keys(TABLE_SPECS) as TableName[]).map((name) => `${name}.csv`).join(", ")} into DIR, all or nothing.`;

const values = parseCommandLine(USAGE, {
  articles: { type: "string", default: ARTICLES_DIR },
  out: { type: "string", default: "out" },
});

await runCommand(() => {
  const articles = readCorpus(values.articles!);
  const tables = buildTables(articles);
  for (const warning of unmatchedReport(tables.corrections)) console.warn(warning);
  writeFilesAtomically(values.out!, tableCsvWriters(tables));
  for (const name of Object.keys(TABLE_SPECS) as TableName[]) console.log(`${values.out}/${name}.csv: ${tables[name].length} rows`);
});
