import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a described speaker named in apposition by a naming participle", () => {
  it("reads 'identified only by his surname' before a surname alone", () => {
    expect(spoken("A Peruvian soldier, identified only by his surname Quispe, said he had been told nothing of the mission.")).toEqual([
      "Quispe: he had been told nothing of the mission",
    ]);
  });

  it("reads 'identified as' before a full name, with 'told' and a that-clause", () => {
    expect(spoken("A Chilean sailor, identified as Pedro Soto, told the radio station that the ship had been hit.")).toEqual(["Pedro Soto: the ship had been hit"]);
  });

  it("reads 'named only as' in a closing attribution and 'by her first name' before 'said'", () => {
    expect(spoken("The ship had been hit twice, a Chilean sailor, named only as Pedro, told the radio station.")).toEqual(["Pedro: The ship had been hit twice"]);
    expect(spoken("A Peruvian nurse, identified by her first name Rosa, said the clinic had run out of oxygen.")).toEqual(["Rosa: the clinic had run out of oxygen"]);
  });

  it("keeps the description when the participle names no person", () => {
    expect(spoken("A Chilean sailor, known to his crew as a cook, said the crew had been warned.")).toEqual(["a Chilean sailor: the crew had been warned"]);
    expect(spoken("A Chilean sailor, named in the navy's report, said the crew had been warned.")).toEqual(["a Chilean sailor: the crew had been warned"]);
  });

  it("still reads an active naming verb with its object before 'as'", () => {
    expect(spoken("The Peruvian navy identified the two sailors as deserters.")).toEqual(["the Peruvian navy: identified the two sailors as deserters"]);
  });
});
