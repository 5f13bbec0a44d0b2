import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a channel right after a verb of saying inside reported words", () => {
  it("is that verb's, whose speaker speaks: 'reported that Ruiz said in an interview that …'", () => {
    const text = 'Chilean newspapers reported that Ana Ruiz, head of the navy, said in a radio interview that "the first frigate has already reached Arica."';
    expect(statementsOf(text).map((r) => [r.speaker, r.quote, r.via])).toEqual([["Ana Ruiz", "the first frigate has already reached Arica.", "Chilean newspapers"]]);
  });
});

describe("a phrase with 'with' in an attribution's tail", () => {
  it("closes the attribution: 'said in a joint statement with the navy'", () => {
    expect(spoken('"Troops are leaving," the Chilean army said in a joint statement with the navy.')).toEqual(["the Chilean army: Troops are leaving"]);
  });

  it("leaves the verb its that-clause: 'conveyed during a meeting with Vidal that …'", () => {
    expect(spoken("Prior to that, on March 21, Ruiz conveyed during a meeting with Vidal that Chile was watching the talks.")).toEqual(["Ruiz: Chile was watching the talks"]);
    expect(spoken("Ruiz said with a smile that the talks would resume.")).toEqual(["Ruiz: the talks would resume"]);
  });
});
