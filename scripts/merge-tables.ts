/**
 * npm run merge -- --from DIR --from DIR … --out DIR
 *
 * Joins the folders that `npm run extract -- --shard K/N` wrote on several machines into
 * the tables of the whole corpus, byte for byte what one run over every article writes:
 * the rows of each article as its shard wrote them, the claims grouped again over every
 * article, each correction applied where any shard applied it, and every shard's texts.
 * All or nothing, like extract.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine, runCommand, usageError } from "../loaders/cli.ts";
import { unmatchedReport } from "../loaders/corrections.ts";
import { writeFilesAtomically } from "../loaders/csv.ts";
import { InputError } from "../loaders/errors.ts";
import { mergeTables, readTables } from "../loaders/shards.ts";
import { TABLE_SPECS, tableCsvWriters, type TableName } from "../loaders/tables.ts";

const USAGE = `usage: npm run merge -- --from DIR --from DIR [--from DIR …] --out DIR

  --from DIR   a folder that npm run extract -- --shard K/N wrote (give each shard once)
  --out DIR    where to write the merged tables and texts/
  -h, --help   print this

Writes ${(Object.keys(TABLE_SPECS) as TableName[]).map((name) => `${name}.csv`).join(", ")} and texts/ into DIR, all or nothing.`;

const values = parseCommandLine(USAGE, { from: { type: "string", multiple: true }, out: { type: "string" } });
if (!values.from?.length) usageError(USAGE, "give each shard's folder with --from");
if (!values.out) usageError(USAGE, "--out DIR is needed");

await runCommand(() => {
  const shards = values.from!.map((dir) => ({ dir, tables: readTables(dir) }));
  const tables = mergeTables(shards);
  for (const warning of unmatchedReport(tables.corrections)) console.warn(warning);
  const texts: Record<string, string> = {};
  for (const { dir } of shards) {
    if (!existsSync(join(dir, "texts"))) throw new InputError(join(dir, "texts"), 0, "missing: each shard's folder holds the texts/ that npm run extract wrote");
    for (const name of readdirSync(join(dir, "texts"))) texts[join("texts", name)] = readFileSync(join(dir, "texts", name), "utf8");
  }
  writeFilesAtomically(values.out!, { ...tableCsvWriters(tables), ...texts });
  for (const name of Object.keys(TABLE_SPECS) as TableName[]) console.log(`${values.out}/${name}.csv: ${tables[name].length} rows`);
  console.log(`${values.out}/texts/: ${Object.keys(texts).length} texts from ${shards.length} shards`);
});
