import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("a body named by an alias alone", () => {
  it("takes the body's full name from the gazetteer", () => {
    const rows = statementsOf("The NIS said the drills had been moved to the east coast.");
    expect(rows.map((r) => r.speaker)).toEqual(["South Korea's National Intelligence Service"]);
  });

  it("keeps a state as the article names it", () => {
    const rows = statementsOf("Seoul said the drills had been moved to the east coast.");
    expect(rows.map((r) => r.speaker)).toEqual(["Seoul"]);
  });
});
