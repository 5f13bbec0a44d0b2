import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("an act only hoped, wished or asked for is no act of its type (data/event-words.yaml suppress)", () => {
  it("a hope or a wish that a side will act makes no row of the act", () => {
    expect(types("Farmers in the border towns hope Japan will send food aid before winter.")).toEqual([]);
    expect(types("Chile hopes that Peru will sign the accord.")).toEqual([]);
    expect(types("Analysts said the purchases show a desire to keep supplying rockets to Syria.")).toEqual([]);
    // Told as done, the same acts are rows.
    expect(coded(["Japan sent food aid to North Korea in May."])).toContainEqual(["AID", "JPN", "PRK"]);
    expect(coded(["Peru signed the accord with Chile on Monday."])).toContainEqual(["AGREE", "PER", "CHL"]);
  });

  it("an act called for, demanded or pressed for is the asker's request, not the act", () => {
    expect(types("Lawmakers called for Canada to stop selling rifles to Chile.")).toEqual(["REQUEST"]);
    expect(types("Aid groups urged donors to pressure the junta to stop buying jets from Belarus.")).toEqual(["REQUEST"]);
    expect(coded(["Russia demands Ukraine withdraw its troops."])).toEqual([["REQUEST", "RUS", "UKR"]]);
    expect(coded(["Canada sold rifles to Chile last year."])).toEqual([["AID", "CAN", "CHL"]]);
  });
});

describe("a speech act only possible, asked for or told of anyone is none (loaders/events/status.ts)", () => {
  it("a condemnation that could be, or that one side urges another to make, is no condemnation", () => {
    expect(types("Chile could condemn Peru's move if the talks fail.")).toEqual([]);
    expect(coded(["Chile urged Peru to condemn the coup in Bolivia."])).toEqual([["REQUEST", "CHL", "PER"]]);
    // The coup condemned is an act of its own (coup-noun).
    expect(coded(["Chile condemned the coup in Bolivia."])).toEqual([["ACCUSE", "CHL", "BOL"], ["COERCE", "BOL", ""]]);
  });

  it("a threat told of any party is no party's threat", () => {
    expect(types("Santiago will hold accountable any party threatening its ships, Chile said.")).toEqual([]);
    expect(coded(["Chile threatened Peru with sanctions."])).toContainEqual(["THREATEN", "CHL", "PER"]);
  });

  it("a declaration's own 'would' keeps it: a pledge that a side would stand by another is made", () => {
    expect(coded(["Peru's foreign minister pledged on Friday that her country would stand by Chile until victory."])).toContainEqual(["SUPPORT", "PER", "CHL"]);
  });
});

describe("a trigger word in a sense that is not the act", () => {
  it("a verb of asking read as a noun names a request only where no article, adjective or number opens it", () => {
    expect(types("Moscow eventually yielded to these demands from Minsk.")).not.toContain("REQUEST");
    expect(types("Flights will build stable demand for travel to Cuba.")).toEqual([]);
    // A headline's verb the tagger reads as a noun, and a verb after a modal and an adverb.
    expect(coded(["Russia demands Ukraine withdraw its troops."])).toEqual([["REQUEST", "RUS", "UKR"]]);
    expect(coded(["Japan will likely request help from Seoul."])).toEqual([["REQUEST", "JPN", "KOR"]]);
  });

  it("meeting a need, a demand or a deadline is no meeting, however long the object's phrase (object_excludes)", () => {
    expect(coded(["Chile will send rifles to meet Peru's urgent security and defence needs."])).toEqual([["AID", "CHL", "PER"]]);
    expect(types("Japan met the deadline set by Korea.")).toEqual([]);
    expect(coded(["Kim Jong Un met Vladimir Putin at a space centre on Wednesday."])).toEqual([["CONSULT", "PRK", "RUS"]]);
    expect(coded(["Chilean officials met their Peruvian counterparts on Monday."])).toEqual([["CONSULT", "CHL", "PER"]]);
  });

  it("a text that calls for something stipulates it: no one asks", () => {
    expect(types("Last week Chile ratified a treaty with Peru that calls for joint patrols.")).not.toContain("REQUEST");
    expect(types("The resolution calls on Iran to halt enrichment.")).toEqual([]);
    expect(coded(["Chile called for Peru to release the fishermen."])).toEqual([["REQUEST", "CHL", "PER"]]);
  });

  it("to demonstrate something is to show it; to demonstrate outside an embassy is to protest", () => {
    expect(types("The drills demonstrated the strength of the alliance, Peru said.")).toEqual([]);
    expect(types("As Chile has demonstrated repeatedly, Bolivia cannot win.")).toEqual([]);
    expect(coded(["Thousands of Bolivian workers demonstrated outside the Chilean embassy."])).toEqual([["PROTEST", "BOL", "CHL"]]);
  });

  it("capturing images, a market or attention seizes no one", () => {
    expect(types("A satellite captured images of the Chilean base last week.")).toEqual([]);
    expect(types("The Peruvian firm captured a large share of the Chilean market.")).toEqual([]);
    expect(types("Chilean troops captured two Peruvian soldiers near the border.")).toEqual(["COERCE"]);
  });

  it("a noun of attack that classifies another noun names a kind of weapon, not an attack", () => {
    expect(types("Peru wants to boost its naval strike capabilities in the Pacific.")).toEqual([]);
    expect(types("The Chilean strike group sailed north on Monday.")).toEqual([]);
    expect(types("The Chilean strike on the Peruvian port killed three people.")).toEqual(["ASSAULT"]);
  });

  it("troops that arrive somewhere are deployed there, however long their description", () => {
    expect(types('About 900 Peruvian marines from the "Sea Wolves" unit had arrived in Lima by ship.')).toEqual([]);
    expect(types("The Peruvian president arrived in Chile on Monday.")).toEqual(["CONSULT"]);
  });
});

describe("names that are no parties (loaders/events/name-parts.ts)", () => {
  it("a state named inside an institution's name or an office's remit is no party", () => {
    expect(coded(["On Thursday, the U.S. Director for Korean and Mongolian Affairs briefed UN member states on the report."]).flat()).not.toContain("MNG");
    expect(types("Park, of the Korea Institute for Defense Studies, met Japanese officials in Tokyo on Monday.")).toEqual([]);
    // A government body's name keeps its state.
    expect(coded(["The Indian Ministry of External Affairs said India had agreed to a ceasefire with Pakistan."])).toEqual([["AGREE", "IND", "PAK"]]);
    expect(coded(["South Korean officials met Japanese officials in Tokyo on Monday."])).toEqual([["CONSULT", "KOR", "JPN"]]);
    // "the" opens another name: the state before it is a party of its own.
    expect(coded(["North Korea and the Center for Strategic and International Studies both warned Japan of consequences."])).toEqual([["THREATEN", "PRK", "JPN"]]);
  });

  it("a region's word before a state's name makes it another place's name", () => {
    expect(coded(["The Trump administration has designated several Latin American cartels as terrorist organizations."]).flat()).not.toContain("USA;USA");
    expect(coded(["The Trump administration has designated several Latin American cartels as terrorist organizations."]).map((r) => r[2])).not.toContain("USA");
    expect(coded(["North Korea sent troops to Russia."])).toEqual([["MOBILIZE", "PRK", "RUS"]]);
  });

  it("a city heading a sentence before a colon or a dash is a dateline, not the actor", () => {
    expect(coded(["Brussels: The president warned Russia of grave consequences."])).toEqual([]);
    expect(coded(["LIMA: Chilean officials warned Peru of grave consequences."])).toEqual([["THREATEN", "CHL", "PER"]]);
  });
});

describe("a relative clause's subject is the noun its pronoun stands for (loaders/events/relative-subject.ts)", () => {
  it("a noun naming no party leaves the act without a party named before it", () => {
    expect(coded(['Chile called the launch "a provocation" that threatens regional security.'])).toEqual([["ACCUSE", "CHL", ""]]);
    expect(types("None of the countries that provide assistance to Ukraine is under sanctions, Kyiv said.")).toEqual([]);
    expect(types("Peru launched a satellite that failed to reach orbit.")).not.toContain("REJECT");
  });

  it("a party inside the noun's phrase, or before the pronoun, is the subject still", () => {
    expect(coded(["The North Korean troops that fought in Kursk were withdrawn."])).toEqual([["RETREAT", "PRK", ""]]);
    expect(coded(["Peru, which has long supplied rifles to Chile, denied the report."])).toContainEqual(["AID", "PER", "CHL"]);
    expect(coded(["Japan condemned the missiles that Russia fired at Kyiv."])).toContainEqual(["ASSAULT", "RUS", "UKR"]);
    // A predicate's noun is the copula's subject.
    expect(coded(["Peru was the first country that sold rifles to Bolivia."])).toEqual([["AID", "PER", "BOL"]]);
  });

  it("an attack's instrument is read as before: its maker stands elsewhere", () => {
    expect(coded(["Peru accused Chile of breaking the truce with airstrikes in the border province that killed civilians."])).toContainEqual(["ASSAULT", "CHL", ""]);
  });
});

describe("'both sides' refers back to the two sides named before, as 'the two sides' does", () => {
  it("a mutual act of both sides has both for its actors", () => {
    expect(coded(["India and Pakistan traded fire for days.", "Both sides agreed to a ceasefire on Saturday, Qatar said."])).toContainEqual(["AGREE", "IND;PAK", ""]);
    expect(coded(["Chile and Peru ended a long dispute.", "Brazil congratulated both countries on the deal."])).toContainEqual(["SUPPORT", "BRA", "CHL;PER"]);
  });
});

describe("an act of speech negated is none", () => {
  it("a threat, a praise or a call that the sentence negates makes no row of its type", () => {
    expect(types("Peru said Chile's drills do not threaten anyone.")).not.toContain("THREATEN");
    expect(types("Brazil did not praise Argentina's plan.")).toEqual([]);
    expect(types("Japan has never threatened China.")).toEqual([]);
    expect(types("Japan threatened China with sanctions.")).toContain("THREATEN");
  });
});
