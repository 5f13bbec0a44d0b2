// The query page's database: the published Parquet tables loaded into DuckDB-WASM in the
// reader's browser, and the ready-made questions it offers.
//
// DuckDB-WASM reads Parquet only through its parquet extension, which it downloads from
// extensions.duckdb.org; a site that must work offline cannot. So hyparquet (pure
// JavaScript, a few KB) decodes the Parquet files and DuckDB gets their rows as tables
// (Framework's DuckDBClient turns them into Arrow). Both libraries are served from
// node_modules by scripts/self-host-npm.ts, and only this page loads them.
import {DuckDBClient} from "npm:@observablehq/duckdb";
import {parquetMetadata, parquetReadObjects} from "npm:hyparquet";
import {completeTable, schemaColumns} from "./table-columns.js";

/** The rows of a Parquet file's bytes, as objects (dates as Date, missing cells null). */
export async function parquetRows(buffer) {
  return parquetReadObjects({file: await buffer});
}

/** A DuckDB database holding one table per Parquet file: {statements: FileAttachment(…).arrayBuffer(), …}. */
export async function tablesDatabase(files) {
  const tables = await Promise.all(Object.entries(files).map(async ([name, buffer]) => {
    const bytes = await buffer;
    return [name, await parquetRows(bytes), schemaColumns(parquetMetadata(bytes).schema)];
  }));
  // An empty table has no rows to infer its columns from; DuckDB would refuse it.
  const loaded = tables.filter(([, rows]) => rows.length);
  const db = await DuckDBClient.of(Object.fromEntries(loaded.map(([name, rows]) => [name, rows])));
  // Columns empty in every row, which the rows alone do not carry, are added from the file's schema.
  for (const [name, , columns] of loaded) {
    const present = resultRows(await db.query(`SELECT column_name FROM duckdb_columns() WHERE table_name = '${name.replace(/'/g, "''")}' ORDER BY column_index`)).map((r) => r.column_name);
    for (const statement of completeTable(name, columns, present)) await db.query(statement);
  }
  return db;
}

/** A query result (an Arrow table) as plain rows for Inputs.table. */
export function resultRows(result) {
  return Array.from(result, (row) => ({...row}));
}

/** Questions an analyst asks first, as SQL over the tables; the first runs when the page opens. */
export const QUERIES = [
  {
    name: "Munitions claimed, by claimant",
    sql: `-- Every count of munitions, by who claims it: how many figures, in how many articles, the largest.
SELECT coalesce(attributed_to, '(no claimant named)') AS claimant,
       count(*) AS figures,
       count(DISTINCT article_id) AS articles,
       max(value) AS largest,
       arg_max(text, value) AS largest_as_written
FROM quantities
WHERE category = 'munitions'
GROUP BY ALL
ORDER BY largest DESC`
  },
  {
    name: "Statements per country per month",
    sql: `-- Dated statements by the country the speaker speaks for, month by month, with the stances taken.
SELECT coalesce(nullif(split_part(speaker_country, ';', 1), ''), 'none') AS country,
       strftime(date_trunc('month', date), '%Y-%m') AS month,
       count(*) AS statements,
       count(*) FILTER (WHERE stance IN ('accuse', 'condemn')) AS accusations,
       count(*) FILTER (WHERE stance = 'deny') AS denials,
       count(*) FILTER (WHERE stance IN ('warn', 'threaten')) AS warnings
FROM statements
WHERE date IS NOT NULL
GROUP BY ALL
ORDER BY month, statements DESC`
  },
  {
    name: "Who denies, and how often",
    sql: `-- Speakers who deny, with an example of their words.
SELECT speaker,
       coalesce(speaker_country, '') AS country,
       count(*) AS denials,
       count(DISTINCT article_id) AS articles,
       any_value(quote) AS example
FROM statements
WHERE stance = 'deny'
GROUP BY ALL
ORDER BY denials DESC
LIMIT 100`
  },
  {
    name: "Events by type and status",
    sql: `-- How many events of each PLOVER type happened, were planned, alleged or denied.
SELECT event_type,
       count(*) AS events,
       count(*) FILTER (WHERE status = 'occurred') AS occurred,
       count(*) FILTER (WHERE status = 'planned') AS planned,
       count(*) FILTER (WHERE status = 'alleged') AS alleged,
       count(*) FILTER (WHERE status = 'denied') AS denied,
       min(date) AS first_date,
       max(date) AS last_date
FROM events
GROUP BY ALL
ORDER BY events DESC`
  },
  {
    name: "Claims told by the most outlets",
    sql: `-- What several outlets report: the claims with the most outlets and articles behind them.
SELECT kind, summary, outlets, articles, corroborated, first_reported, last_reported
FROM claims
ORDER BY outlets DESC, articles DESC
LIMIT 100`
  },
  {
    name: "Outlets and what their articles carry",
    sql: `-- Per outlet: articles, and the rows extracted from them.
WITH q AS (SELECT article_id, count(*) AS n FROM quantities GROUP BY ALL),
     s AS (SELECT article_id, count(*) AS n FROM statements GROUP BY ALL),
     e AS (SELECT article_id, count(*) AS n FROM events GROUP BY ALL)
SELECT coalesce(a.outlet, '(unknown)') AS outlet,
       count(*) AS articles,
       coalesce(sum(q.n), 0) AS quantities,
       coalesce(sum(s.n), 0) AS statements,
       coalesce(sum(e.n), 0) AS events
FROM articles a
LEFT JOIN q USING (article_id)
LEFT JOIN s USING (article_id)
LEFT JOIN e USING (article_id)
GROUP BY ALL
ORDER BY articles DESC`
  }
];
