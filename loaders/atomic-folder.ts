/**
 * Files written into a folder all or nothing: every file is first written beside its
 * target under a temporary name, and only when all are written are they renamed into
 * place. Temporary files that a killed run left are removed first. A folder or file that
 * cannot be written (a full disk, `--out` naming a file) is an InputError naming it, and
 * leaves no temporary file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { InputError } from "./errors.ts";
import { exitAfterCurrentWork, removeStaleTemporaries } from "./temporary-files.ts";

/** Temporary names beside a table: `<name>.tmp-<pid>-<time>`. */
const TEMPORARY = /^.+\.tmp-(\d+)-\d+$/;

export interface FolderWriter {
  /** Writes a whole file; content given in pieces is written piece by piece. */
  write(name: string, content: string | Iterable<string>): void;
  /** Adds text to the end of a file that stays open until commit: for a table written as its rows come. */
  append(name: string, text: string): void;
  /** Renames every file written into place. */
  commit(): void;
  /** Removes every file written, and the folder if this writer made it. */
  abort(): void;
}

/**
 * A writer of files into `dir`, all or nothing. A Ctrl-C or SIGTERM during a synchronous
 * write takes effect once it is done; one that comes between writes (a write that waits
 * for workers) ends the process with the temporary files removed.
 */
export function folderWriter(dir: string): FolderWriter {
  exitAfterCurrentWork();
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  const open = new Map<string, number>();
  let created: string | undefined;
  const closeAll = () => {
    for (const fd of open.values()) closeSync(fd);
    open.clear();
  };
  const abort = () => {
    process.off("exit", abort);
    closeAll();
    for (const name of written) rmSync(join(dir, name + suffix), { force: true });
    // A folder this writer made holds nothing else: it goes too.
    if (created) rmSync(created, { recursive: true, force: true });
  };
  /** Runs a step; a failure removes what was written and becomes an InputError where it is a file system's. */
  const guarded = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      abort();
      throw asInputError(error, dir);
    }
  };
  const temporary = (name: string) => {
    const path = join(dir, name + suffix);
    // A name with a folder in it ("texts/a.txt") gets its folder.
    mkdirSync(dirname(path), { recursive: true });
    written.push(name);
    return path;
  };
  guarded(() => {
    created = mkdirSync(dir, { recursive: true });
    removeStaleTemporaries(dir, TEMPORARY);
  });
  process.on("exit", abort);
  return {
    write: (name, content) =>
      guarded(() => {
        if (typeof content === "string") writeFileSync(temporary(name), content);
        else writePieces(temporary(name), content);
      }),
    append: (name, text) =>
      guarded(() => {
        let fd = open.get(name);
        if (fd === undefined) open.set(name, (fd = openSync(temporary(name), "w")));
        writeSync(fd, text);
      }),
    commit: () =>
      guarded(() => {
        closeAll();
        for (const name of written) renameSync(join(dir, name + suffix), join(dir, name));
        process.off("exit", abort);
      }),
    abort,
  };
}

/**
 * Writes several files into a folder all or nothing (see folderWriter). A content given as
 * a function is made only when its turn comes, and one given in pieces is written piece by
 * piece, so that no large table's whole text is in memory.
 */
export function writeFilesAtomically(dir: string, files: Record<string, string | (() => string | Iterable<string>)>): void {
  const folder = folderWriter(dir);
  for (const [name, content] of Object.entries(files)) {
    let made: string | Iterable<string>;
    try {
      made = typeof content === "function" ? content() : content;
    } catch (error) {
      folder.abort();
      throw asInputError(error, dir);
    }
    folder.write(name, made);
  }
  folder.commit();
}

/** A file system error (no space, no permission, a file where the folder should be) as an InputError. */
function asInputError(error: unknown, dir: string): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  const reasons: Record<string, string> = {
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    EEXIST: "a file of that name is in the way of the folder",
    ENOTDIR: "a file of that name is in the way of the folder",
    EISDIR: "a folder of that name is in the way of a table",
  };
  return new InputError(dir, 0, `cannot write the tables into this folder: ${reasons[code] ?? code} (${code}${path && path !== dir ? ` at ${path}` : ""}); nothing was written`);
}

function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
