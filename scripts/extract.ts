/**
 * npm run extract -- --articles DIR --out DIR [--workers N]
 *
 * Reads every article of a folder and writes every table as CSV into the out folder,
 * and beside them each article's text as `texts/<article_id>.txt` (the text every offset
 * points into: the file as stored, or the text read from a saved page or a feed's row),
 * all or nothing: on bad input it stops with a message and writes no file. The articles are
 * extracted on N threads (this one and N - 1 worker threads), one per core unless --workers
 * says otherwise; the tables are the same whatever the number. With --shard K/N it extracts only the articles of
 * shard K of N (by a hash of the article id), for one machine of several; `npm run merge`
 * joins the shards' folders into the tables of the whole.
 */
import { join, relative } from "node:path";
import { ARTICLES_DIR, parseCommandLine, runCommand, usageError, workersOption } from "../loaders/cli.ts";
import type { Article } from "../loaders/corpus.ts";
import { unmatchedReport } from "../loaders/corrections.ts";
import { defaultWorkers, extractFolderToFiles } from "../loaders/extract-pool.ts";
import { limitHeapGrowth } from "../loaders/heap.ts";
import { inShard, parseShard } from "../loaders/shards.ts";
import { TABLE_SPECS, type TableName } from "../loaders/tables.ts";

const USAGE = `usage: npm run extract -- [--articles DIR] [--out DIR] [--workers N] [--shard K/N]

  --articles DIR   the folder of articles: .txt, .md, saved pages, feeds (default ${relative(process.cwd(), ARTICLES_DIR) || "."})
  --out DIR        where to write the tables and texts/ (default out)
  --workers N      threads that extract, this one and N - 1 workers (default one per core, here ${defaultWorkers()})
  --shard K/N      only the articles of shard K of N (by a hash of the article id), for one of
                   N machines; join the shards' folders with npm run merge
  -h, --help       print this

Writes ${(Object.keys(TABLE_SPECS) as TableName[]).map((name) => `${name}.csv`).join(", ")} and texts/<article_id>.txt into DIR, all or nothing.`;

const values = parseCommandLine(USAGE, {
  articles: { type: "string", default: ARTICLES_DIR },
  out: { type: "string", default: "out" },
  workers: { type: "string" },
  shard: { type: "string" },
});
const workers = workersOption(values.workers, USAGE);
const shard = values.shard === undefined ? undefined : (parseShard(values.shard) ?? usageError(USAGE, `--shard takes K/N with 1 ≤ K ≤ N, such as 2/4, not "${values.shard}"`));

await runCommand(async () => {
  // Before the workers start: they share the process's heap settings (loaders/heap.ts).
  limitHeapGrowth();
  const written = await extractFolderToFiles(values.articles!, values.out!, { workers, texts: true, ...(shard ? { select: (article: Article) => inShard(article.id, shard) } : {}) });
  // A shard's corrections of rows in other shards are matched when the shards are merged.
  if (!shard) for (const warning of unmatchedReport(written.corrections)) console.warn(warning);
  for (const name of Object.keys(TABLE_SPECS) as TableName[]) console.log(`${values.out}/${name}.csv: ${written.rows[name]} rows`);
  console.log(`${values.out}/texts/: ${written.articles} texts`);
});
