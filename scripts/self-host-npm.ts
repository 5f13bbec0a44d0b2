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
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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

/**
 * `npm:` specifiers that Framework maps to its own bundled modules (`builtins`
 * in framework/dist/resolvers.js): never requested from _npm/.
 */
export const FRAMEWORK_BUILTINS = [
  "@observablehq/runtime",
  "@observablehq/stdlib",
  "@observablehq/dot",
  "@observablehq/duckdb",
  "@observablehq/inputs",
  "@observablehq/mermaid",
  "@observablehq/tex",
  "@observablehq/sqlite"
];

export interface NpmSpecifier {
  name: string;
  range?: string;
  path?: string;
}

/** Same parsing as Framework's parseNpmSpecifier: "@a/b@1/c.js" → {name: "@a/b", range: "1", path: "c.js"}. */
export function parseNpmSpecifier(specifier: string): NpmSpecifier {
  const parts = specifier.split("/");
  const namerange = specifier.startsWith("@") ? [parts.shift(), parts.shift()].join("/") : parts.shift()!;
  const ranged = namerange.indexOf("@", 1);
  return {
    name: ranged > 0 ? namerange.slice(0, ranged) : namerange,
    range: ranged > 0 ? namerange.slice(ranged + 1) : undefined,
    path: parts.length > 0 ? parts.join("/") : undefined
  };
}

/** The package name of a bare import: "d3-array/src/x.js" → "d3-array"; relative or absolute paths → undefined. */
export function packageNameOf(specifier: string): string | undefined {
  if (/^(\.|\/|[a-z]+:)/i.test(specifier)) return undefined;
  const parts = specifier.split("/");
  if (specifier.startsWith("@")) return parts.length >= 2 && parts[1] ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0] || undefined;
}

/**
 * The path below `.observablehq/cache` where Framework expects `npm:name@version/path`
 * (mirrors resolveNpmImport in framework/dist/npm.js).
 */
export function npmCachePath(name: string, version: string, path = "+esm"): string {
  const file =
    posix.extname(path) || path === "" || path.endsWith("/")
      ? path
      : path === "+esm"
        ? "_esm.js"
        : path.replace(/(?:\/\+esm)?$/, "._esm.js");
  return `_npm/${name}@${version}/${file}`;
}

/** The specifier to import cache path `to` from the module at cache path `from`. */
export function relativeImport(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** Every `npm:` specifier (without the prefix) found in quoted strings of the given source text. */
export function findNpmSpecifiers(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/["'`]npm:([^"'`\s]+)["'`]/g)) found.add(match[1]);
  return [...found];
}

/** Finds the directory of package `name` as Node would from `fromDir` (walking up node_modules). */
export function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function readVersion(packageDir: string): string {
  return JSON.parse(readFileSync(join(packageDir, "package.json"), "utf-8")).version;
}

function listFiles(dir: string, accept: (file: string) => boolean, skip = (_: string) => false): string[] {
  const files: string[] = [];
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip(entry.name)) files.push(...listFiles(path, accept, skip));
    } else if (accept(path)) files.push(path);
  }
  return files;
}

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

/** Collects the `npm:` specifiers Framework may request: its client runtime and implicit imports, plus src/. */
export function collectSpecifiers(projectRoot: string, srcRoot: string): { framework: string[]; src: string[] } {
  const frameworkDir = findPackageDir("@observablehq/framework", projectRoot);
  if (!frameworkDir) throw new Error("@observablehq/framework is not installed");
  const dist = join(frameworkDir, "dist");
  const frameworkFiles = [...listFiles(join(dist, "client"), (f) => f.endsWith(".js")), join(dist, "libraries.js")];
  const framework = new Set<string>();
  for (const file of frameworkFiles) for (const s of findNpmSpecifiers(readFileSync(file, "utf-8"))) framework.add(s);
  const src = new Set<string>();
  const srcFiles = listFiles(
    srcRoot,
    (f) => /\.(md|html|[cm]?[jt]sx?)$/.test(f),
    (name) => name === ".observablehq" || name === "node_modules"
  );
  for (const file of srcFiles) for (const s of findNpmSpecifiers(readFileSync(file, "utf-8"))) src.add(s);
  return { framework: [...framework].sort(), src: [...src].sort() };
}

export async function selfHostNpm(options: SelfHostOptions): Promise<SelfHostResult> {
  const projectRoot = resolve(options.projectRoot);
  const srcRoot = resolve(projectRoot, options.srcRoot ?? "src");
  const cacheRoot = join(srcRoot, ".observablehq", "cache");
  const log = options.log ?? ((message: string) => console.log(message));
  const { build } = await import("esbuild");
  const frameworkDir = findPackageDir("@observablehq/framework", projectRoot)!;

  const { framework, src } = collectSpecifiers(projectRoot, srcRoot);
  const fromSrc = new Set(src.map((s) => parseNpmSpecifier(s).name));
  const result: SelfHostResult = { hosted: [], placeholders: [], missing: [] };

  // Resolve each named package in node_modules (project first, then Framework's own deps).
  const jobs = new Map<string, Job>(); // key name@version
  const hostedVersion = new Map<string, string>(); // name → version that bare `npm:name` resolves to
  const notInstalled = new Set<string>();
  const addJob = (name: string, version: string, dir: string, path: string): Job => {
    const key = `${name}@${version}`;
    let job = jobs.get(key);
    if (!job) jobs.set(key, (job = { name, version, dir, paths: new Set() }));
    job.paths.add(path);
    return job;
  };
  for (const specifier of [...framework, ...src]) {
    const { name, range, path = "+esm" } = parseNpmSpecifier(specifier);
    if (path.endsWith("/")) continue; // directory prefixes (e.g. sql.js/dist/) are not files
    if (FRAMEWORK_BUILTINS.includes(name) && path === "+esm") continue;
    const dir = findPackageDir(name, projectRoot) ?? findPackageDir(name, frameworkDir);
    if (!dir) {
      notInstalled.add(name);
      if (fromSrc.has(name)) result.missing.push(specifier);
      continue;
    }
    const version = readVersion(dir);
    if (range && !(await satisfies(frameworkDir, version, range))) {
      result.missing.push(specifier);
      log(`self-host-npm: npm:${specifier} does not match installed ${name}@${version}`);
      continue;
    }
    hostedVersion.set(name, version);
    addJob(name, version, dir, path);
  }

  // Bundle (transitively: an external dependency at another version becomes a new job).
  const done = new Set<string>();
  for (let pending = [...jobs.values()]; pending.length; pending = [...jobs.values()].filter((j) => !done.has(jobKey(j)))) {
    for (const job of pending) {
      done.add(jobKey(job));
      await hostJob(job);
    }
  }

  async function hostJob(job: Job): Promise<void> {
    const versionDir = join(cacheRoot, "_npm", `${job.name}@${job.version}`);
    const stampPath = join(versionDir, STAMP_FILE);
    const paths = [...job.paths].sort();
    const stamp = JSON.stringify({ format: FORMAT_VERSION, script: scriptHash(), version: job.version, dir: job.dir, hosted: [...hostedVersion].sort(), paths });
    const outputs = paths.map((p) => join(cacheRoot, npmCachePath(job.name, job.version, p)));
    const upToDate =
      !options.force && existsSync(stampPath) && readFileSync(stampPath, "utf-8") === stamp && outputs.every((o) => existsSync(o));
    if (upToDate) {
      // still discover the external dependencies recorded by the previous run
      for (const dep of readDepsFile(versionDir)) addJob(dep.name, dep.version, dep.dir, "+esm");
      for (const p of paths) result.hosted.push(`${job.name}@${job.version}/${p}`);
      return;
    }
    await mkdir(versionDir, { recursive: true });
    await rm(join(versionDir, PLACEHOLDER_FILE), { force: true });
    await copyFile(join(job.dir, "package.json"), join(versionDir, "package.json"));
    const deps = new Map<string, { name: string; version: string; dir: string }>();
    for (const path of paths) {
      const cachePath = npmCachePath(job.name, job.version, path);
      const outputPath = join(cacheRoot, cachePath);
      await mkdir(dirname(outputPath), { recursive: true });
      if (path !== "+esm" && posix.extname(path) && !path.endsWith("/+esm")) {
        // raw file: css, wasm, json, images, a specific .js file...
        const sourcePath = join(job.dir, path);
        if (!existsSync(sourcePath)) {
          result.missing.push(`${job.name}@${job.version}/${path}`);
          continue;
        }
        await copyFile(sourcePath, outputPath);
        result.hosted.push(`${job.name}@${job.version}/${path}`);
        continue;
      }
      const entry = path === "+esm" ? job.name : `${job.name}/${path.replace(/\/\+esm$/, "")}`;
      try {
        const output = await build({
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
                  if (!depName || depName === job.name || args.path !== depName || !hostedVersion.has(depName)) return undefined;
                  const depDir = findPackageDir(depName, args.resolveDir);
                  if (!depDir) return undefined;
                  const depVersion = readVersion(depDir);
                  deps.set(`${depName}@${depVersion}`, { name: depName, version: depVersion, dir: depDir });
                  return { path: relativeImport(cachePath, npmCachePath(depName, depVersion)), external: true };
                });
              }
            }
          ]
        });
        await writeFile(outputPath, output.outputFiles[0].text);
        result.hosted.push(`${job.name}@${job.version}/${path}`);
      } catch (error) {
        result.missing.push(`${job.name}@${job.version}/${path}`);
        log(`self-host-npm: failed to bundle ${entry}: ${(error as Error).message.split("\n").slice(0, 3).join(" ")}`);
        await rm(outputPath, { force: true });
      }
    }
    for (const dep of deps.values()) addJob(dep.name, dep.version, dep.dir, "+esm");
    await writeFile(join(versionDir, ".self-host-npm-deps.json"), JSON.stringify([...deps.values()]));
    await writeFile(stampPath, stamp);
  }

  // Other versions of self-hosted packages would shadow or confuse version resolution: drop them.
  const keep = new Set(jobs.keys());
  for (const name of new Set([...jobs.values()].map((j) => j.name))) {
    for (const version of await cachedVersions(cacheRoot, name)) {
      if (!keep.has(`${name}@${version}`)) await rm(join(cacheRoot, "_npm", `${name}@${version}`), { recursive: true, force: true });
    }
  }

  // Placeholders so that Framework can resolve a version for client references without the registry.
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

  for (const specifier of result.missing) {
    log(`self-host-npm: WARNING npm:${specifier} cannot be self-hosted (install it with npm install --save-dev); the build will need the network for it`);
  }
  return result;
}

function jobKey(job: Job): string {
  return `${job.name}@${job.version}`;
}

function readDepsFile(versionDir: string): { name: string; version: string; dir: string }[] {
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

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quiet = argv.includes("--quiet");
  const start = performance.now();
  const result = await selfHostNpm({
    projectRoot: process.cwd(),
    srcRoot: arg("--root") ?? (await configRoot(process.cwd())),
    force: argv.includes("--force"),
    log: (m) => console.warn(m)
  });
  if (!quiet) {
    console.log(
      `self-host-npm: ${result.hosted.length} npm files self-hosted, ${result.placeholders.length} placeholders` +
        ` in ${Math.round(performance.now() - start)}ms (src/.observablehq/cache/_npm)`
    );
  }
}

/** Reads `root` from observablehq.config.{js,ts,mjs} textually (default "src"). */
async function configRoot(projectRoot: string): Promise<string> {
  for (const file of ["observablehq.config.js", "observablehq.config.ts", "observablehq.config.mjs"]) {
    const path = join(projectRoot, file);
    if (!existsSync(path)) continue;
    const match = /\broot\s*:\s*["'`]([^"'`]+)["'`]/.exec(await readFile(path, "utf-8"));
    return match ? match[1] : "src";
  }
  return "src";
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
