import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a noun that is also a verb of saying, inside an inverted speaker's apposition", () => {
  it("does not stop the apposition ('… over water pollution issues for years')", () => {
    expect(spoken("“These are odd days,” said Ida Brenn, a lawyer for the Dock Union, who has fought the port over harbour pollution reports for years.")).toEqual([
      "Ida Brenn: These are odd days",
    ]);
  });

  it("still reads the next sentence's verb of saying after the apposition", () => {
    const rows = spoken("“These are odd days,” said Ida Brenn, a lawyer for the Dock Union. She said the dredging would stop.");
    expect(rows).toEqual(["Ida Brenn: These are odd days", "Ida Brenn: the dredging would stop"]);
  });
});
