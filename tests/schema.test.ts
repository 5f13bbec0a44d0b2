/**
 * The schema is written once (loaders/schema.ts): its contract columns are the annotation
 * guide's, in the guide's order, and the CSV columns, the data package and the row types
 * all come from it.
 */
import { describe, expect, it } from "vitest";
import { CONTRACT_COLUMNS, fieldDoc } from "../loaders/datapackage.ts";
import { SCHEMA } from "../loaders/schema.ts";
import { TABLE_SPECS } from "../loaders/tables.ts";
import { loadContract } from "./browser/contract.ts";

const guide = loadContract();

describe("the tables' schema", () => {
  it.runIf(Object.keys(guide).length > 0)("marks as contract exactly the columns the annotation guide names, in its order", () => {
    for (const [table, columns] of Object.entries(guide)) {
      if (!(table in SCHEMA)) continue;
      expect(CONTRACT_COLUMNS[table], table).toEqual(columns);
    }
    expect(Object.keys(guide).filter((t) => t in SCHEMA).sort()).toEqual(["articles", "events", "quantities", "statements"]);
  });

  it("gives the CSV columns in the order it declares them, numeric where it says number or integer", () => {
    expect(TABLE_SPECS.events.columns.slice(0, 3)).toEqual(["event_id", "article_id", "date"]);
    expect([...TABLE_SPECS.quantities.numeric]).toEqual(["value", "value_max", "char_start", "char_end"]);
    expect(TABLE_SPECS.corrections.id).toBeUndefined();
    expect(TABLE_SPECS.claims.id).toBe("claim_id");
  });

  it("documents every column with its type and allowed values, and refuses a column it does not declare", () => {
    expect(fieldDoc("events", "status")).toEqual({ type: "string", description: "Whether it happened.", enum: ["occurred", "planned", "alleged", "denied"] });
    expect(fieldDoc("statements", "date_precision").enum).toEqual(["day", "week", "month", "year"]);
    expect(fieldDoc("quantities", "period_start").type).toBe("date");
    expect(() => fieldDoc("events", "colour")).toThrow("events.colour is not a column of loaders/schema.ts");
  });

  it("validates a row with the column's schema", () => {
    expect(SCHEMA.events.columns.status.schema.safeParse("rumoured").success).toBe(false);
    expect(SCHEMA.events.columns.date_precision.schema.safeParse("").success).toBe(true);
    expect(SCHEMA.quantities.columns.value_max.schema.safeParse("").success).toBe(true);
    expect(SCHEMA.quantities.columns.value.schema.safeParse("").success).toBe(false);
  });
});
