/**
 * Interrupted and failed writes of the tables leave no temporary file and no stack trace
 * (issue 19): Ctrl-C or SIGTERM during the write, temporary files of a killed run, a full
 * disk (`--out` naming a file: tests/extract.test.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { writeFilesAtomically } from "../loaders/csv.ts";
import { InputError } from "../loaders/errors.ts";


/** Runs a script that writes two tables and signals itself after the first piece of the second. */
function interruptedWrite(out: string, signal: "SIGINT" | "SIGTERM") {
  const script = join(mkdtempSync(join(tmpdir(), "interrupted-")), "write.ts");
  writeFileSync(
    script,
    `import { writeFilesAtomically } from ${JSON.stringify(join(PROJECT_DIR, "loaders", "csv.ts"))};
function* pieces() {
  yield "a,b\\n";
  process.kill(process.pid, ${JSON.stringify(signal)});
  for (let i = 0; i < 2000; i++) yield "1,".repeat(500) + "2\\n";
}
writeFilesAtomically(${JSON.stringify(out)}, { "first.csv": "x\\n1\\n", "second.csv": pieces });
`,
  );
  // Plain node (tsx's command line relays signals to its child in its own way).
  return spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", cwd: PROJECT_DIR });
}

describe("a write interrupted by a signal", () => {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    it(`${signal}: the write completes, no temporary file is left, the exit code says the signal`, () => {
      const out = join(mkdtempSync(join(tmpdir(), "interrupted-out-")), "new-folder");
      const run = interruptedWrite(out, signal);
      expect(run.status, run.stderr).toBe(code);
      expect(readdirSync(out).sort()).toEqual(["first.csv", "second.csv"]);
      expect(readFileSync(join(out, "second.csv"), "utf8").split("\n")).toHaveLength(2002);
    });
  }
});

describe("a write that waits between pieces (the tables written as workers extract them)", () => {
  it("SIGTERM while it waits: the process ends with the signal's code, and no file or new folder is left", () => {
    const out = join(mkdtempSync(join(tmpdir(), "interrupted-out-")), "new-folder");
    const script = join(mkdtempSync(join(tmpdir(), "interrupted-")), "append.mts");
    writeFileSync(
      script,
      `import { folderWriter } from ${JSON.stringify(join(PROJECT_DIR, "loaders", "atomic-folder.ts"))};
const folder = folderWriter(${JSON.stringify(out)});
folder.append("a.csv", "x\\n");
folder.write("texts/a.txt", "text");
setTimeout(() => process.kill(process.pid, "SIGTERM"), 20);
await new Promise((resolve) => setTimeout(resolve, 10_000));
folder.append("a.csv", "1\\n");
folder.commit();
`,
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", cwd: PROJECT_DIR });
    expect(run.status, run.stderr).toBe(143);
    expect(existsSync(out)).toBe(false);
  });
});

describe("temporary files", () => {
  it("those of a killed run are removed by the next write, those of a running one are not", () => {
    const dir = mkdtempSync(join(tmpdir(), "stale-"));
    const dead = 2 ** 22 + 4321;
    writeFileSync(join(dir, `quantities.csv.tmp-${dead}-1733300000000`), "partial");
    writeFileSync(join(dir, `events.csv.tmp-${process.ppid}-1733300000000`), "another run's");
    writeFileSync(join(dir, "notes.tmp-draft"), "mine");
    writeFilesAtomically(dir, { "a.csv": "x\n" });
    expect(readdirSync(dir).sort()).toEqual(["a.csv", `events.csv.tmp-${process.ppid}-1733300000000`, "notes.tmp-draft"]);
  });
});

describe("a folder that cannot be written", () => {
  it("a full disk: an InputError naming the folder, no temporary file, the old tables kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "full-"));
    writeFileSync(join(dir, "a.csv"), "old\n");
    const full = function* () {
      yield "x,y\n";
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    };
    let error: unknown;
    try {
      writeFilesAtomically(dir, { "a.csv": "new\n", "b.csv": full });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${dir}:0: cannot write the tables into this folder: the disk is full (ENOSPC); nothing was written`);
    expect(readdirSync(dir)).toEqual(["a.csv"]);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("old\n");
  });

  it("a new folder is removed again when its write fails", () => {
    const parent = mkdtempSync(join(tmpdir(), "full-"));
    const failing = () => {
      throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
    };
    expect(() => writeFilesAtomically(join(parent, "new", "deeper"), { "a.csv": failing })).toThrow(InputError);
    expect(readdirSync(parent)).toEqual([]);
  });
});
