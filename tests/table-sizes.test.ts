/** The explorers load a table with the page up to a number of rows, and ask past it. */
import { describe, expect, it } from "vitest";
import { LOAD_AT_ONCE, loadAtOnce, tableSizes } from "../loaders/table-sizes.ts";
import type { Tables } from "../loaders/tables.ts";

const tables = { articles: [{}], quantities: [{}, {}], statements: [], events: [{}, {}, {}], claims: [], corrections: [] } as unknown as Tables;

describe("table sizes", () => {
  it("count each table's rows", () => {
    expect(tableSizes(tables, 2)).toEqual({ loadAtOnce: 2, rows: { articles: 1, quantities: 2, statements: 0, events: 3, claims: 0, corrections: 0 } });
  });

  it("load at once what a newsroom sets, else the default; a bad setting is the default", () => {
    expect(loadAtOnce({})).toBe(LOAD_AT_ONCE);
    expect(loadAtOnce({ ARMS_LOAD_AT_ONCE: "0" })).toBe(0);
    expect(loadAtOnce({ ARMS_LOAD_AT_ONCE: "500" })).toBe(500);
    expect(loadAtOnce({ ARMS_LOAD_AT_ONCE: "many" })).toBe(LOAD_AT_ONCE);
  });
});
