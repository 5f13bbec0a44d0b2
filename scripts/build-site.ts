/**
 * npm run build: builds the site into a fresh folder beside the output folder (`dist/`, or
 * ARMS_SITE_OUTPUT) and swaps it into place only when the whole build succeeded.
 *
 * Framework clears its output folder before the data loaders run, so a build that stopped
 * on a bad article used to leave 2 files of the published site; and it never clears an
 * output folder outside the working directory, so a second build into ARMS_SITE_OUTPUT
 * failed with "file conflict". Building into a new folder each time avoids both: a failed
 * or interrupted build leaves the last good site byte-identical, and its one useful line,
 * `error: FILE:LINE: problem`, is printed last, where a person looks.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseCommandLine } from "../loaders/cli.ts";
import { InputError } from "../loaders/errors.ts";
import { loadSiteData } from "../loaders/site.ts";
import { SITE_FILES, writeSiteFiles } from "../loaders/site-files.ts";
import { removeStaleTemporaries } from "../loaders/temporary-files.ts";
import { writeSourcePages } from "./source-pages.ts";

export interface BuildAttempt {
  /** Whether the builder exited with success. */
  ok: boolean;
  /** Everything it printed, for finding the error line. */
  log: string;
}

export type BuildOutcome = { ok: true } | { ok: false; error: string };

/** The folder a build writes into before it is swapped into place: `.dist.building-PID`. */
export function stagingFolder(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.building-${pid}`);
}

/** Removes the staging and retired folders that builds killed before their clean-up left. */
export function removeStaleFolders(target: string): string[] {
  const escaped = basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return removeStaleTemporaries(dirname(target), new RegExp(`^\\.${escaped}\\.(?:building|retired)-(\\d+)$`));
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The line a person needs from a failed build's log: the last `error: FILE:LINE: problem`
 * a data loader printed (several loaders print the same one), else Framework's last error.
 */
export function errorLine(log: string): string {
  const lines = log.replace(ANSI, "").split(/\r?\n/).map((line) => line.trim());
  // Framework prints a loader's stderr after its own words on the line ("… [missing] error: …").
  const ours = lines.map((line) => /(?:^|\s)(error: \S.*?:\d+: .+)$/.exec(line)?.[1]).filter((line) => line !== undefined);
  if (ours.length) return ours[ours.length - 1];
  const framework = lines.filter((line) => /^(?:\w*Error|error)\b.*:/.test(line));
  return `error: the site build failed: ${framework.length ? framework[framework.length - 1] : "no error message (see the log above)"}`;
}

/** Puts the finished staging folder where the site is served from, then removes the old site. */
function swapIntoPlace(staging: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  const retired = join(dirname(target), `.${basename(target)}.retired-${process.pid}`);
  renameSync(target, retired);
  renameSync(staging, target);
  rmSync(retired, { recursive: true, force: true });
}

/**
 * Builds into a fresh staging folder with `build` and swaps it into `target` only when the
 * build succeeded; otherwise removes the staging folder and leaves `target` untouched.
 */
export async function buildSite(target: string, build: (staging: string) => Promise<BuildAttempt>): Promise<BuildOutcome> {
  target = resolve(target);
  if (existsSync(target) && !statSync(target).isDirectory()) {
    return { ok: false, error: `error: ${target}:0: the site's output folder is a file; name a folder (ARMS_SITE_OUTPUT)` };
  }
  removeStaleFolders(target);
  const staging = stagingFolder(target);
  rmSync(staging, { recursive: true, force: true });
  try {
    const attempt = await build(staging);
    if (!attempt.ok || !existsSync(staging)) return { ok: false, error: errorLine(attempt.log) };
    swapIntoPlace(staging, target);
    return { ok: true };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Runs `observable build` into `staging`, echoing its output as it comes. */
function observableBuild(staging: string): Promise<BuildAttempt> {
  const bin = join(process.cwd(), "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  const env = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ARMS_SITE_OUTPUT: staging };
  const child = spawn(process.execPath, [bin, "build"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk) => ((log += chunk), process.stdout.write(chunk)));
  child.stderr.on("data", (chunk) => ((log += chunk), process.stderr.write(chunk)));
  // Ctrl-C: stop the build; buildSite's clean-up removes the staging folder.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stop);
  return new Promise((done) =>
    child.on("close", (code) => {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, stop);
      done({ ok: code === 0, log });
    }),
  );
}

/** Runs one step of the build, timing it; a failure becomes the build's error line. */
async function step(log: string, what: string, work: () => Promise<string>): Promise<BuildAttempt> {
  const start = performance.now();
  try {
    const line = `${await work()} in ${((performance.now() - start) / 1000).toFixed(1)} s\n`;
    process.stdout.write(line);
    return { ok: true, log: log + line };
  } catch (error) {
    const line = `error: ${error instanceof InputError ? error.message : `${what}: ${(error as Error).message}`}`;
    return { ok: false, log: `${log}\n${line}\n` };
  }
}

/** The data loaders of src/data/ that loaders/site-files.ts makes: src/data/events.csv.ts → events.csv. */
function knownLoaders(srcData: string): string[] {
  return readdirSync(srcData)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => name.slice(0, -3))
    .filter((name) => name in SITE_FILES);
}

/**
 * The data loaders' files, made in this one process into Framework's loader cache (which it
 * then finds fresh), Framework's build, then the source pages it leaves to us
 * (scripts/source-pages.ts). Only the last two write into the staging folder, and a failure
 * of any leaves the published site as it was.
 */
async function siteBuild(staging: string): Promise<BuildAttempt> {
  const srcData = join(process.cwd(), "src", "data");
  // The tables are read (or extracted) once, for the data files and the source pages.
  let data: ReturnType<typeof loadSiteData> | undefined;
  const siteData = () => (data ??= loadSiteData());
  const prepared = await step("", "the data files", async () => {
    const names = await writeSiteFiles(join(process.cwd(), "src", ".observablehq", "cache", "data"), knownLoaders(srcData), siteData);
    return `made ${names.length} data files in one process`;
  });
  if (!prepared.ok) return prepared;
  const attempt = await observableBuild(staging);
  if (!attempt.ok) return { ok: false, log: prepared.log + attempt.log };
  return step(prepared.log + attempt.log, "the source pages", async () => `wrote ${writeSourcePages(staging, await siteData())} source pages`);
}

const USAGE = "usage: npm run build   (builds the site into dist/, or into ARMS_SITE_OUTPUT; the articles from data/articles/, or ARMS_ARTICLES_DIR)";

async function main(): Promise<void> {
  parseCommandLine(USAGE, {});
  const target = process.env.ARMS_SITE_OUTPUT ?? "dist";
  const outcome = await buildSite(target, siteBuild);
  if (outcome.ok) return;
  process.stderr.write(`\nThe build failed; the site in ${target} is the last good one, unchanged.\n${outcome.error}\n`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
