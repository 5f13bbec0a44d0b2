import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("an announcing verb with a noun-phrase object: what was made known", () => {
  it("reads the object as the words, whatever its noun", () => {
    expect(spoken("Peru's Trade Ministry announced a ban on tin exports to Chile, effective immediately.")).toEqual(["Peru's Trade Ministry: a ban on tin exports to Chile, effective immediately"]);
    expect(spoken("Chilean President Ana Ruiz on Friday announced the charges against the two pilots.")).toEqual(["Ana Ruiz: the charges against the two pilots"]);
    expect(spoken("Peru announced its withdrawal from the fisheries pact.")).toEqual(["Peru: its withdrawal from the fisheries pact"]);
  });

  it("reads it after a day and a date in brackets", () => {
    expect(spoken("The Peruvian Foreign Ministry announced Friday (December 26, 2025) a set of countermeasures against 20 Chilean firms.")).toEqual(["the Peruvian Foreign Ministry: a set of countermeasures against 20 Chilean firms"]);
  });

  it("reads coordinated objects and a following participle", () => {
    expect(spoken("Lima has announced a 20% tariff on Chilean wine and a quota on copper, citing unfair subsidies.")).toHaveLength(1);
    expect(statementsOf("Chile announced the pilots' release, saying they had been well treated.").map((r) => r.speaker)).toEqual(["Chile"]);
  });

  it("leaves sanctions or an aid package announced to the events", () => {
    expect(spoken("Chile announced new sanctions on three Peruvian shipping firms.")).toEqual([]);
    expect(spoken("The Chilean Defence Ministry announced a new aid package for Peru on Monday.")).toEqual([]);
  });

  it("leaves a participle of announcing and a non-announcing verb with an object alone", () => {
    expect(spoken("Chile deployed a new frigate to the border on Monday.")).toEqual([]);
  });
});
