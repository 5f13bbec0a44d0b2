import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../../loaders/cli.ts";
import { runCommand } from "../run-command.ts";

const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");
const benchmark = (...args: string[]) => runCommand(tsx, [join(PROJECT_DIR, "scripts", "benchmark.ts"), ...args]);

describe("npm run benchmark", () => {
  it("prints the scores beside the published ones and writes predictions aligned with the input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "benchmark-"));
    const gold = join(dir, "gold.json");
    writeFileSync(gold, JSON.stringify([
      { text: "Russia bought 300 drones from Iran.", quantities: [{ change: "=", value: "300", unit: "drones", normalized_unit: "drone" }] },
      { text: "No number.", quantities: [] },
    ]));
    const out = join(dir, "predictions.json");
    const run = await benchmark("newsquant", gold, "--predictions", out);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ours\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0$/m);
    expect(run.stdout).toMatch(/^CQE \(published\)\s+–\s+–\s+92\.0\s+85\.6\s+88\.1$/m);
    const predictions = JSON.parse(readFileSync(out, "utf8"));
    expect(predictions).toEqual([{ quantities: [{ value: 300, value_max: null, unit: "drones", normalized_unit: "drone", change: "=" }] }, { quantities: [] }]);
  });

  it("answers a bad command line with the usage and exit code 2, bad input with one line and 1", async () => {
    const unknown = await benchmark("nonsense");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown benchmark "nonsense"\nusage: npm run benchmark/);
    const flag = await benchmark("--bogus");
    expect(flag.status).toBe(2);
    expect(flag.stderr).not.toMatch(/\n\s+at /);
    const missing = await benchmark("plover", "/nonexistent/plover.json");
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe("error: /nonexistent/plover.json:0: cannot read the file (ENOENT)");
    expect((await benchmark("--help")).stdout).toMatch(/--predictions FILE/);
  });
});
