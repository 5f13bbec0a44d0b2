import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an infinitive with its own subject after 'for' tells no speech (infinitive-subjects.ts)", () => {
  it("keeps the clause whole for the speaker who argues it, and gives its noun phrase no row", () => {
    expect(spoken("Ana Soto argues there is little point for Peru to respond now to the threats of Chile.")).toEqual([
      "Ana Soto: there is little point for Peru to respond now to the threats of Chile",
    ]);
    expect(spoken("Ana Soto said it was time for the council to announce its plan.")).toEqual(["Ana Soto: it was time for the council to announce its plan"]);
  });
});
