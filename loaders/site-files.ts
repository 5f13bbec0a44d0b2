/**
 * Every file the site's data loaders print (src/data/<name>.ts prints <name>), made by one
 * function each, so that a build can make them all in one process.
 *
 * Framework runs each data loader in a process of its own, one after another: a `tsx`
 * start-up, a read of the cached tables and a print, 4 to 20 s each on the shared 2-core
 * machine, so the 27 loaders cost minutes before a page was built. scripts/build-site.ts
 * writes them all into Framework's loader cache first (writeSiteFiles), from one read of
 * the tables; Framework finds them fresh and copies them. `npm run dev` still runs each
 * loader when a page asks, and the loader prints what the same function makes.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runCommand } from "./cli.ts";
import { loadSiteData, type SiteData } from "./site.ts";
import { tableToParquet } from "./parquet.ts";
import { TABLE_SPECS, tableCsvWriters, type TableName } from "./tables.ts";

/** What one file holds: made from the site's data (read once, when first asked for). */
export type SiteFile = (data: () => Promise<SiteData>) => Promise<string | Uint8Array>;

const json = (value: unknown) => JSON.stringify(value, null, 1);
const view = (make: (data: SiteData) => unknown | Promise<unknown>): SiteFile => async (data) => json(await make(await data()));

function tableFiles(name: TableName): Record<string, SiteFile> {
  const rows = (data: SiteData) => data.tables[name] as unknown as Array<Record<string, unknown>>;
  return {
    [`${name}.csv`]: async (data) => [...tableCsvWriters((await data()).tables)[`${name}.csv`]()].join(""),
    [`${name}.json`]: async (data) => {
      const columns = TABLE_SPECS[name].columns;
      return json(rows(await data()).map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? ""]))));
    },
    [`${name}.parquet`]: async (data) => tableToParquet(TABLE_SPECS[name], rows(await data())),
  };
}

/** The files, by name under src/data/. Modules a file alone needs are imported when it is made. */
export const SITE_FILES: Record<string, SiteFile> = {
  ...Object.assign({}, ...(Object.keys(TABLE_SPECS) as TableName[]).map(tableFiles)),
  "explainer.json": view(async ({ tables }) => (await import("./explainer.ts")).explainerOf(tables)),
  "amounts.json": view(async ({ tables }) => {
    const { amountDots, asAmountRows } = await import("./amount-groups.ts");
    return amountDots(asAmountRows(tables.quantities), tables.articles);
  }),
  "story.json": view(async ({ tables }) => (await import("./story.ts")).storyOf(tables)),
  "places.json": view(async ({ tables }) => {
    const places = await import("./places.ts");
    return places.placesOf(tables, places.loadPlacesDictionary(), places.loadGazetteer());
  }),
  "sources.json": view(async ({ tables }) => (await import("./source-pages.ts")).sourcesIndex(tables)),
  "accuracy.json": view(async (data) => (await import("./source-pages.ts")).accuracyReport(data)),
  "datapackage.json": view(async ({ tables }) => (await import("./datapackage.ts")).dataPackage(tables)),
  "dictionary.json": view(async ({ tables }) => (await import("./datapackage.ts")).dataDictionary(tables)),
  "table-sizes.json": view(async ({ tables }) => (await import("./table-sizes.ts")).tableSizes(tables)),
  "event-types.json": async () => json((await import("./event-types.ts")).loadEventTypeLabels()),
  "column-types.json": async () => json((await import("./column-types.ts")).columnTypes()),
  "column-enums.json": async () => json((await import("./column-enums.ts")).columnEnums()),
  "actor-names.json": view(async ({ tables }) => (await import("./actor-names.ts")).actorNames(tables, (await import("./actors.ts")).sharedGazetteer())),
  "benchmarks.json": async () => {
    const [{ benchmarkReport }, { readRealNewsScores }, { annotatorAgreement }] = await Promise.all([
      import("./benchmarks/index.ts"),
      import("./benchmarks/realnews-record.ts"),
      import("./benchmarks/agreement.ts"),
    ]);
    return json({ benchmarks: benchmarkReport() ?? null, realnews: readRealNewsScores(), agreement: annotatorAgreement() ?? null });
  },
  "land.json": async () => readFileSync(createRequire(import.meta.url).resolve("world-atlas/land-110m.json")),
};

/** The site's data, read on first use and kept. */
function lazyData(read: () => Promise<SiteData> = loadSiteData): () => Promise<SiteData> {
  let data: Promise<SiteData> | undefined;
  return () => (data ??= read());
}

/** A data loader's body: prints one file on standard output, as Framework expects. */
export async function printSiteFile(name: string): Promise<void> {
  const make = SITE_FILES[name];
  if (!make) throw new Error(`no site file "${name}" in loaders/site-files.ts`);
  await runCommand(async () => {
    process.stdout.write(await make(lazyData()));
  });
}

/**
 * Writes the files into a folder (Framework's loader cache, `src/.observablehq/cache/data`),
 * each whole or not at all; `names` are those to make (the loaders that exist). Returns them.
 */
export async function writeSiteFiles(dir: string, names: string[], read?: () => Promise<SiteData>): Promise<string[]> {
  const data = lazyData(read);
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const make = SITE_FILES[name];
    if (!make) throw new Error(`no site file "${name}" in loaders/site-files.ts`);
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, await make(data));
    renameSync(temporary, path);
  }
  return names;
}
