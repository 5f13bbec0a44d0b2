/**
 * Which entries of the articles folder may become articles: what the site cannot publish,
 * and what must never be read, is refused up front by name, the same way by `extract` and
 * by the site build (whose source pages come from the same listing), never by a late
 * "Not found" halfway through a build.
 */
import { lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, relative, isAbsolute } from "node:path";
import { InputError } from "./errors.ts";

/**
 * The longest file name the site can publish, in UTF-8 bytes: the article's data is served
 * as `<id>.<hash>.json`, and file systems stop at 255 bytes a name.
 */
export const MAX_NAME_BYTES = 200;

/**
 * Characters that an article id cannot hold, because its source page's address would
 * lose them: `#` starts a fragment, `?` a query, `%` an escape; `/` and `\` separate
 * folders; control characters are not part of an address at all.
 */
const UNPUBLISHABLE = /[#?%\\/\u0000-\u001f\u007f]/u;

/** Why the site cannot publish an article file of this name, or undefined when it can. */
export function unpublishableName(name: string): string | undefined {
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > MAX_NAME_BYTES) return `the file name is ${bytes} bytes long; the site publishes names of at most ${MAX_NAME_BYTES} bytes, so shorten it`;
  const bad = UNPUBLISHABLE.exec(name)?.[0];
  if (bad !== undefined) {
    const shown = /[\u0000-\u001f\u007f]/.test(bad) ? `the control character U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : `"${bad}"`;
    return `the file name contains ${shown}, which the address of its source page cannot hold; rename the file`;
  }
  return undefined;
}

function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/**
 * Checks an entry named like an article (`x.txt`, `x.md`) before anything reads it: its name
 * must be publishable, a symbolic link must point inside the articles folder (it is then
 * read like a file; one pointing outside is never read, so never published), and what it
 * names must be a regular file, not a folder, a device or a pipe (which would never end).
 */
export function vetArticleEntry(path: string): void {
  const problem = unpublishableName(basename(path));
  if (problem) throw new InputError(path, 0, problem);
  let entry;
  try {
    entry = lstatSync(path);
    if (entry.isSymbolicLink()) {
      const folder = realpathSync(dirname(path));
      if (!within(folder, realpathSync(path))) throw new InputError(path, 0, "the file is a symbolic link to a file outside the articles folder; links must stay inside it, so it is not read");
      entry = statSync(path);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A broken link or a loop of links, or a file removed while the folder is read.
    throw new InputError(path, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (entry.isDirectory()) throw new InputError(path, 0, "a folder is named like an article; rename it or move it out of the articles folder");
  if (!entry.isFile()) throw new InputError(path, 0, "not a regular file (a device, pipe or socket); articles must be files");
}
