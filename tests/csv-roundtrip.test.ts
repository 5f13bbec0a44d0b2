/**
 * CSV injection and round trips: every table the project writes survives a write and a
 * read with papaparse unchanged, apart from the apostrophe that neutralises formula-like
 * text cells, and no text cell of a written CSV begins with a character that makes a
 * spreadsheet run it as a formula. Numeric columns are written as they are.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseCell, parseCsv, restoreCell, toCsv, type Row } from "../loaders/csv.ts";
import { TABLE_SPECS, tablesToCsv, type TableSpec, type Tables } from "../loaders/tables.ts";

/** What OWASP lists as the start of a formula: =, +, -, @, tab, carriage return. */
const FORMULA = /^[=+\-@\t\r]/;
const DANGEROUS = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", '"', "'", ",", ";", " ", "\uFEFF", "=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1", "'="];

/** Text that often starts like a formula, with quotes, separators and line breaks inside. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.tuple(fc.constantFrom(...DANGEROUS), fc.string({ unit: "binary", maxLength: 20 })).map(([a, b]) => a + b),
  fc.array(fc.constantFrom(...DANGEROUS, "a", "1", "é", "🙂"), { maxLength: 8 }).map((parts) => parts.join("")),
);
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }));

function rowsOf(spec: TableSpec) {
  const cell = (column: string) => (spec.numeric.has(column) ? fc.oneof(number, fc.constant("")) : text);
  const row = fc.record(Object.fromEntries(spec.columns.map((column) => [column, cell(column)])) as Record<string, fc.Arbitrary<string | number>>);
  return fc.array(row, { maxLength: 6 });
}

const specs = Object.values(TABLE_SPECS) as TableSpec[];

describe("CSV round trip (fast-check)", () => {
  for (const spec of specs) {
    it(`${spec.name}.csv: write, read with papaparse, restore → the same rows; no text cell starts a formula`, () => {
      fc.assert(
        fc.property(rowsOf(spec), (rows) => {
          const csv = toCsv(rows as Row[], spec.columns, spec.numeric);
          const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: false, delimiter: "," });
          // papaparse reads it without error, with the header and one record per row (and the final newline).
          expect(parsed.errors).toEqual([]);
          expect(parsed.data[0]).toEqual(spec.columns);
          const records = parsed.data.slice(1, -1);
          expect(parsed.data.at(-1)).toEqual([""]);
          expect(records).toHaveLength(rows.length);
          const problems: string[] = [];
          records.forEach((record, r) => {
            spec.columns.forEach((column, c) => {
              const written = record[c];
              const value = rows[r][column];
              if (spec.numeric.has(column) && typeof value === "number") {
                // Numbers are left alone, negative ones included, and read back exactly.
                if (written !== String(value) || Number(written) !== value) problems.push(`${column}: ${value} written ${JSON.stringify(written)}`);
              } else if (FORMULA.test(written)) {
                problems.push(`${column}: ${JSON.stringify(written)} starts a formula`);
              } else if (restoreCell(written) !== String(value)) {
                problems.push(`${column}: ${JSON.stringify(value)} read back as ${JSON.stringify(restoreCell(written))}`);
              }
            });
          });
          expect(problems).toEqual([]);
          // The project's own reader gives back the same.
          expect(parseCsv(csv).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, restoreCell(v)])))).toEqual(
            rows.map((row) => Object.fromEntries(spec.columns.map((column) => [column, String(row[column])]))),
          );
        }),
        { numRuns: 200 },
      );
    });
  }

  it("tablesToCsv writes every table through the neutralising writer", () => {
    const hostile = "=HYPERLINK(\"http://evil.example\",\"click\")";
    const tables = Object.fromEntries(
      specs.map((spec) => [spec.name, [Object.fromEntries(spec.columns.map((c) => [c, spec.numeric.has(c) ? -7 : hostile]))]]),
    ) as unknown as Tables;
    const files = tablesToCsv(tables);
    expect(Object.keys(files).sort()).toEqual(specs.map((s) => `${s.name}.csv`).sort());
    for (const spec of specs) {
      const [header, row] = Papa.parse<string[]>(files[`${spec.name}.csv`], { skipEmptyLines: true }).data;
      expect(header).toEqual(spec.columns);
      spec.columns.forEach((column, c) => expect(row[c]).toBe(spec.numeric.has(column) ? "-7" : `'${hostile}`));
    }
  });

  it("neutralises each character OWASP names, and only at the start", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseCell("1+1=2")).toBe("1+1=2");
    expect(neutraliseCell("'=1")).toBe("''=1");
    expect(restoreCell("''=1")).toBe("'=1");
    // Text in a numeric column is text: neutralised, not written raw.
    expect(toCsv([{ n: "=1+1" }, { n: "-12.5" }, { n: 3 }], ["n"], new Set(["n"]))).toBe("n\n'=1+1\n-12.5\n3\n");
  });
});
