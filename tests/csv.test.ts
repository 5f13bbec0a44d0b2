import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { neutraliseCell, parseCsv, restoreCell, toCsv, writeFilesAtomically } from "../loaders/csv.ts";

describe("csv", () => {
  it("quotes commas, quotation marks and line breaks, and reads them back", () => {
    const rows = [{ a: 'He said "no", twice', b: 3, c: "line\nbreak" }];
    const csv = toCsv(rows, ["a", "b", "c"], new Set(["b"]));
    expect(csv).toBe('a,b,c\n"He said ""no"", twice",3,"line\nbreak"\n');
    expect(parseCsv(csv)).toEqual([{ a: 'He said "no", twice', b: "3", c: "line\nbreak" }]);
  });

  it("writes empty strings for missing values, never null or NaN", () => {
    expect(toCsv([{ a: "", b: NaN }], ["a", "b", "c"], new Set(["b"]))).toBe("a,b,c\n,,\n");
  });

  it("neutralises formula-like text cells but not numeric columns", () => {
    expect(neutraliseCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutraliseCell("-5 troops")).toBe("'-5 troops");
    expect(restoreCell("'=1+1")).toBe("=1+1");
    expect(toCsv([{ t: "@SUM(A1)", v: -3 }], ["t", "v"], new Set(["v"]))).toBe("t,v\n'@SUM(A1),-3\n");
  });

  it("writes all files or none, replacing the old ones only at the end", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "a.csv"), "old");
    writeFilesAtomically(dir, { "a.csv": "new a", "b.csv": "new b" });
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("new a");
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "b.csv"]);
    mkdirSync(join(dir, "c.csv.tmp-block"));
    // A file that cannot be written (its name is a folder) leaves the others untouched.
    expect(() => writeFilesAtomically(dir, { "a.csv": "newer", "sub/x.csv": "y" })).toThrow();
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("new a");
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-") && n !== "c.csv.tmp-block")).toEqual([]);
  });
});
