/**
 * Self-host Observable Framework's `npm:` imports so that `observable build`
 * and `observable preview` need no network.
 *
 * Framework fetches every `npm:` import from cdn.jsdelivr.net and caches it in
 * `<root>/.observablehq/cache/_npm/<name>@<version>/...`; it skips the fetch
 * when the cached file exists, and picks versions from the existing
 * `<name>@<version>` cache directories (see framework/dist/npm.js). This script
 * fills that cache from node_modules:
 *
 *  - every package named in an `npm:` specifier by Framework's client runtime
 *    (the implicit d3, Plot, Inputs, htl, d3-dsv behind FileAttachment.csv(),
 *    arquero, ...) or by a page/module under src/ is bundled with esbuild into
 *    the file Framework expects (`_npm/d3@7.9.2/_esm.js`). Imports of other
 *    self-hosted packages stay external, as relative imports to their cache
 *    files (like jsDelivr's `/npm/...` imports after Framework rewrites them),
 *    so Plot and the page share one d3; everything else is inlined.
 *  - `npm:pkg/path.ext` (css, wasm, ...) is copied from the package.
 *  - packages Framework's client merely mentions but which are not installed
 *    (lodash, leaflet, ...) get an empty placeholder version directory, which is
 *    all Framework needs to resolve their version when it bundles its client.
 *    Using one of them in a page needs `npm install --save-dev NAME` first.
 *
 * Usage: tsx scripts/self-host-npm.ts [--root src] [--force] [--quiet]
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { configRoot } from "./framework-root.ts";
import { parseCommandLine } from "../loaders/cli.ts";
import {
  collectSpecifiers,
  FRAMEWORK_BUILTINS,
  findPackageDir,
  npmCachePath,
  packageNameOf,
  parseNpmSpecifier,
  readVersion,
  relativeImport,
} from "./npm-specifiers.ts";

/** Bump when the bundling recipe changes, to rebuild existing caches. */
export const FORMAT_VERSION = 1;
export const STAMP_FILE = ".self-host-npm.json";
const PLACEHOLDER_FILE = ".self-host-npm-placeholder";

/**
 * Versions used for placeholder cache directories of packages that Framework's
 * client references but that are not installed. Only the version string
 * matters (it must be a real published version, in case a build with network
 * ever fetches it).
 */
export const PLACEHOLDER_VERSIONS: Record<string, string> = {
  "@duckdb/duckdb-wasm": "1.29.0",
  "@observablehq/sample-datasets": "1.0.1",
  "@uwdata/vgplot": "0.11.0",
  "@viz-js/viz": "3.11.0",
  "apache-arrow": "17.0.0",
  echarts: "5.6.0",
  exceljs: "4.4.0",
  jszip: "3.10.1",
  katex: "0.16.22",
  leaflet: "1.9.4",
  lodash: "4.17.21",
  "mapbox-gl": "3.9.4",
  mermaid: "11.4.1",
  "parquet-wasm": "0.6.1",
  react: "18.3.1",
  "react-dom": "18.3.1",
  "sql.js": "1.12.0",
  "topojson-client": "3.1.0",
  vega: "5.30.0",
  "vega-lite": "5.21.0",
  "vega-lite-api": "5.6.0"
};

export interface SelfHostOptions {
  /** Project directory with node_modules and observablehq.config. */
  projectRoot: string;
  /** Framework source root (config `root`), default "src". */
  srcRoot?: string;
  /** Rebuild even when the cache stamp says it is up to date. */
  force?: boolean;
  log?: (message: string) => void;
}

export interface SelfHostResult {
  /** name@version/path entries written (or kept up to date). */
  hosted: string[];
  /** name@version placeholder directories. */
  placeholders: string[];
  /** specifiers that could not be self-hosted (used by src/ but not installed, or failed to bundle). */
  missing: string[];
}

interface Job {
  name: string;
  version: string;
  dir: string;
  /** subpaths (as in npm specifiers; "+esm" for the main entry). */
  paths: Set<string>;
}

/** One run's state: where the cache is, the packages to host and what has been done. */
interface Hosting {
  options: SelfHostOptions;
  cacheRoot: string;
  log: (message: string) => void;
  build: typeof import("esbuild").build;
  result: SelfHostResult;
  /** The packages to host, by name@version. */
  jobs: Map<string, Job>;
  /** name → the version that a bare `npm:name` resolves to. */
  hostedVersion: Map<string, string>;
  /** Packages Framework's client names but node_modules lacks. */
  notInstalled: Set<string>;
}

type Dependency = { name: string; version: string; dir: string };

export async function selfHostNpm(options: SelfHostOptions): Promise<SelfHostResult> {
  const projectRoot = resolve(options.projectRoot);
  const srcRoot = resolve(projectRoot, options.srcRoot ?? "src");
  const hosting: Hosting = {
    options,
    cacheRoot: join(srcRoot, ".observablehq", "cache"),
    log: options.log ?? ((message: string) => console.log(message)),
    build: (await import("esbuild")).build,
    result: { hosted: [], placeholders: [], missing: [] },
    jobs: new Map(),
    hostedVersion: new Map(),
    notInstalled: new Set(),
  };
  await planJobs(hosting, projectRoot, srcRoot);
  // Bundle (transitively: an external dependency at another version becomes a new job).
  const done = new Set<string>();
  for (let pending = [...hosting.jobs.values()]; pending.length; pending = [...hosting.jobs.values()].filter((j) => !done.has(jobKey(j)))) {
    for (const job of pending) {
      done.add(jobKey(job));
      await hostJob(hosting, job);
    }
  }
  await dropOtherVersions(hosting);
  await addPlaceholders(hosting);
  for (const specifier of hosting.result.missing) {
    hosting.log(`self-host-npm: WARNING npm:${specifier} cannot be self-hosted (install it with npm install --save-dev); the build will need the network for it`);
  }
  return hosting.result;
}

/** Adds `path` of name@version to the jobs. */
function addJob(hosting: Hosting, { name, version, dir }: Dependency, path: string): void {
  const key = `${name}@${version}`;
  let job = hosting.jobs.get(key);
  if (!job) hosting.jobs.set(key, (job = { name, version, dir, paths: new Set() }));
  job.paths.add(path);
}

/** A job for each specifier whose package is installed (the project's first, then Framework's own). */
async function planJobs(hosting: Hosting, projectRoot: string, srcRoot: string): Promise<void> {
  const frameworkDir = findPackageDir("@observablehq/framework", projectRoot)!;
  const { framework, src } = collectSpecifiers(projectRoot, srcRoot);
  const fromSrc = new Set(src.map((s) => parseNpmSpecifier(s).name));
  for (const specifier of [...framework, ...src]) {
    const { name, range, path = "+esm" } = parseNpmSpecifier(specifier);
    if (path.endsWith("/")) continue; // directory prefixes (e.g. sql.js/dist/) are not files
    if (FRAMEWORK_BUILTINS.includes(name) && path === "+esm") continue;
    const dir = findPackageDir(name, projectRoot) ?? findPackageDir(name, frameworkDir);
    if (!dir) {
      hosting.notInstalled.add(name);
      if (fromSrc.has(name)) hosting.result.missing.push(specifier);
      continue;
    }
    const version = readVersion(dir);
    if (range && !(await satisfies(frameworkDir, version, range))) {
      hosting.result.missing.push(specifier);
      hosting.log(`self-host-npm: npm:${specifier} does not match installed ${name}@${version}`);
      continue;
    }
    hosting.hostedVersion.set(name, version);
    addJob(hosting, { name, version, dir }, path);
  }
}

/** Writes a job's files into the cache, unless its stamp says they are up to date. */
async function hostJob(hosting: Hosting, job: Job): Promise<void> {
  const { cacheRoot, result } = hosting;
  const versionDir = join(cacheRoot, "_npm", `${job.name}@${job.version}`);
  const stampPath = join(versionDir, STAMP_FILE);
  const paths = [...job.paths].sort();
  const stamp = JSON.stringify({ format: FORMAT_VERSION, script: scriptHash(), version: job.version, dir: job.dir, hosted: [...hosting.hostedVersion].sort(), paths });
  const outputs = paths.map((p) => join(cacheRoot, npmCachePath(job.name, job.version, p)));
  const upToDate = !hosting.options.force && existsSync(stampPath) && readFileSync(stampPath, "utf-8") === stamp && outputs.every((o) => existsSync(o));
  if (upToDate) {
    // still discover the external dependencies recorded by the previous run
    for (const dep of readDepsFile(versionDir)) addJob(hosting, dep, "+esm");
    for (const p of paths) result.hosted.push(`${job.name}@${job.version}/${p}`);
    return;
  }
  await mkdir(versionDir, { recursive: true });
  await rm(join(versionDir, PLACEHOLDER_FILE), { force: true });
  await copyFile(join(job.dir, "package.json"), join(versionDir, "package.json"));
  const deps = new Map<string, Dependency>();
  for (const path of paths) await hostPath(hosting, job, path, deps);
  for (const dep of deps.values()) addJob(hosting, dep, "+esm");
  await writeFile(join(versionDir, ".self-host-npm-deps.json"), JSON.stringify([...deps.values()]));
  await writeFile(stampPath, stamp);
}

/** One path of a job: a raw file (css, wasm, json, a given .js file) is copied, a module entry bundled. */
async function hostPath(hosting: Hosting, job: Job, path: string, deps: Map<string, Dependency>): Promise<void> {
  const { cacheRoot, result } = hosting;
  const cachePath = npmCachePath(job.name, job.version, path);
  const outputPath = join(cacheRoot, cachePath);
  await mkdir(dirname(outputPath), { recursive: true });
  if (path !== "+esm" && posix.extname(path) && !path.endsWith("/+esm")) {
    const sourcePath = join(job.dir, path);
    if (!existsSync(sourcePath)) {
      result.missing.push(`${job.name}@${job.version}/${path}`);
      return;
    }
    await copyFile(sourcePath, outputPath);
    result.hosted.push(`${job.name}@${job.version}/${path}`);
    return;
  }
  const entry = path === "+esm" ? job.name : `${job.name}/${path.replace(/\/\+esm$/, "")}`;
  try {
    await writeFile(outputPath, await bundle(hosting, job, entry, cachePath, deps));
    result.hosted.push(`${job.name}@${job.version}/${path}`);
  } catch (error) {
    result.missing.push(`${job.name}@${job.version}/${path}`);
    hosting.log(`self-host-npm: failed to bundle ${entry}: ${(error as Error).message.split("\n").slice(0, 3).join(" ")}`);
    await rm(outputPath, { force: true });
  }
}

/**
 * The module `entry` bundled with esbuild for the browser. Imports of other self-hosted
 * packages stay external, as relative imports of their cache files (recorded in `deps`).
 */
async function bundle(hosting: Hosting, job: Job, entry: string, cachePath: string, deps: Map<string, Dependency>): Promise<string> {
  const output = await hosting.build({
    entryPoints: [entry],
    absWorkingDir: job.dir.slice(0, job.dir.lastIndexOf("node_modules")),
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    plugins: [
      {
        name: "self-hosted-externals",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.kind === "entry-point") return undefined;
            const depName = packageNameOf(args.path);
            if (!depName || depName === job.name || args.path !== depName || !hosting.hostedVersion.has(depName)) return undefined;
            const depDir = findPackageDir(depName, args.resolveDir);
            if (!depDir) return undefined;
            const depVersion = readVersion(depDir);
            deps.set(`${depName}@${depVersion}`, { name: depName, version: depVersion, dir: depDir });
            return { path: relativeImport(cachePath, npmCachePath(depName, depVersion)), external: true };
          });
        },
      },
    ],
  });
  return output.outputFiles[0].text;
}

/** Other versions of self-hosted packages would shadow or confuse version resolution: they go. */
async function dropOtherVersions({ cacheRoot, jobs }: Hosting): Promise<void> {
  for (const name of new Set([...jobs.values()].map((j) => j.name))) {
    for (const version of await cachedVersions(cacheRoot, name)) {
      if (!jobs.has(`${name}@${version}`)) await rm(join(cacheRoot, "_npm", `${name}@${version}`), { recursive: true, force: true });
    }
  }
}

/** Placeholders, so that Framework can resolve a version for client references without the registry. */
async function addPlaceholders({ cacheRoot, notInstalled, result }: Hosting): Promise<void> {
  for (const name of [...notInstalled].sort()) {
    if ((await cachedVersions(cacheRoot, name)).length) continue; // already resolvable (placeholder or real cache)
    const version = PLACEHOLDER_VERSIONS[name] ?? "0.0.0-not-installed";
    const dir = join(cacheRoot, "_npm", `${name}@${version}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, PLACEHOLDER_FILE), "Placeholder created by scripts/self-host-npm.ts: package not installed.\n");
    result.placeholders.push(`${name}@${version}`);
  }
  for (const name of notInstalled) {
    for (const version of await cachedVersions(cacheRoot, name)) {
      if (!result.placeholders.includes(`${name}@${version}`)) result.placeholders.push(`${name}@${version}`);
    }
  }
}

function jobKey(job: Job): string {
  return `${job.name}@${job.version}`;
}

function readDepsFile(versionDir: string): Dependency[] {
  try {
    return JSON.parse(readFileSync(join(versionDir, ".self-host-npm-deps.json"), "utf-8"));
  } catch {
    return [];
  }
}

/** Versions present in the cache for `name` (directories `_npm/name@version`). */
export async function cachedVersions(cacheRoot: string, name: string): Promise<string[]> {
  const parent = join(cacheRoot, "_npm", ...(name.startsWith("@") ? [name.split("/")[0]] : []));
  const base = name.startsWith("@") ? name.split("/")[1] : name;
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.startsWith(`${base}@`) && statSync(join(parent, e)).isDirectory())
    .map((e) => e.slice(base.length + 1));
}

async function satisfies(frameworkDir: string, version: string, range: string): Promise<boolean> {
  if (/^\d+\.\d+\.\d+([-+].*)?$/.test(range)) return version === range;
  // semver is a dependency of Framework; resolve it from there.
  const semverDir = findPackageDir("semver", frameworkDir);
  if (!semverDir) return false;
  const semver = (await import(pathToFileURL(join(semverDir, "index.js")).href)).default;
  return semver.validRange(range) ? semver.satisfies(version, range) : false;
}

let cachedScriptHash: string | undefined;
/** Content hash of this script: a changed recipe rebuilds the cache. */
export function scriptHash(): string {
  return (cachedScriptHash ??= createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 12));
}

const USAGE = "usage: tsx scripts/self-host-npm.ts [--root DIR] [--force] [--quiet]";

async function main(argv: string[]): Promise<void> {
  const flags = parseCommandLine(USAGE, { root: { type: "string" }, force: { type: "boolean" }, quiet: { type: "boolean" } }, argv);
  const quiet = flags.quiet === true;
  const start = performance.now();
  const result = await selfHostNpm({
    projectRoot: process.cwd(),
    srcRoot: flags.root ?? (await configRoot(process.cwd())),
    force: flags.force === true,
    log: (m) => console.warn(m)
  });
  if (!quiet) {
    console.log(
      `self-host-npm: ${result.hosted.length} npm files self-hosted, ${result.placeholders.length} placeholders` +
        ` in ${Math.round(performance.now() - start)}ms (src/.observablehq/cache/_npm)`
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
