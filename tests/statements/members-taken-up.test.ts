import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("members of a body named before, taken up by a plural description", () => {
  it("speak for the body they were named from", () => {
    expect(spoken("Fighters of the Southern Front shelled the town on Monday. The fighters said they had taken the bridge.")).toEqual(["Southern Front: they had taken the bridge"]);
    expect(spoken("Members of the Harbour Workers Union walked out. The members said the strike would last a week.")).toEqual(["Harbour Workers Union: the strike would last a week"]);
    expect(spoken("The train was hijacked by militants from the Andean Liberation Front near the tunnel. The militants demanded that jailed activists be freed.")).toEqual([
      "Andean Liberation Front: jailed activists be freed",
    ]);
  });

  it("leaves members named from no body, or another head, as described", () => {
    expect(spoken("Militants attacked the base. The militants said they had taken the bridge.")).toEqual(["the militants: they had taken the bridge"]);
    expect(spoken("Fighters of the Southern Front crossed the border. The rebels said they had taken the bridge.")).toEqual(["the rebels: they had taken the bridge"]);
  });
});
