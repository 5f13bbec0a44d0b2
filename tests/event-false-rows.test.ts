import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("a visit names whom it visits (event_needs_target)", () => {
  it("a leader's tour of a place at home, or a trip to no named side, is no meeting", () => {
    expect(types("Kim Jong Un visited a tank factory on Tuesday and praised its workers.")).not.toContain("CONSULT");
    expect(types("Putin visited a military hospital outside Moscow.")).not.toContain("CONSULT");
    expect(types("Chile's president travelled to the flooded southern provinces on Monday.")).not.toContain("CONSULT");
    expect(types("The Peruvian defence minister toured a naval base during a visit to the coast.")).not.toContain("CONSULT");
    expect(types("Soldiers staged a parade during Kim's visit to their barracks.")).not.toContain("CONSULT");
    expect(types("Japan's prime minister will head to the earthquake zone later this week.")).not.toContain("CONSULT");
  });

  it("a visit to another side, named in any of its sentences, is a meeting", () => {
    expect(coded(["Kim Jong Un visited Russia in September."])).toContainEqual(["CONSULT", "PRK", "RUS"]);
    expect(coded(["Chile's president travelled to Peru on Monday."])).toContainEqual(["CONSULT", "CHL", "PER"]);
    expect(coded(["Putin's visit to Vietnam drew protests in the West."])).toContainEqual(["CONSULT", "RUS", "VNM"]);
    expect(coded(["Japan's prime minister paid a visit to Seoul in May.", "During the visit, he toured a shipyard."])).toEqual([["CONSULT", "JPN", "KOR"]]);
  });
});

describe("a launch told with what it hit is a strike; a launcher is a weapon (fired-with-harm, missile-tests)", () => {
  it("missiles, rockets or drones launched and told with their targets or their dead are an attack", () => {
    expect(coded(["Russia launched over 30 missiles, killing at least 12 civilians in Kharkiv."])).toEqual([["ASSAULT", "RUS", ""]]);
    expect(coded(["Iran fired three ballistic missiles, resulting in the deaths of two soldiers."])).toEqual([["ASSAULT", "IRN", ""]]);
    expect(coded(["Iraq launched missiles targeting Kuwait in 1991."])).toEqual([["ASSAULT", "IRQ", "KWT"]]);
    expect(coded(["Chad launched rockets targeting rebel positions in Sudan on Monday."])).toEqual([["ASSAULT", "TCD", ""]]);
    expect(types("Hezbollah fired dozens of rockets into northern Israel, wounding five people.")).toEqual(["ASSAULT"]);
    expect(types("Eritrea launched drones, hitting a fuel depot near the border.")).toEqual(["ASSAULT"]);
  });

  it("a launch told without harm stays a show of force, and a launch system is no launch", () => {
    expect(coded(["North Korea fired two short-range ballistic missiles into the sea on Tuesday."])).toEqual([["MOBILIZE", "PRK", ""]]);
    expect(types("Pakistan test-fired a cruise missile on Friday.")).toEqual(["MOBILIZE"]);
    expect(types("Belarus showed off its new multiple rocket launch systems at a parade.")).toEqual([]);
    expect(types("Iran unveiled a drone launch platform and a missile launch vehicle in Tehran.")).toEqual([]);
    expect(types("Iran held two missile launches near the Gulf on Sunday.")).toEqual(["MOBILIZE"]);
  });
});

describe("an act a side is exposed to is none told (data/event-words.yaml exposure_adjectives)", () => {
  it("an attack after 'vulnerable to', 'exposed to', 'prone to' is a property of the side, not an attack", () => {
    expect(types("Ships in the Red Sea remain exposed to Houthi missile strikes.")).toEqual([]);
    expect(types("Kenyan border towns are vulnerable to Somali raids.")).toEqual([]);
    expect(types("The Russian fleet is vulnerable to Ukrainian drone strikes, analysts say.")).toEqual([]);
    expect(types("The new recruits are vulnerable to Ukrainian drone attacks, South Korea said.")).toEqual([]);
  });

  it("the same acts told as done are rows, and an aside of exposure leaves the clause's own act", () => {
    expect(coded(["Houthi missile strikes hit two ships on Monday."])).toEqual([["ASSAULT", "YEM", ""]]);
    expect(types("Somali militias raided coastal towns in Kenya.")).toEqual(["ASSAULT"]);
    expect(coded(["Russia's troops, vulnerable to drones, withdrew from the village."])).toEqual([["RETREAT", "RUS", ""]]);
    expect(coded(["Russia shelled the port of Kherson."])).toContainEqual(["ASSAULT", "RUS", "UKR"]);
  });
});

describe("a charge told by a participle after a noun names no accuser (accuse-verb excludes)", () => {
  it("'firms accused of', 'an officer blamed for': no one is said to accuse", () => {
    expect(types("Chile sanctioned two Peruvian firms accused of supplying drones to Russia.")).not.toContain("ACCUSE");
    // The help the companies are charged with is an act of its own (AID to Iran); the one accusation is China's.
    const criticised = coded(["China criticised sanctions on three companies accused of helping Iran."]);
    expect(criticised.filter(([type]) => type === "ACCUSE")).toEqual([["ACCUSE", "CHN", ""]]);
    expect(types("A Russian officer blamed for the strike on Kramatorsk was sanctioned by Japan.")).not.toContain("ACCUSE");
  });

  it("an accuser named as subject, after a relative, or as speaker of a passive keeps the charge", () => {
    expect(coded(["The United States accused Iran of sending drones to Russia."])).toContainEqual(["ACCUSE", "USA", "IRN"]);
    expect(coded(["Kyiv blamed Moscow for the attack on the dam."])).toEqual([["ACCUSE", "UKR", "RUS"]]);
    expect(types("Chile sanctioned the companies it accused of supplying drones to Russia.")).toContain("ACCUSE");
    expect(types("Iran is accused of sending drones to Russia, US officials said.")).toContain("ACCUSE");
  });
});

describe("a mutual act told first by one of its sides, then by both, is one event (merging.ts)", () => {
  it("a pact signed in a capital on a day, and signed by both sides that month, is one row of both sides", () => {
    expect(coded(["The treaty was signed in Pyongyang on June 19, 2024, to deepen ties.", "The Treaty of Friendship between Russia and North Korea, signed by Kim Jong Un and Vladimir Putin in June, has entered into force."], "2024-12-06")).toEqual([["AGREE", "RUS", "PRK"]]);
    expect(coded(["The treaty was signed by Peru on March 3, 2024.", "The Treaty of Lima between Peru and Chile, signed by both presidents in March, has entered into force."], "2024-09-06")).toEqual([["AGREE", "PER", "CHL"]]);
  });

  it("pacts of other months or other sides stay apart", () => {
    expect(coded(["The treaty was signed by Peru on March 3, 2024.", "The Treaty of Quito between Ecuador and Colombia, signed by both presidents in July, has entered into force."], "2024-09-06")).toHaveLength(2);
    expect(coded(["The treaty was signed by Peru on March 3, 2024.", "The Treaty of Lima between Bolivia and Chile, signed by both presidents in March, has entered into force."], "2024-09-06")).toHaveLength(2);
  });
});

describe("refusing to comment, like declining to, is no refusal between parties (reject-verb excludes)", () => {
  it("refusing to confirm, say, comment or disclose makes no REJECT row", () => {
    expect(types("South Korea's military refused to confirm whether it was behind the drone flights.")).toEqual([]);
    expect(types("Chile's foreign ministry refused to comment on the report.")).toEqual([]);
    expect(types("Japan refused to say whether it had received the request from Seoul.")).toEqual([]);
    expect(types("Peru refused to disclose details of its talks with Bolivia.")).toEqual([]);
  });

  it("refusing an offer or a recognition is a refusal", () => {
    expect(coded(["Chile refused Peru's offer of talks."])).toEqual([["REJECT", "CHL", "PER"]]);
    expect(types("Serbia refused to recognise Kosovo's independence.")).toEqual(["REJECT"]);
  });
});

describe("an act forbidden is none told (event-words.yaml prohibition_words)", () => {
  it("supplies under a ban, an embargo or a moratorium make no AID row; the ban's own act stays", () => {
    expect(types("UN resolutions prohibit the supply of arms to North Korea.")).toEqual([]);
    expect(coded(["Trump lifted a moratorium on supplies of bombs to Israel."])).toEqual([["CONCEDE", "USA", "ISR"]]);
    expect(types("The EU kept its embargo on arms sales to China.")).toEqual([]);
    expect(coded(["Germany imposed a ban on weapons deliveries to Saudi Arabia."])).toEqual([["SANCTION", "DEU", "SAU"]]);
    expect(coded(["Chile eased restrictions on arms exports to Peru."])).toEqual([["CONCEDE", "CHL", "PER"]]);
  });

  it("the same supplies told as made are rows", () => {
    expect(coded(["Germany resumed weapons deliveries to Saudi Arabia."])).toEqual([["AID", "DEU", "SAU"]]);
    expect(coded(["Iran supplied drones to Russia in 2022."])).toEqual([["AID", "IRN", "RUS"]]);
  });
});

describe("sanctions removed, scrapped or waived are none imposed (sanctions-noun excludes)", () => {
  it("a removal of sanctions makes no SANCTION row", () => {
    expect(types("Washington said removing the sanctions on Burma is out of the question.")).toEqual([]);
    expect(coded(["Japan will scrap its sanctions on Iran next year."])).toEqual([["CONCEDE", "JPN", "IRN"]]);
    expect(types("The EU waived some sanctions on Syria for six months.")).not.toContain("SANCTION");
    expect(types("Canada dropped its sanctions on Belarus in 2016.")).not.toContain("SANCTION");
  });

  it("sanctions imposed or extended are rows", () => {
    expect(coded(["The United States imposed new sanctions on Iran on Friday."])).toEqual([["SANCTION", "USA", "IRN"]]);
    expect(coded(["Britain extended its sanctions on Russia."])).toEqual([["SANCTION", "GBR", "RUS"]]);
  });
});

describe("an inquiry into a mishap accuses no one", () => {
  it("makes no ACCUSE row of teams investigating a crash or a case", () => {
    expect(types("A cargo plane crashed near Arica, with rescue teams working to put out a fire and investigate the incident.")).not.toContain("ACCUSE");
    expect(types("Peru offered to have its aviation board investigate this case.")).not.toContain("ACCUSE");
  });

  it("still reads an investigation into a party", () => {
    expect(types("Chilean prosecutors launched an investigation into Peruvian officials.")).toContain("ACCUSE");
  });
});

describe("a view shared and a campaign ended are no acts between sides (agree-verb, sanction-verb)", () => {
  it("agreeing with someone about something shares a view; agreeing with a side on a step is a pact", () => {
    expect(types("Chile's foreign minister agreed with Peru's envoy about the likely winner of the vote.")).not.toContain("AGREE");
    expect(coded(["Chile agreed with Peru on a ceasefire."])).toContainEqual(["AGREE", "CHL", "PER"]);
  });

  it("a candidate suspending a campaign of its own lays no penalty; suspending a side's membership does", () => {
    expect(types("Chile's president, who suspended his own presidential campaign in February, criticized Peru.")).not.toContain("SANCTION");
    expect(coded(["Chile suspended Peru's membership."])).toEqual([["SANCTION", "CHL", "PER"]]);
  });
});
