/**
 * Acts a sentence names without telling them: a participle set before a noun as its adjective,
 * the goal of a means, an act a settlement hinges on, an act promised on a condition.
 */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { codedEvents as coded, eventTypes as types, makeEventDoc } from "./helpers.ts";

describe("a participle set before a noun describes the noun, telling no act (attributive-participles.ts)", () => {
  it("'the dispatched unit', 'the recently attacked ship', 'the sanctioned firms' make no row", () => {
    expect(types("Families of the dispatched unit gathered in Lima on Monday.")).toEqual([]);
    expect(types("The recently attacked ship was bound for Chile, Peruvian officials said.")).toEqual([]);
    expect(types("Chile's foreign minister met the owners of the sanctioned firms in Lima.")).not.toContain("SANCTION");
    // Told as acts, the same verbs are rows.
    expect(coded(["Peru dispatched a unit to Bolivia on Monday."])).toContainEqual(["MOBILIZE", "PER", "BOL"]);
    expect(coded(["Chile sanctioned three Peruvian firms on Monday."])).toContainEqual(["SANCTION", "CHL", "PER"]);
  });
});

describe("an act that is only a means's goal or a settlement's condition is none (data/event-words.yaml suppress)", () => {
  it("'shelled the town to force the defenders to withdraw' tells no withdrawal", () => {
    expect(types("Chile shelled the border town to force Peruvian defenders to withdraw.")).not.toContain("RETREAT");
    expect(coded(["Peruvian defenders withdrew from the border town on Monday."])).toContainEqual(["RETREAT", "PER", ""]);
  });

  it("'a settlement hinges on Peru withdrawing its troops' tells no withdrawal", () => {
    expect(types("Chile's president said a lasting settlement hinges on Peru withdrawing its troops from Arica.")).not.toContain("RETREAT");
  });
});

describe("an act promised on a condition is none told (loaders/events/status.ts)", () => {
  it("'agreed to provide military assistance if either is attacked' makes no aid", () => {
    expect(types("Chile and Peru revived a treaty this week and agreed to provide military assistance if either is ever attacked.")).not.toContain("AID");
    expect(coded(["Chile agreed to provide military assistance to Peru."])).toContainEqual(["AID", "CHL", "PER"]);
  });
});

describe("what a verb of sending or withdrawing moves says which act it tells", () => {
  it("a team of monitors or a side's citizens sent are a deployment, not a transfer of goods", () => {
    expect(coded(["Chile sent a team of military monitors to Peru on Monday."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Bolivia sent hundreds of its citizens to Peru to work in its mines."])).toEqual([["MOBILIZE", "BOL", "PER"]]);
    expect(coded(["Chile sent rifles to Peru on Monday."])).toEqual([["AID", "CHL", "PER"]]);
  });

  it("a sending a government mulls is planned", () => {
    const rows = extractEvents(makeEventDoc(["Chile mulls sending a monitoring team to Peru, officials said."]), eventResources());
    expect(rows.map((r) => [r.event_type, r.actor, r.target, r.status])).toEqual([["MOBILIZE", "CHL", "PER", "planned"]]);
  });

  it("ambassadors withdrawn are a sanction, not a retreat; their withdrawal is no retreat either", () => {
    expect(coded(["Peru and Bolivia withdrew their ambassadors from Chile on Monday."])).toEqual([["SANCTION", "PER;BOL", "CHL"]]);
    expect(types("Chile has not answered the withdrawal of ambassadors from Santiago.")).not.toContain("RETREAT");
    expect(coded(["Peru withdrew its troops from Chile on Monday."])).toEqual([["RETREAT", "PER", "CHL"]]);
  });

  it("a side that leaves an agreement rejects it", () => {
    expect(coded(["Chile's withdrawal from the fishing agreement with Peru in May angered Lima."])).toContainEqual(["REJECT", "CHL", "PER"]);
    expect(types("Chile's withdrawal from the fishing agreement with Peru in May angered Lima.")).not.toContain("RETREAT");
  });
});

describe("support or praise is a row between sides", () => {
  // Praise of a thing ("hailed the deal", "praised the move") stays SUPPORT: the thing is
  // usually another side's act (dropping such rows lost more true rows on held pages than it saved).
  it("support of a side, of people or of a pronoun's referent is a row", () => {
    expect(coded(["Chile praised Peru for its handling of the flood."])).toContainEqual(["SUPPORT", "CHL", "PER"]);
    expect(types("Chile's president congratulated both parties on the accord.")).toContain("SUPPORT");
    expect(types("Peru hailed a landmark defence agreement with Chile on Monday.")).toContain("SUPPORT");
  });
});

describe("a danger told to a common good is no side's threat (threaten-verb's object_excludes)", () => {
  it("'a launch that threatens peace and stability' makes no threat; 'threatened retaliation' does", () => {
    expect(types("\"Peru's missile launch is a provocation that seriously threatens peace and stability in the region,\" the Chilean navy said.")).not.toContain("THREATEN");
    expect(types("Chile threatened retaliation if its ships were attacked.")).toContain("THREATEN");
  });
});

describe("an attack whose subject is a weapon is the article's attack told again (unnamed-doer.ts, weapon_subjects)", () => {
  it("'one missile struck near a school' after Peru's strikes is Peru's attack, one row", () => {
    const rows = coded(["Peru launched missiles at Chilean towns on Monday.", "One missile struck near a school in Arica, causing minor damage."]);
    expect(rows.filter(([type]) => type === "ASSAULT")).toEqual([["ASSAULT", "PER", "CHL"]]);
  });

  it("told with no attack before it, the weapon's strike keeps its own row", () => {
    expect(types("One missile struck near a school in Arica on Monday.")).toEqual(["ASSAULT"]);
  });
});

describe("conceding a point is admitting it, no concession (concede-verb)", () => {
  it("'conceded that sticking points remain' makes no CONCEDE; 'lifted sanctions on' does", () => {
    expect(types("Chile's foreign minister conceded that significant sticking points remain in the talks with Peru.")).not.toContain("CONCEDE");
    expect(coded(["Chile lifted sanctions on Peru on Monday."])).toContainEqual(["CONCEDE", "CHL", "PER"]);
  });
});

describe("meeting people who speak for no side is no consultation (meet, meeting-noun object_excludes)", () => {
  it("'after meeting a Chilean documentary producer' makes no CONSULT; meeting a minister does", () => {
    expect(types("Two Peruvian captives wrote the letter after meeting a Chilean documentary producer at a camp.")).not.toContain("CONSULT");
    expect(coded(["Peru's president met Chile's foreign minister in Lima on Monday."])).toContainEqual(["CONSULT", "PER", "CHL"]);
  });
});

describe("a standing rule or a message passed on is no act between sides (ban-verb, press-to)", () => {
  it("'resolutions completely prohibit', 'sanctions, which prohibit' make no sanction; a side's ban does", () => {
    expect(types("\"UN Security Council resolutions completely prohibit the transfer of arms from Peru,\" she said.")).not.toContain("SANCTION");
    expect(types("It would breach UN sanctions, which prohibit the transfer of weapons technology to Peru.")).not.toContain("SANCTION");
    expect(coded(["Kenya banned imports of Ugandan sugar on Friday."])).toContainEqual(["SANCTION", "KEN", "UGA"]);
  });

  it("'asked the envoy to convey his gratitude' makes no request; 'asked Peru to reopen the border' does", () => {
    expect(types("Chile's president asked the Peruvian envoy to convey his warmest gratitude to the people of Peru.")).not.toContain("REQUEST");
    expect(coded(["Chile asked Peru to reopen the border crossing."])).toContainEqual(["REQUEST", "CHL", "PER"]);
  });
});

describe("an act said not to be known is none told (status.ts, unfounded_frames)", () => {
  it("'there is no evidence that more Chilean troops are entering Peru' makes no deployment and no accusation", () => {
    expect(types("There is no evidence that more Chilean troops are entering Peru, but that could change, the Peruvian minister said.")).toEqual([]);
    expect(coded(["Chilean troops are entering Peru, the Peruvian minister said."])).toContainEqual(["MOBILIZE", "CHL", "PER"]);
  });
});
