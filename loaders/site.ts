/**
 * What the site's data loaders share: extract the tables from `data/articles/` and
 * print one of them as CSV on standard output, as Framework expects.
 */
import { ARTICLES_DIR, runCommand } from "./cli.ts";
import { unmatchedReport } from "./corrections.ts";
import { readCorpus } from "./corpus.ts";
import { buildTables, tablesToCsv, type TableName } from "./tables.ts";

export async function writeTable(name: TableName): Promise<void> {
  await runCommand(() => {
    const tables = buildTables(readCorpus(ARTICLES_DIR));
    // Framework shows a loader's standard error in the build log: stale corrections surface there.
    for (const warning of unmatchedReport(tables.corrections)) process.stderr.write(`${warning}\n`);
    process.stdout.write(tablesToCsv(tables)[`${name}.csv`]);
  });
}
