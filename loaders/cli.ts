/**
 * What command-line entry points share: the project's folders, and turning an input
 * error into one clear line and a non-zero exit instead of a stack trace.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "./errors.ts";

export const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The articles the site is built from; ARMS_ARTICLES_DIR points the build at another folder. */
export const ARTICLES_DIR = process.env.ARMS_ARTICLES_DIR ?? join(PROJECT_DIR, "data", "articles");

/** Runs a command's body; an InputError prints `error: file:line: problem` and exits 1. */
export async function runCommand(body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** A command line that cannot be read: the problem and the usage on stderr, exit code 2. */
export function usageError(usage: string, problem: string): never {
  process.stderr.write(`error: ${problem}\n${usage}\n`);
  process.exit(2);
}

/** The value of `--workers`: a whole number of worker threads from 1 up, or the usage error. */
export function workersOption(value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) usageError(usage, `--workers takes a whole number from 1, not "${value}"`);
  return workers;
}
