import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a state's body described again by its head and the words of its portfolio", () => {
  it("takes up the body named before in capitals, with the same state", () => {
    expect(spoken("Chile gifted 30 llamas to a zoo in Lima, Chile's Ministry of Agriculture and Livestock said Wednesday. The llamas were flown on a military plane, Chile's agriculture ministry reported.")).toEqual([
      "Chile's Ministry of Agriculture and Livestock: Chile gifted 30 llamas to a zoo in Lima",
      "Chile's Ministry of Agriculture and Livestock: The llamas were flown on a military plane",
    ]);
    expect(spoken("Peru's Ministry of Energy and Mines said on Monday that the pipeline was shut. The repairs would take a week, according to Peru's mines ministry.")).toEqual([
      "Peru's Ministry of Energy and Mines: the pipeline was shut",
      "Peru's Ministry of Energy and Mines: The repairs would take a week",
    ]);
  });

  it("with a curly apostrophe, as the gazetteer holds the state's possessive", () => {
    expect(spoken("Peru gifted 70 animals to the zoo, Russia’s Ministry of Natural Resources and Environment said Wednesday. The llamas were flown on a military plane, Russia’s environment ministry reported.")).toEqual([
      "Russia’s Ministry of Natural Resources and Environment: Peru gifted 70 animals to the zoo",
      "Russia’s Ministry of Natural Resources and Environment: The llamas were flown on a military plane",
    ]);
  });

  it("leaves another state's body, or another portfolio, its own", () => {
    expect(spoken("Peru's Ministry of Energy and Mines said on Monday that the pipeline was shut. Chile's energy ministry said its own pipeline was open.")).toContain("Chile's energy ministry: its own pipeline was open");
    expect(spoken("Peru's Ministry of Energy and Mines said on Monday that the pipeline was shut. Peru's defence ministry said troops guarded the site.")).toContain("Peru's defence ministry: troops guarded the site");
  });
});
