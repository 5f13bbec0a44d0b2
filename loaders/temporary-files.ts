/**
 * Temporary files that a killed run left behind: every temporary name carries the id of
 * the process that made it, so a later run removes those of processes that no longer run,
 * and never those of a run still writing beside it.
 */
import { readdirSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";

/** Whether a process of this id runs (EPERM: it runs, as another user). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the entries of `dir` whose name `pattern` matches with the process id as its
 * first group, when that process no longer runs. Returns the removed paths.
 */
export function removeStaleTemporaries(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || processRuns(Number(pid))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

let deferring = false;

/**
 * From now on, Ctrl-C (SIGINT), SIGTERM and SIGHUP end the process only once the
 * synchronous work under way returns: a write of temporary files then renames them into
 * place (or removes them, on error) before the process exits with 128 + the signal's
 * number, instead of dying between the two with temporary files left beside the tables.
 */
export function exitAfterCurrentWork(): void {
  if (deferring) return;
  deferring = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => process.exit(128 + (constants.signals[signal] ?? 0)));
  }
}
