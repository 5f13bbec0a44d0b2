import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("a visit to a city is paid to the city's state (place_host_types)", () => {
  it("a place after 'to' hosts a visit told by a noun or a verb phrase", () => {
    expect(coded(["The Chilean president paid a visit to Arequipa on Monday."])).toEqual([["CONSULT", "CHL", "PER"]]);
    expect(coded(["The US president's 2012 visit to Rangoon was a landmark."])).toEqual([["CONSULT", "USA", "MMR"]]);
    expect(coded(["Chile's foreign minister made a trip to Mandalay last week."])).toEqual([["CONSULT", "CHL", "MMR"]]);
  });

  it("a city where talks are held is no host of them", () => {
    expect(coded(["The Peruvian president met Chilean officials in Arequipa on Monday."])).toEqual([["CONSULT", "PER", "CHL"]]);
  });
});
