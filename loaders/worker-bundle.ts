/**
 * A worker's module compiled into one JavaScript file, built once and reused while none of
 * its TypeScript sources changes. A worker started on the TypeScript itself (through tsx)
 * transpiles every module as it starts, in a loader thread of its own; the bundle spares
 * each worker that. The bundle lives in node_modules/.cache, so that its imports of
 * packages resolve as the sources' do, and each module keeps its own import.meta.url (the
 * data folder and the other paths made from it are unchanged).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE_DIR = join(PROJECT_DIR, "node_modules", ".cache", "arms-ledger");

/** An earlier bundle is removed when this old. */
const STALE_MS = 24 * 3600_000;

/** What a bundle was built from: each source file's size and modification time. */
interface Manifest {
  bundle: string;
  inputs: Record<string, string>;
}

const stamp = (file: string) => {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
};

/**
 * The file URL of `entry` (a TypeScript module) bundled, built if its sources changed
 * since the last build; undefined where it cannot be built (esbuild missing), and the
 * caller starts the worker on the TypeScript instead.
 */
export async function bundledModule(entry: string, cacheDir = CACHE_DIR): Promise<string | undefined> {
  // Named for the entry's path too: checkouts of the project may share one node_modules (a
  // link), and a bundle of another checkout's sources would run that checkout's code and data.
  const name = `${basename(entry).replace(/\.ts$/, "")}-${createHash("sha256").update(resolve(entry)).digest("hex").slice(0, 8)}`;
  const manifestFile = join(cacheDir, `${name}.json`);
  const cached = upToDate(manifestFile, cacheDir);
  if (cached) return pathToFileURL(join(cacheDir, cached)).href;
  try {
    return pathToFileURL(await buildBundle(entry, name, cacheDir, manifestFile)).href;
  } catch {
    return undefined;
  }
}

/** The bundle's file name if the manifest names one whose sources are all unchanged. */
function upToDate(manifestFile: string, cacheDir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    statSync(join(cacheDir, manifest.bundle));
    return Object.entries(manifest.inputs).every(([file, was]) => stamp(file) === was) ? manifest.bundle : undefined;
  } catch {
    return undefined;
  }
}

async function buildBundle(entry: string, name: string, cacheDir: string, manifestFile: string): Promise<string> {
  const { build } = await import("esbuild");
  const inputs: Record<string, string> = {};
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "own-import-meta-url",
        setup(builder) {
          // Stamped before reading, so that a file changed during the build is built again next time.
          builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
            inputs[path] = stamp(path);
            const source = await readFile(path, "utf8");
            return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)), loader: "ts" };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  const bundle = `${name}-${createHash("sha256").update(code).digest("hex").slice(0, 12)}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name and renamed, so that a run beside this one never reads half a file.
  const temporary = `.${process.pid}-${Date.now()}.tmp`;
  writeFileSync(join(cacheDir, temporary), code);
  renameSync(join(cacheDir, temporary), join(cacheDir, bundle));
  writeFileSync(join(cacheDir, temporary), JSON.stringify({ bundle, inputs } satisfies Manifest));
  renameSync(join(cacheDir, temporary), manifestFile);
  // Earlier builds go, once no run that started on one can still be starting workers from it.
  for (const file of readdirSync(cacheDir)) {
    const old = join(cacheDir, file);
    if (file.startsWith(`${name}-`) && file !== bundle && Date.now() - statSync(old).mtimeMs > STALE_MS) rmSync(old, { force: true });
  }
  return join(cacheDir, bundle);
}
