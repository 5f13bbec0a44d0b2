/**
 * The memo of loaded dictionaries (see memoiseDictionary). A loaded dictionary is immutable
 * and costs tens to hundreds of milliseconds (YAML, zod, regular expressions, the
 * gazetteer's trie), far more than extracting from one article, so the extractors' default
 * arguments and `loadDictionaries` share one copy.
 *
 * Two keys. The fast one is the folder and the files' modification times and sizes: an
 * editor's change is read on the next call (watch mode). On a miss, the files' contents: a
 * copy of `data/` with one file edited (an editor's test, a preview folder) reuses every
 * group that does not read that file, instead of parsing all of them again. The files a
 * group depends on are those it names and those it actually parsed (parseDictionary notes
 * them), so a group that reads a file it forgot to name is still keyed by it. A load that
 * throws is never cached: its error is raised every time.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

interface Entry {
  /** The files the group depends on, relative to its folder, with a hash of their contents. */
  contents: Map<string, string>;
  value: unknown;
}

/**
 * Entries by group and folder, with the stamp of their files when they were loaded. A group
 * loaded from another folder is looked for among these (no other list, so nothing is kept
 * longer than before, and data/'s entry is never pushed out by the copies of a test run).
 */
const byFolder = new Map<string, Entry & { name: string; stamp: string; byPath: boolean }>();
/** The files parsed by each load in progress (absolute paths), the innermost last. */
const reading: Array<Set<string>> = [];

/** Records that the load in progress, if any, parsed `file`: its group depends on it. */
export function noteDictionaryFile(file: string): void {
  reading.at(-1)?.add(file);
}

function stampsOf(dir: string, files: Iterable<string>): string[] {
  return [...files].map((file) => {
      try {
        const stat = statSync(join(dir, file));
        return `${stat.mtimeMs}:${stat.size}`;
      } catch {
        return "missing";
      }
    });
}

function hashOf(dir: string, file: string): string {
  try {
    return createHash("sha1").update(readFileSync(join(dir, file))).digest("hex");
  } catch {
    return "missing";
  }
}

/** An entry loaded from another folder whose files have the same contents as those of `dir`. */
function sameContents(name: string, dir: string): Entry | undefined {
  const hashes = new Map<string, string>();
  const hash = (file: string) => hashes.get(file) ?? hashes.set(file, hashOf(dir, file)).get(file)!;
  for (const entry of byFolder.values()) {
    if (entry.name === name && !entry.byPath && [...entry.contents].every(([file, h]) => hash(file) === h)) return entry;
  }
  return undefined;
}

/** Runs `load`, noting the files it parses (and those of the groups it loads in turn). */
function loadEntry(dir: string, files: string[], load: () => unknown): Entry {
  const parsed = new Set<string>();
  reading.push(parsed);
  let value: unknown;
  try {
    value = load();
  } finally {
    reading.pop();
  }
  // The files it names first, in their order, then the others it parsed.
  const all = new Set([...files, ...[...parsed].map((file) => relative(dir, file))]);
  return { contents: new Map([...all].map((file) => [file, hashOf(dir, file)])), value };
}

/**
 * `load()`, or its value from an earlier call while the `files` under `dir` (and any other
 * file the load parsed) are unchanged, or have the same contents as in a folder loaded
 * before. `byPath`: the value names its folder's files in a way read later (a correction
 * points at its line of its file), so it is shared only within its folder.
 */
export function memoiseDictionary<T>(name: string, dir: string, files: string[], load: () => T, { byPath = false } = {}): T {
  const key = `${name}\0${dir}`;
  const named = [...new Set(files)];
  let entry = byFolder.get(key);
  if (!entry || stampsOf(dir, entry.contents.keys()).join("|") !== entry.stamp) {
    // The named files stamped before reading, so that one saved during the load is read again next time.
    const stamps = stampsOf(dir, named);
    const found = (!byPath && sameContents(name, dir)) || loadEntry(dir, named, load);
    entry = { contents: found.contents, value: found.value, name, byPath, stamp: [...stamps, ...stampsOf(dir, [...found.contents.keys()].slice(named.length))].join("|") };
    byFolder.set(key, entry);
  }
  // The group that loads this one depends on its files too.
  for (const file of entry.contents.keys()) noteDictionaryFile(join(dir, file));
  return entry.value as T;
}
