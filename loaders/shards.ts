/**
 * Extraction beyond one machine: each machine extracts the articles of its shard (which
 * shard an article falls in follows from its id alone, so no machine needs to know what the
 * others do), and the shards' tables merge into the tables of the whole corpus, byte for
 * byte what one run over every article writes. Rows of one article never depend on another
 * article; only the claims (grouped across articles) and the corrections' outcomes are made
 * again over the whole.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildClaims } from "./claims.ts";
import { parseCsv, restoreCell } from "./csv.ts";
import { InputError } from "./errors.ts";
import { TABLE_SPECS, type TableName, type Tables } from "./tables.ts";

export interface Shard {
  /** 1 to count. */
  index: number;
  count: number;
}

/** Reads `K/N` (shard K of N, from 1); undefined when the text is not one. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count ? { index, count } : undefined;
}

/** Whether an article belongs to a shard: by a hash of its id, the same on every machine. */
export function inShard(articleId: string, shard: Shard): boolean {
  const hash = createHash("sha1").update(articleId).digest().readUInt32BE(0);
  return (hash % shard.count) + 1 === shard.index;
}

/** The tables a run of `npm run extract` wrote into `dir`, read back with the schema's types. */
export function readTables(dir: string): Tables {
  const tables = {} as Record<TableName, Array<Record<string, string | number>>>;
  for (const name of Object.keys(TABLE_SPECS) as TableName[]) {
    const file = join(dir, `${name}.csv`);
    if (!existsSync(file)) throw new InputError(file, 0, `missing: ${dir} is not a folder of tables that npm run extract wrote`);
    const { columns, numeric } = TABLE_SPECS[name];
    const text = readFileSync(file, "utf8");
    const header = text.slice(0, text.indexOf("\n")).split(",");
    if (header.join(",") !== columns.join(",")) throw new InputError(file, 1, `the columns are not those of the ${name} table (${columns.join(",")})`);
    tables[name] = parseCsv(text, file).map((row) =>
      Object.fromEntries(columns.map((column) => {
        const cell = restoreCell(row[column] ?? "");
        return [column, numeric.has(column) && cell !== "" ? Number(cell) : cell];
      })),
    );
  }
  return tables as unknown as Tables;
}

/**
 * The tables of several shards as one: articles in id order with each article's rows in the
 * order its shard wrote them, a correction applied where any shard applied it, and the
 * claims grouped again over every article. An article in two shards is an error.
 */
export function mergeTables(shards: Array<{ dir: string; tables: Tables }>): Tables {
  const owner = new Map<string, string>();
  for (const { dir, tables } of shards) {
    for (const article of tables.articles) {
      const other = owner.get(article.article_id);
      if (other) throw new InputError(join(dir, "articles.csv"), 0, `article "${article.article_id}" is also in ${other}: the shards overlap`);
      owner.set(article.article_id, dir);
    }
  }
  const articles = shards.flatMap((s) => s.tables.articles).sort((a, b) => compare(a.article_id, b.article_id) || compare(a.file, b.file));
  const order = new Map(articles.map((a, i) => [a.article_id, i]));
  const byArticle = <T extends { article_id: string }>(rows: T[]) =>
    rows.map((row, i) => ({ row, i })).sort((a, b) => order.get(a.row.article_id)! - order.get(b.row.article_id)! || a.i - b.i).map(({ row }) => row);
  const merged = {
    articles,
    quantities: byArticle(shards.flatMap((s) => s.tables.quantities)),
    statements: byArticle(shards.flatMap((s) => s.tables.statements)),
    events: byArticle(shards.flatMap((s) => s.tables.events)),
  };
  return { ...merged, claims: buildClaims(merged), corrections: mergeCorrections(shards.map((s) => s.tables.corrections)) };
}

/** Each correction once, in its order in data/corrections.yaml: applied if it matched a row in any shard. */
function mergeCorrections(perShard: Tables["corrections"][]): Tables["corrections"] {
  const byLine = new Map<number, Tables["corrections"][number]>();
  for (const outcomes of perShard) {
    for (const outcome of outcomes) {
      const seen = byLine.get(outcome.line);
      if (!seen || outcome.status === "applied") byLine.set(outcome.line, outcome);
    }
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
