/** Which telling is which act: strikes and launches told twice (loaders/events/told-before.ts), and a verb's word owned by a possessive (mentions.ts). */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const ofType = (type: string, paragraphs: string[]) => codedEvents(paragraphs).filter(([t]) => t === type);

describe("strikes told in two sentences", () => {
  it("a second strike told by a verb is another act, each its own row", () => {
    const rows = ofType("ASSAULT", ["Chilean drones hit a fuel depot in Peru, officials said.", "Chile also launched missile strikes on Peru over the weekend."]);
    expect(rows).toEqual([
      ["ASSAULT", "CHL", "PER"],
      ["ASSAULT", "CHL", "PER"],
    ]);
  });

  it("an undated strike does not fold into a dated one of other words", () => {
    const rows = ofType("ASSAULT", ["Kenya launched its offensive against Somalia in March 2011.", "Meanwhile, Kenya also launched air strikes on Somalia."]);
    expect(rows).toHaveLength(2);
  });

  it("the strike named again by a definite noun is the same act", () => {
    const rows = ofType("ASSAULT", ["Chilean drones hit a fuel depot in Peru, officials said.", "The Chilean strike on Peru destroyed three tanks."]);
    expect(rows).toEqual([["ASSAULT", "CHL", "PER"]]);
  });

  it("two tellings of one day are one act", () => {
    const rows = ofType("ASSAULT", ["Chile attacked Peru on March 3, 2023.", "Chilean drones hit a fuel depot in Peru on March 3, 2023."]);
    expect(rows).toEqual([["ASSAULT", "CHL", "PER"]]);
  });
});

describe("court rulings told in two sentences", () => {
  it("a second court's ruling against the same side is another act, each its own row", () => {
    const rows = ofType("REJECT", ["A Chilean court overturned Peru's fishing quota.", "Chile's top court later struck down Peru's new port rules."]);
    expect(rows).toEqual([
      ["REJECT", "CHL", "PER"],
      ["REJECT", "CHL", "PER"],
    ]);
  });
});

describe("acts that do not recur stay one row however often they are told", () => {
  it("a deployment told twice is one deployment", () => {
    const rows = ofType("MOBILIZE", ["Chile has sent about 1,500 troops to Peru, officials said.", "Chile deployed troops to Peru to help its army."]);
    expect(rows).toEqual([["MOBILIZE", "CHL", "PER"]]);
  });
});

describe("a verb's word after a name's possessive is that name's act", () => {
  it("'Peru's supply of weapons to Bolivia' is Peru's, whoever the sentence's subject is", () => {
    for (const apostrophe of ["'", "’"]) {
      const rows = ofType("AID", [`Chile froze the assets of two firms linked to Peru${apostrophe}s supply of weapons to Bolivia.`]);
      expect(rows).toEqual([["AID", "PER", "BOL"]]);
    }
  });

  it("'resisted Kyiv's requests' is a request by Kyiv, of the side that resists it (request-noun)", () => {
    expect(ofType("REQUEST", ["South Korea has so far resisted Kyiv's requests for weapons."])).toEqual([["REQUEST", "UKR", "KOR"]]);
  });
});
