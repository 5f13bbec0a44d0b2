/**
 * Acts told inside reported words (sentences made up for the purpose): the clause a speaker
 * reports is read like any clause, whatever stands between the verb of saying and it, and
 * the act's words are general English (verbs of sending, training, buying, threatening).
 */
import { describe, expect, it } from "vitest";
import { extractEvents, type EventRow } from "../loaders/events/index.ts";
import { makeEventDoc } from "./helpers.ts";

const events = (text: string, published?: string): EventRow[] => extractEvents(makeEventDoc([text], published));
const brief = (rows: EventRow[], type: string) => rows.filter((r) => r.event_type === type).map((r) => [r.actor, r.target, r.status]);

describe("a month named May is no modal", () => {
  it("'reported in May that' leaves the reported transfer standing, alleged, and its accusation", () => {
    const rows = events("The Chilean navy reported in May that Peru had supplied Bolivia with 300 mortar shells.", "2024-09-01");
    expect(brief(rows, "AID")).toEqual([["PER", "BOL", "alleged"]]);
    expect(brief(rows, "ACCUSE")).toEqual([["CHL", "PER;BOL", "occurred"]]);
  });
  it("'said on May 3' before an attack", () => {
    expect(brief(events("Peru said on May 3 that Chile had shelled Peruvian border posts.", "2024-09-01"), "ASSAULT")).toEqual([["CHL", "PER", "occurred"]]);
  });
  it("the modal 'may' still makes the act possible, not done", () => {
    expect(brief(events("Peru may send rifles to Bolivia, officials in Lima said."), "AID")).toEqual([["PER", "BOL", "planned"]]);
  });
});

describe("the act inside the reported clause, in the general words of news", () => {
  it("a strike aimed by a participle ('targeting', 'aimed at')", () => {
    expect(brief(events("Chile's armed forces said on Monday that they had launched a drone strike targeting rebels in Peru."), "ASSAULT")).toEqual([["CHL", "PER", "occurred"]]);
    expect(brief(events("Bolivian jets carried out raids aimed at Peruvian border posts overnight."), "ASSAULT")).toEqual([["BOL", "PER", "occurred"]]);
  });
  it("a transfer whose receiver stands after a long, coordinated object", () => {
    const rows = events("Chile has transferred two batteries of long-range air defence missiles and three armoured recovery vehicles to Peru, Bolivia's defence ministry said.");
    expect(brief(rows, "AID")).toEqual([["CHL", "PER", "alleged"]]);
  });
  it("goods dispatched are a transfer; forces dispatched a deployment; an envoy neither", () => {
    expect(brief(events("Bolivia dispatched fuel shipments totalling 40,000 barrels to Peru in March, Chile said."), "AID")).toEqual([["BOL", "PER", "alleged"]]);
    expect(brief(events("Chile dispatched two battalions to the Peruvian border."), "AID")).toEqual([]);
    expect(events("Chile dispatched an envoy to Peru.")).toEqual([]);
  });
  it("retraining another side's forces is training aid", () => {
    expect(brief(events("Peru's intelligence chief said Chilean instructors are retraining Bolivian pilots."), "AID")).toEqual([["CHL", "BOL", "alleged"]]);
  });
  it("arms bought or ordered, named by their maker's demonym, are the maker's sale", () => {
    expect(brief(events("Peru ordered 24 Swedish fighter jets in a deal worth $3 billion."), "AID")).toEqual([["SWE", "PER", "occurred"]]);
    expect(brief(events("Chile bought Israeli drones last year."), "AID")).toEqual([["ISR", "CHL", "occurred"]]);
    expect(events("Kim ordered the mass production of new attack drones.")).toEqual([]);
  });
  it("police and peacekeepers sent abroad move as troops, with adverbials before the place", () => {
    expect(brief(events("A unit of Kenyan police arrived in Haiti on Monday, officials in Port-au-Prince said."), "MOBILIZE")).toEqual([["KEN", "HTI", "alleged"]]);
    expect(brief(events("Kenyan police arrived in Haiti on Monday."), "CONSULT")).toEqual([]);
    expect(brief(events("Some 2,000 Bolivian troops travelled earlier this month by train to Peru's southern border."), "MOBILIZE")).toEqual([["BOL", "PER", "occurred"]]);
    expect(brief(events("More Bolivian troops were en route to Peru, Chile said."), "MOBILIZE")).toEqual([["BOL", "PER", "alleged"]]);
  });
  it("weapons used against a side, and weapons intercepted, in the passive with the doer after 'by'", () => {
    expect(brief(events("Peruvian rockets were used against Chilean towns by Bolivia, the report says."), "ASSAULT")).toEqual([["BOL", "CHL", "occurred"]]);
    expect(brief(events("Most of the incoming drones were intercepted by Peru and its partners."), "ASSAULT")).toEqual([["PER", "", "occurred"]]);
  });
});

describe("speech acts the reported words make", () => {
  it("'will pay for it' said of a side threatens it; 'will not go unanswered' threatens no side named", () => {
    expect(brief(events("Peru made a grave mistake and it will pay for it, the Chilean president said."), "THREATEN")).toEqual([["CHL", "PER", "occurred"]]);
    expect(brief(events("Bolivia will pay a heavy price for this, Chile said on Sunday."), "THREATEN")).toEqual([["CHL", "BOL", "occurred"]]);
    expect(brief(events("Chile said the attack on its embassy would not go unanswered."), "THREATEN")).toEqual([["CHL", "", "occurred"]]);
  });
  it("paying a debt is no threat", () => {
    expect(brief(events("Chile will pay its debts to Peru next year, officials said."), "THREATEN")).toEqual([]);
  });
  it("gratitude expressed to a side supports it", () => {
    expect(brief(events("Chile's president expressed gratitude to Peru for its help after the floods."), "SUPPORT")).toEqual([["CHL", "PER", "occurred"]]);
  });
});

describe("a few words the writer quotes inside the reported clause are read as the clause's words", () => {
  it("the act whose verb or object stands in the quotation", () => {
    expect(brief(events("Peru is “likely receiving advanced technologies” from Chile, Bolivia's defence minister said."), "AID")).toEqual([["CHL", "PER", "alleged"]]);
    expect(brief(events("Chile “transferred advanced drones” to Peru last year, Bolivia said."), "AID")).toEqual([["CHL", "PER", "alleged"]]);
    expect(brief(events("Bolivia has deployed “several thousand” troops to Peru, Chile said."), "MOBILIZE")).toEqual([["BOL", "PER", "alleged"]]);
  });
  it("a quoted sentence stays its speaker's words: a party's speech inside it is no act of the party", () => {
    const rows = events("“Chile keeps lying about Peru,” the Bolivian minister said.");
    expect(brief(rows, "ACCUSE").filter(([actor]) => actor === "CHL")).toEqual([]);
  });
});

describe("verbs of speech the statements know, coded as the acts they are", () => {
  it("phrasal verbs of condemning accuse the side they aim at", () => {
    for (const verb of ["hit out at", "took aim at", "railed against", "lashed out at", "derided", "ridiculed"]) {
      expect(brief(events(`Chile ${verb} Peru on Monday over the seizure of its trawlers.`), "ACCUSE")).toEqual([["CHL", "PER", "occurred"]]);
    }
  });
  it("a claim refuted, disputed or brushed off is a denial aimed at the claimant", () => {
    for (const verb of ["refuted", "disputed", "brushed off", "shrugged off", "played down"]) {
      expect(brief(events(`Peru ${verb} Chile's claims about the raid.`), "REJECT")).toEqual([["PER", "CHL", "occurred"]]);
    }
  });
  it("a border dispute, disputed islands or a threat played down are no denial", () => {
    expect(brief(events("Chile and Peru settled their border dispute in May."), "REJECT")).toEqual([]);
    expect(brief(events("Peru disputed the border with Chile for decades."), "REJECT")).toEqual([]);
    expect(brief(events("Peru played down the threat from Chile."), "REJECT")).toEqual([]);
  });
});

describe("the act a charge names is alleged, whatever its kind", () => {
  it("accused of, charged with, blamed for: the act after the charge is a claim", () => {
    expect(brief(events("Chile accused Peru of attacking Bolivia."), "ASSAULT")).toEqual([["PER", "BOL", "alleged"]]);
    expect(brief(events("Chile blamed Peru for shelling Bolivia last week."), "ASSAULT")).toEqual([["PER", "BOL", "alleged"]]);
    expect(brief(events("Chile has accused Peru of sending troops to Bolivia."), "MOBILIZE")).toEqual([["PER", "BOL", "alleged"]]);
  });

  it("an act told outright, beside a charge of something else, stays as told", () => {
    expect(brief(events("Peru attacked Bolivia on Monday."), "ASSAULT")).toEqual([["PER", "BOL", "occurred"]]);
  });
});

describe("a date between the speaker and the verb dates what was said", () => {
  it("'The Chilean government on Friday said …': the accusation is dated Friday", () => {
    const rows = events("The Chilean government on Friday said Peru had sent weapons to Bolivia.", "2024-06-10");
    expect(rows.filter((r) => r.event_type === "ACCUSE").map((r) => [r.actor, r.date])).toEqual([["CHL", "2024-06-07"]]);
  });
});
