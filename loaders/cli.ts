/**
 * What command-line entry points share: the project's folders, and turning an input
 * error into one clear line and a non-zero exit instead of a stack trace.
 */
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { InputError } from "./errors.ts";

export const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The articles the site is built from; ARMS_ARTICLES_DIR points the build at another folder. */
export const ARTICLES_DIR = process.env.ARMS_ARTICLES_DIR ?? join(PROJECT_DIR, "data", "articles");

/** Runs a command's body; an InputError prints `error: file:line: problem` and exits 1. */
export async function runCommand(body: () => void | Promise<void>): Promise<void> {
  // Output piped into a reader that stops early (`| head`) ends the command quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
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

type FlagOptions = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/**
 * Reads a command line strictly: --help (-h) prints the usage and exits 0; an unknown flag,
 * a flag without its value, a stray argument or an empty value prints the problem and the
 * usage and exits 2, never a stack trace.
 */
export function parseCommandLine<O extends FlagOptions>(usage: string, options: O, args = process.argv.slice(2)) {
  return parseCommandLineWithFolder(usage, options, args, false).values;
}

/**
 * The same, for a command that also takes one folder as a plain argument
 * (`npm run check:links -- DIR`): the flags' values and the folder, if one was given.
 */
export function parseCommandLineWithFolder<O extends FlagOptions>(usage: string, options: O, args = process.argv.slice(2), allowFolder = true) {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: allowFolder });
  } catch (error) {
    return usageError(usage, (error as Error).message.split("\n")[0]);
  }
  if (parsed.positionals.length > 1) usageError(usage, `one folder at most, not ${parsed.positionals.length}`);
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  for (const [name, value] of Object.entries(parsed.values)) if (value === "") usageError(usage, `--${name} needs a value`);
  return { values: parsed.values as ReturnType<typeof parseArgs<{ options: O }>>["values"], folder: parsed.positionals[0] as string | undefined };
}
