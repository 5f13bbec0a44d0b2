/**
 * No regular expression in loaders/ takes super-linear time: every pathological input of
 * scripts/bench-regex.ts (1 MB of digits, commas, quotation marks, capitalised words,
 * spaces, periods, "U.S." …) goes through the whole per-article pipeline — sentences and
 * the articles row, then each extractor — in a child process.
 *
 * Speed is measured by the benchmark (npm run bench:regex); the bound here is only a guard
 * against hangs, generous and linear: 10 CPU seconds per MB for each stage. A pattern that
 * backtracks takes minutes or hours on these inputs, far past it. When one trips, the
 * message names the input and the stage; the fix belongs in the pattern.
 *
 * REGEX_SAFETY_SIZE sets the size (default 1,000,000 characters).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { pathologicalInputs } from "../scripts/bench-regex.ts";

const SIZE = Number(process.env.REGEX_SAFETY_SIZE ?? 1_000_000);
const CPU_MS_PER_MB = 10_000;
const STAGE_LIMIT_MS = Math.max(2_000, (CPU_MS_PER_MB * SIZE) / 1e6);
const STAGES_RUN = 4;
const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");

interface Report {
  input: string;
  stage: string;
  ms: number | null;
  cpuMs: number | null;
}

/** Runs the benchmark on one input; kills it once it is past every stage's bound (plus start-up). */
function bench(input: string): Promise<{ reports: Report[]; killed: boolean; stderr: string }> {
  const wallLimit = STAGES_RUN * STAGE_LIMIT_MS * 3 + 60_000;
  const child = spawn(tsx, [join(PROJECT_DIR, "scripts", "bench-regex.ts"), "--json", "--skip-tables", "--size", String(SIZE), "--only", input]);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, wallLimit);
  return new Promise((resolve) =>
    child.on("close", () => {
      clearTimeout(timer);
      const reports = stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Report);
      resolve({ reports, killed, stderr });
    }),
  );
}

describe(`pathological inputs of ${SIZE.toLocaleString("en")} characters finish in linear time`, () => {
  for (const input of Object.keys(pathologicalInputs(1000))) {
    it(input, { timeout: STAGES_RUN * STAGE_LIMIT_MS * 3 + 120_000 }, async () => {
      const { reports, killed, stderr } = await bench(input);
      const finished = reports.filter((r) => r.ms !== null);
      for (const r of finished) console.log(`${input.padEnd(24)} ${r.stage.padEnd(27)} ${String(r.ms).padStart(7)} ms (${r.cpuMs} ms CPU)`);
      const hung = reports.filter((r) => r.ms === null && !finished.some((f) => f.stage === r.stage));
      expect(hung.map((r) => `${input}: stage "${r.stage}" did not finish${killed ? " (killed)" : ""}`), stderr).toEqual([]);
      expect(killed, stderr).toBe(false);
      expect(finished).toHaveLength(STAGES_RUN);
      const slow = finished.filter((r) => (r.cpuMs ?? 0) > STAGE_LIMIT_MS).map((r) => `${input}: "${r.stage}" took ${r.cpuMs} ms CPU`);
      expect(slow).toEqual([]);
    });
  }
});
