/**
 * The command-line tools answer --help, unknown flags, flags without their value and stray
 * arguments with a usage line (exit 2 for a bad command line, 0 for --help), never a stack
 * trace; eval refuses a gold folder that is missing or holds no gold table.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseCommandLine, PROJECT_DIR } from "../loaders/cli.ts";
import { TABLE_SPECS } from "../loaders/tables.ts";
import { runCommand } from "./run-command.ts";

const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");
const run = (script: string, ...args: string[]) => runCommand(tsx, [join(PROJECT_DIR, "scripts", `${script}.ts`), ...args], { cwd: PROJECT_DIR });
const empty = mkdtempSync(join(tmpdir(), "empty-gold-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** Runs parseCommandLine in this process, catching its exit: the code and what it wrote. */
function parse(args: string[]) {
  const written: string[] = [];
  const out = vi.spyOn(process.stdout, "write").mockImplementation((text) => (written.push(String(text)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((text) => (written.push(String(text)), true));
  const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
    throw new Exit(Number(code));
  });
  try {
    return { values: parseCommandLine("usage: tool [--articles DIR] [--verbose]", { articles: { type: "string", default: "data" }, verbose: { type: "boolean" } }, args), code: null, written: written.join("") };
  } catch (error) {
    if (error instanceof Exit) return { values: null, code: error.code, written: written.join("") };
    throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
    exit.mockRestore();
  }
}
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

describe("parseCommandLine", () => {
  it("reads flags and defaults", () => {
    expect(parse(["--verbose"]).values).toEqual({ articles: "data", verbose: true });
    expect(parse(["--articles", "x"]).values).toEqual({ articles: "x" });
  });

  it("prints the usage for --help and -h, exit 0", () => {
    for (const flag of ["--help", "-h"]) expect(parse([flag])).toEqual({ values: null, code: 0, written: "usage: tool [--articles DIR] [--verbose]\n" });
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--articles"], /'--articles <value>' argument missing/],
    [["--articles="], /--articles needs a value/],
    [["--verbose=yes"], /does not take an argument/],
    [["stray"], /Unexpected argument 'stray'/],
  ])("refuses %j with the problem and the usage, exit 2", (args, problem) => {
    const result = parse(args);
    expect(result.code).toBe(2);
    expect(result.written).toMatch(problem);
    expect(result.written).toMatch(/^error: .*\nusage: tool /);
  });
});

describe.each(["extract", "eval"])("npm run %s", (script) => {
  it("refuses an unknown flag with its usage and defaults, exit 2, no stack trace", async () => {
    const result = await run(script, "--bogus");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`Unknown option '--bogus'\\nusage: npm run ${script} -- `));
    expect(result.stderr).toMatch(/--articles DIR .*\(default data\/articles\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run extract --help", () => {
  it("names every table it writes, exit 0", async () => {
    const { stdout, status } = await run("extract", "--help");
    expect(status).toBe(0);
    for (const name of Object.keys(TABLE_SPECS)) expect(stdout).toContain(`${name}.csv`);
  });
});

describe("npm run eval", () => {
  it.each([
    ["a missing gold folder", join(empty, "nowhere"), /no such gold folder/],
    ["a gold folder without gold tables", empty, /no gold table in the folder/],
  ])("refuses %s with one line, exit 1", async (_what, gold, problem) => {
    const result = await run("eval", "--gold", gold);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(problem);
    expect(result.stdout).toBe("");
  });
});

describe("npm run eval --tables", () => {
  it("refuses --tables with --articles, exit 2", async () => {
    const result = await run("eval", "--tables", empty, "--articles", empty);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: give --articles or --tables, not both\nusage: npm run eval -- /);
  });
});

describe("npm run merge and extract --shard", () => {
  it("refuse a bad shard, no shard folders and a folder that is not a run's tables, with one line each", async () => {
    const shard = await run("extract", "--shard", "5/4");
    expect(shard.status).toBe(2);
    expect(shard.stderr).toMatch(/^error: --shard takes K\/N with 1 ≤ K ≤ N, such as 2\/4, not "5\/4"\nusage: npm run extract -- /);
    const none = await run("merge-tables", "--out", join(empty, "out"));
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^error: give each shard's folder with --from\nusage: npm run merge -- /);
    const notTables = await run("merge-tables", "--from", empty, "--out", join(empty, "out"));
    expect(notTables.status).toBe(1);
    expect(notTables.stderr.trim().split("\n")).toEqual([`error: ${join(empty, "articles.csv")}:0: missing: ${empty} is not a folder of tables that npm run extract wrote`]);
  });
});

describe("every npm command answers --help and a bad flag without a stack trace", () => {
  // Each tool stops at its command line: nothing is built, benchmarked or checked.
  const tools = [
    ["bench", "npm run bench"],
    ["bench-regex", "npm run bench:regex"],
    ["check-links", "npm run check:links"],
    ["page-weight", "npm run weight"],
    ["build-site", "npm run build"],
  ];
  it.each(tools)("%s: --help prints its usage, exit 0; --bogus the problem and the usage, exit 2", async (script, usage) => {
    const help = await run(script, "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`usage: ${usage}`);
    const bad = await run(script, "--bogus");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: Unknown option '--bogus'/);
    expect(bad.stderr).toContain(`usage: ${usage}`);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("check:links takes one folder at most", async () => {
    const result = await run("check-links", "one", "two");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/one folder at most/);
  });
});
