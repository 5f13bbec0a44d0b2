import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("'both countries' after a state named only as where something happened", () => {
  it("takes the two states named as parties", () => {
    expect(spoken("The West accuses Peru of sending arms to Chile for its war in Bolivia, a claim denied by both countries.")).toEqual(["Peru and Chile: a claim denied by both countries"]);
    expect(spoken("Peru sold rifles to Chile during the drought in Bolivia. Both countries denied the sale.")).toEqual(["Peru and Chile: denied the sale"]);
  });

  it("keeps a placed state when no other pair is named", () => {
    expect(spoken("Peru bombed targets in Chile on Thursday. Both blamed each other for the clash.")).toEqual(["Peru and Chile: blamed each other for the clash"]);
  });
});
