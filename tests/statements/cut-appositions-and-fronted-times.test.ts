import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a page cut inside an apposition after a complete clause", () => {
  it("keeps the clause before the apposition's comma", () => {
    expect(spoken("Chile sank a Peruvian ship last week. Earlier this month, Chile said it sank the Arica, a Peruvian guided-missi")).toEqual(["Chile: it sank the Arica"]);
  });

  it("keeps no clause when the cut word follows the comma or sits inside a number", () => {
    expect(spoken("Chile sank a Peruvian ship last week. Ruiz said Peru is launching missiles, w")).toEqual([]);
    expect(spoken("Chile sank a Peruvian ship last week. Ruiz said Peru has sent around 20,0")).toEqual([]);
  });
});

describe("a participle of saying after a clause opened by a time", () => {
  it("gives the participle's words to the subject after the time", () => {
    expect(spoken("But since last year Chile has pivoted to the Pacific, saying its strikes on Arica are intended to isolate the port.")).toEqual(["Chile: its strikes on Arica are intended to isolate the port"]);
    expect(spoken("Last week Peru closed the border, saying the crossings were unsafe.")).toEqual(["Peru: the crossings were unsafe"]);
  });
});
