import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { InputError } from "../loaders/errors.ts";
import { csvChunks, neutraliseCell, parseCsv, restoreCell, toCsv, writeFilesAtomically } from "../loaders/csv.ts";

describe("csv", () => {
  it("quotes commas, quotation marks and line breaks, and reads them back", () => {
    const rows = [{ a: 'He said "no", twice', b: 3, c: "line\nbreak" }];
    const csv = toCsv(rows, ["a", "b", "c"], new Set(["b"]));
    expect(csv).toBe('a,b,c\n"He said ""no"", twice",3,"line\nbreak"\n');
    expect(parseCsv(csv)).toEqual([{ a: 'He said "no", twice', b: "3", c: "line\nbreak" }]);
  });

  it("refuses malformed CSV with the file and line, as an input error", () => {
    const text = 'a,b\n"one\ntwo",2\n"three"x,4\n';
    expect(() => parseCsv(text, "gold/x.csv")).toThrow(InputError);
    expect(() => parseCsv(text, "gold/x.csv")).toThrow(/^gold\/x\.csv:4: .*quote/i);
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
    writeFileSync(join(dir, "sub"), "a file where a folder should be");
    // A file that cannot be written (a file stands where its folder should) leaves the others untouched.
    expect(() => writeFilesAtomically(dir, { "a.csv": "newer", "sub/x.csv": "y" })).toThrow();
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("new a");
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-") && n !== "c.csv.tmp-block")).toEqual([]);
  });

  it("makes the folder of a name that has one (texts/<id>.txt beside the tables)", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFilesAtomically(dir, { "a.csv": "a", "texts/x.txt": "text of x" });
    expect(readFileSync(join(dir, "texts", "x.txt"), "utf8")).toBe("text of x");
    expect(readdirSync(join(dir, "texts"))).toEqual(["x.txt"]);
  });

  it("writes a large table in pieces that join to the text of one papaparse call", () => {
    const rows = Array.from({ length: 4501 }, (_, i) => ({ id: `r${i}`, n: i, text: i % 7 === 0 ? `said "${i}", twice\nthen` : `=${i}` }));
    const pieces = [...csvChunks(rows, ["id", "n", "text"], new Set(["n"]))];
    expect(pieces).toHaveLength(3);
    expect(pieces.every((piece) => piece.endsWith("\n"))).toBe(true);
    const whole = Papa.unparse({ fields: ["id", "n", "text"], data: rows.map((r) => [r.id, String(r.n), neutraliseCell(r.text)]) }, { newline: "\n", quotes: false });
    expect(pieces.join("")).toBe(`${whole}\n`);
    expect(toCsv(rows, ["id", "n", "text"], new Set(["n"]))).toBe(`${whole}\n`);
    expect(parseCsv(pieces.join(""))).toHaveLength(4501);
    expect([...csvChunks([], ["a", "b"])]).toEqual(["a,b\n"]);
  });

  it("writes content given in pieces, and keeps the old file when making a piece fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "pieces-"));
    writeFilesAtomically(dir, { "a.csv": () => ["x,y\n", "1,2\n", "3,4\n"] });
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("x,y\n1,2\n3,4\n");
    function* failing() {
      yield "x,y\n";
      throw new Error("row 2 is broken");
    }
    expect(() => writeFilesAtomically(dir, { "b.csv": "new b", "a.csv": failing })).toThrow("row 2 is broken");
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("x,y\n1,2\n3,4\n");
    expect(readdirSync(dir).sort()).toEqual(["a.csv"]);
  });
});
