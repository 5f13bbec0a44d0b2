/**
 * npm test [-- VITEST ARGUMENTS]
 *
 * The type check and the unit and integration tests, side by side: the tests keep both cores
 * busy most of the run, and the type check (one thread) fills the gaps, so the two answer
 * sooner together than one after the other. The type check keeps its build information in
 * node_modules/.cache, one file per checkout, so a second run re-checks only what changed.
 * Arguments go to vitest (`npm test -- tests/csv.test.ts`); the type check always covers
 * the whole project.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";

const PROJECT_DIR = resolve(import.meta.dirname, "..");
const BIN = join(PROJECT_DIR, "node_modules", ".bin");
// One build information file per checkout: checkouts that share node_modules (a link) would
// otherwise overwrite each other's, and each run would check every file again (a full check
// costs about 23 s of CPU, an incremental one about 7 s).
const BUILD_INFO = `node_modules/.cache/tsc/project-${createHash("sha256").update(PROJECT_DIR).digest("hex").slice(0, 8)}.tsbuildinfo`;
const TYPE_CHECK = ["--noEmit", "-p", ".", "--incremental", "--tsBuildInfoFile", BUILD_INFO];

interface Finished {
  code: number;
  output: string;
}

/** Runs a tool of node_modules/.bin; its output is passed through, or kept until the end. */
function run(tool: string, args: string[], keepOutput: boolean): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(join(BIN, tool), args, { stdio: keepOutput ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: `${tool}: ${error.message}\n` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function main(): Promise<number> {
  const typeCheck = run("tsc", TYPE_CHECK, true);
  const tests = await run("vitest", ["run", ...process.argv.slice(2)], false);
  const types = await typeCheck;
  // The type check's errors come after the tests' summary, where they are read.
  if (types.code !== 0) process.stderr.write(`\nType check (tsc) failed:\n${types.output}`);
  else console.log("Type check (tsc): no errors.");
  return tests.code !== 0 ? tests.code : types.code;
}

process.exitCode = await main();
