/**
 * Keeps Observable Framework's data loader outputs fresh when the inputs they
 * read change (Framework issue #204: a loader is re-run only when its own file
 * changes, never when a module it imports or a file it reads changes).
 *
 *   tsx scripts/watch-inputs.ts --invalidate   (prebuild / predev)
 *     Hashes the inputs (data/**, loaders/**, src/data/**, package-lock.json).
 *     If the hash differs from the one stored in the cache, deletes every cached
 *     loader output so that the next build or preview re-runs the loaders. It
 *     also deletes outputs older than their loader file: `observable build`
 *     would otherwise serve them ("[using stale]").
 *
 *   tsx scripts/watch-inputs.ts --serve [preview args]   (npm run dev)
 *     Runs `--invalidate`, then `observable preview` with the given args, and
 *     watches the input folders: on a change of their contents it touches every
 *     loader file under src/, so Framework's own watcher re-runs them and pushes
 *     the new data to open pages.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, watch, type FSWatcher } from "node:fs";
import { mkdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { constants } from "node:os";
import { pathToFileURL } from "node:url";
import { configRoot } from "./framework-root.ts";

/**
 * Inputs whose changes must re-run the data loaders (relative to the project root), and
 * the articles folder the site is built from when ARMS_ARTICLES_DIR points elsewhere: a
 * build over other articles must not reuse, nor leave behind, tables of these.
 */
export const DEFAULT_INPUTS = ["data", "loaders", "src/data", "package-lock.json", ...(process.env.ARMS_ARTICLES_DIR ? [process.env.ARMS_ARTICLES_DIR] : [])];
/** File (in the cache root) holding the hash of the inputs the cached outputs were made from. */
export const HASH_FILE = ".inputs-hash";

/** Framework's default interpreter extensions (framework/dist/loader.js). */
const LOADER_EXTENSIONS = [".js", ".ts", ".py", ".r", ".R", ".rs", ".go", ".java", ".jl", ".php", ".sh", ".exe"];

function ignored(name: string): boolean {
  // dotfiles (editor swap files, .DS_Store, Framework's .observablehq) and backups
  return name.startsWith(".") || name.endsWith("~") || name === "node_modules";
}

/** All files below `path` (or `path` itself), skipping ignored names; sorted, absolute. */
export function listInputFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [resolve(path)];
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (ignored(entry.name)) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) files.push(...listInputFiles(child));
    // A link counts (an article may be one) but is not followed: see hashInputs.
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(resolve(child));
  }
  return files.sort();
}

/** Content hash of the inputs (paths relative to projectRoot, plus contents). */
export function hashInputs(projectRoot: string, inputs: string[] = DEFAULT_INPUTS): string {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of listInputFiles(resolve(projectRoot, input))) {
      hash.update(relative(projectRoot, file).split(sep).join("/")).update("\0");
      // A link is hashed by its target's name: it may point outside, or at a pipe that never ends.
      hash.update(lstatSync(file).isSymbolicLink() ? `link to ${readlinkSync(file)}` : readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

/** Is `name` a data (or page) loader for Framework, e.g. "articles.csv.ts" or "index.md.js"? */
export function isLoaderFile(name: string): boolean {
  const ext = LOADER_EXTENSIONS.find((e) => name.endsWith(e));
  if (!ext) return false;
  const stem = name.slice(0, -ext.length);
  return /[^.]\.[^.]+$/.test(stem);
}

/** Loader files below the source root (absolute paths). */
export function findLoaders(srcRoot: string): string[] {
  return listInputFiles(srcRoot).filter((file) => isLoaderFile(basename(file)));
}

/**
 * Cached loader outputs: every file in the cache except Framework's own caches
 * (top-level entries starting with "_": _npm, _node, _jsr, _observablehq,
 * _duckdb, ...) and dotfiles (such as the stored hash). Absolute paths.
 */
export function findLoaderOutputs(cacheRoot: string): string[] {
  if (!existsSync(cacheRoot)) return [];
  const outputs: string[] = [];
  for (const entry of readdirSync(cacheRoot, { withFileTypes: true })) {
    if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const path = join(cacheRoot, entry.name);
    if (entry.isDirectory()) outputs.push(...walk(path));
    else outputs.push(path);
  }
  return outputs.sort();
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

/**
 * The loader files that may produce the cached output `output` (a path within
 * cacheRoot): src/<path>.<interpreter ext>, e.g. data/articles.csv ← data/articles.csv.ts.
 */
export function loadersFor(srcRoot: string, cacheRoot: string, output: string): string[] {
  const rel = relative(cacheRoot, output);
  const base = join(srcRoot, rel);
  return LOADER_EXTENSIONS.map((ext) => base + ext).filter((path) => existsSync(path));
}

export interface InvalidateOptions {
  projectRoot: string;
  srcRoot?: string;
  inputs?: string[];
}

export interface InvalidateResult {
  hash: string;
  /** true when the inputs hash differs from the stored one (or none was stored). */
  changed: boolean;
  /** deleted cache files (absolute paths). */
  deleted: string[];
}

/** Deletes cached loader outputs made from other inputs, or older than their loader. */
export async function invalidateLoaderCache(options: InvalidateOptions): Promise<InvalidateResult> {
  const projectRoot = resolve(options.projectRoot);
  const srcRoot = resolve(projectRoot, options.srcRoot ?? "src");
  const cacheRoot = join(srcRoot, ".observablehq", "cache");
  const hashPath = join(cacheRoot, HASH_FILE);
  const hash = hashInputs(projectRoot, options.inputs ?? DEFAULT_INPUTS);
  const previous = existsSync(hashPath) ? (await readFile(hashPath, "utf-8")).trim() : undefined;
  const changed = previous !== hash;
  const outputs = findLoaderOutputs(cacheRoot);
  const deleted = changed
    ? outputs
    : outputs.filter((output) => {
        const outputTime = statSync(output).mtimeMs;
        return loadersFor(srcRoot, cacheRoot, output).some((loader) => statSync(loader).mtimeMs > outputTime);
      });
  for (const file of deleted) await rm(file, { force: true });
  await mkdir(cacheRoot, { recursive: true });
  await writeFile(hashPath, hash + "\n");
  return { hash, changed, deleted };
}

/** Sets the mtime of every loader under srcRoot to now, which makes Framework re-run them. */
export async function touchLoaders(srcRoot: string, time = new Date()): Promise<string[]> {
  const loaders = findLoaders(srcRoot);
  for (const loader of loaders) await utimes(loader, time, time);
  return loaders;
}

export interface WatchOptions {
  projectRoot: string;
  srcRoot?: string;
  inputs?: string[];
  debounceMs?: number;
  onTouch?: (loaders: string[]) => void;
}

/**
 * Watches the input folders; when their content hash changes, touches the
 * loaders. Returns a function that stops watching.
 */
export function watchInputs(options: WatchOptions): () => void {
  const projectRoot = resolve(options.projectRoot);
  const srcRoot = resolve(projectRoot, options.srcRoot ?? "src");
  const inputs = options.inputs ?? DEFAULT_INPUTS;
  let hash = hashInputs(projectRoot, inputs);
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    timer = undefined;
    const next = hashInputs(projectRoot, inputs);
    if (next === hash) return; // e.g. our own touch of a loader in src/data, or a no-op save
    hash = next;
    const touched = await touchLoaders(srcRoot);
    options.onTouch?.(touched);
  };
  const watchers: FSWatcher[] = [];
  for (const input of inputs) {
    const path = resolve(projectRoot, input);
    // A missing folder or file is watched through its parent, so creating it is noticed.
    const target = existsSync(path) ? path : dirname(path);
    if (!existsSync(target)) continue;
    const recursive = statSync(target).isDirectory();
    const watcher = watch(target, { recursive }, (_event, filename) => {
      if (filename && String(filename).split(/[\\/]/).some(ignored)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check().catch((error) => console.error(error)), options.debounceMs ?? 150);
    });
    watcher.on("error", (error) => console.error(`watch-inputs: ${error.message}`));
    watchers.push(watcher);
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

async function main(argv: string[]): Promise<void> {
  const projectRoot = process.cwd();
  const srcRoot = await configRoot(projectRoot);
  const { changed, deleted } = await invalidateLoaderCache({ projectRoot, srcRoot });
  if (deleted.length) {
    console.log(`watch-inputs: ${changed ? "inputs changed" : "loaders changed"}; cleared ${deleted.length} cached loader output(s)`);
  }
  if (!argv.includes("--serve")) return;

  const args = argv.slice(argv.indexOf("--serve") + 1);
  const bin = join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  const child = spawn(process.execPath, [bin, "preview", ...args], { stdio: "inherit", env: { OBSERVABLE_TELEMETRY_DISABLE: "true", ...process.env } });
  const stop = watchInputs({
    projectRoot,
    srcRoot,
    onTouch: (loaders) => console.log(`watch-inputs: inputs changed; re-running ${loaders.length} data loader(s)`)
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    stop();
    process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
