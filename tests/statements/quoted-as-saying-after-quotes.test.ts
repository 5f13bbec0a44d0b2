import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("'X quoted Y as saying' after a quotation", () => {
  it("gives the quotation to Y, carried by X", () => {
    expect(spoken("“The friends acted with solidarity,” the Lima city hall quoted Ana Vidal as saying.")).toEqual(["Ana Vidal: The friends acted with solidarity"]);
    expect(statementsOf("“The friends acted with solidarity,” the Lima city hall quoted Ana Vidal as saying.").map((r) => r.via)).toEqual(["Lima city hall"]);
  });
});
