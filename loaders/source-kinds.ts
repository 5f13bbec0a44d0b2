/**
 * The one table of the kinds of source: which module of loaders/sources/ reads a file,
 * by its extension. The table is made from the folder itself, so a module dropped there
 * is a new kind of source, and nothing else lists the kinds (README: "Add a kind of
 * source"). Files whose name starts with `_` are helpers that kinds share, not kinds.
 *
 * It is made once, when this module loads (a top-level await: the kinds are ES modules,
 * which load asynchronously, and the corpus reads synchronously). The kinds must
 * therefore not import loaders/corpus.ts, which imports this module; they import
 * loaders/source-file.ts.
 */
import { readdirSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SourceKind } from "./source-file.ts";

export const SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), "sources");

/** A kind of source and the module it comes from. */
export interface RegisteredKind extends SourceKind {
  module: string;
}

/** Extension (lower case, with its dot) → the kind that reads it. */
export type SourceKinds = ReadonlyMap<string, RegisteredKind>;

/** Whether a file of the sources folder is a kind's module (not a helper, a test or a type declaration). */
export function isKindModule(name: string): boolean {
  return /\.(?:ts|js|mjs)$/.test(name) && !/\.d\.ts$|\.test\.\w+$/.test(name) && !name.startsWith("_") && !name.startsWith(".");
}

/** Loads every kind module of `dir` into one table; two modules claiming an extension is an error. */
export async function loadSourceKinds(dir = SOURCES_DIR): Promise<SourceKinds> {
  const table = new Map<string, RegisteredKind>();
  for (const name of readdirSync(dir).filter(isKindModule).sort()) {
    const module = (await import(pathToFileURL(join(dir, name)).href)) as { sourceKind?: SourceKind };
    const kind = module.sourceKind;
    if (!kind || typeof kind.read !== "function" || !Array.isArray(kind.extensions) || kind.extensions.length === 0) {
      throw new Error(`${join(dir, name)}: a kind of source exports \`sourceKind\` with \`name\`, \`extensions\` and \`read\` (see loaders/source-file.ts); a helper's name starts with "_"`);
    }
    for (const extension of kind.extensions) {
      if (!/^\.[a-z0-9]+$/.test(extension)) throw new Error(`${join(dir, name)}: extension "${extension}" must be lower case and start with a dot`);
      const other = table.get(extension);
      if (other) throw new Error(`${join(dir, name)}: ${extension} is already read by ${other.module}`);
      table.set(extension, { ...kind, module: name });
    }
  }
  return table;
}

/** The kinds of loaders/sources/. */
export const SOURCE_KINDS: SourceKinds = await loadSourceKinds();

/** The kind that reads `file`, by its extension (any case), if any does. */
export function kindOf(file: string, kinds: SourceKinds = SOURCE_KINDS): RegisteredKind | undefined {
  return kinds.get(extname(file).toLowerCase());
}

/** The extensions read, for messages: ".csv, .htm, .html, …". */
export function knownExtensions(kinds: SourceKinds = SOURCE_KINDS): string {
  return [...kinds.keys()].sort().join(", ");
}
