import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
/** Type, actor, target and status of each row the coder makes of one sentence. */
const coded = (sentence: string) =>
  extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => [r.event_type, r.actor, r.target, r.status]);
const types = (sentence: string) => coded(sentence).map(([t]) => t);

describe("a meeting refused is none held (the meet trigger is the verb alone)", () => {
  it("declined, refused, failed or would never meet make no CONSULT row; the refusal stays", () => {
    expect(types("Egypt declined to meet Israel in Cairo.")).toEqual(["REJECT"]);
    expect(types("Kenya refused to meet Uganda's president.")).toEqual(["REJECT"]);
    expect(types("France refused to meet with Iran last week.")).not.toContain("CONSULT");
    expect(types("Peru is declining to meet Chile's envoys.")).not.toContain("CONSULT");
    expect(types("Spain would never meet Morocco under such terms.")).not.toContain("CONSULT");
    expect(types("Ghana failed to meet Togo's envoy.")).not.toContain("CONSULT");
  });

  it("a meeting held, agreed or ahead is still a CONSULT row", () => {
    expect(coded("Brazil met with Argentina on Monday.")).toContainEqual(["CONSULT", "BRA", "ARG", "occurred"]);
    expect(coded("Japan will meet South Korea in Tokyo next week.")).toContainEqual(["CONSULT", "JPN", "KOR", "planned"]);
    expect(types("Egypt agreed to meet Israel in Cairo.")).toContain("CONSULT");
  });
});

describe("an act's noun phrase whose predicate plans it is planned (planning_predicates)", () => {
  it("is scheduled, expected, planned, slated or due after the act makes it planned", () => {
    expect(coded("A visit by the French president to Algeria is scheduled for March.")).toEqual([["CONSULT", "FRA", "DZA", "planned"]]);
    expect(coded("A visit by the Indian prime minister to Russia is expected next month.")).toEqual([["CONSULT", "IND", "RUS", "planned"]]);
    expect(coded("Talks between Armenia and Azerbaijan are planned for next week.")).toEqual([["CONSULT", "ARM", "AZE", "planned"]]);
    expect(coded("The summit between Japan and China is now expected in the spring.")).toEqual([["CONSULT", "JPN", "CHN", "planned"]]);
    expect(coded("A meeting of Kenya with Uganda was originally slated for Friday.")).toEqual([["CONSULT", "KEN", "UGA", "planned"]]);
    expect(coded("The deployment of Chadian troops to Niger is due in June.")).toEqual([["MOBILIZE", "TCD", "NER", "planned"]]);
  });

  it("a predicate of another kind, or a planning word in a relative clause, leaves the act occurred", () => {
    expect(coded("A visit by the German chancellor to Poland took place on Monday.")).toEqual([["CONSULT", "DEU", "POL", "occurred"]]);
    expect(coded("France's visit to Mali was a success.")).toEqual([["CONSULT", "FRA", "MLI", "occurred"]]);
    expect(coded("Talks between Peru and Chile, which were scheduled for May, ended on Monday.")).toEqual([["CONSULT", "PER", "CHL", "occurred"]]);
  });
});

describe("a party in an aside after the subject describes it (apposition_openers)", () => {
  it("the subject before the aside acts, not the body the aside names", () => {
    expect(coded("Kenyan troops, part of an African Union force, attacked al-Shabaab positions in Somalia.")[0]?.slice(0, 2)).toEqual(["ASSAULT", "KEN"]);
    expect(coded("Ugandan soldiers, part of the African Union mission, attacked militants near Mogadishu.")[0]?.slice(0, 2)).toEqual(["ASSAULT", "UGA"]);
    expect(coded("French troops, part of a NATO force, attacked Serbian positions.")[0]?.slice(0, 3)).toEqual(["ASSAULT", "FRA", "SRB"]);
    expect(coded("Chadian soldiers, members of a UN force, shelled rebel camps in Mali.")[0]?.slice(0, 2)).toEqual(["ASSAULT", "TCD"]);
    expect(coded("Polish jets, one of the NATO contingents, intercepted Russian aircraft.")[0]?.slice(0, 2)).toEqual(["ASSAULT", "POL"]);
    expect(coded("Egypt, the largest Arab state, condemned Israel on Monday.")[0]?.slice(0, 3)).toEqual(["ACCUSE", "EGY", "ISR"]);
  });

  it("a list of parties between commas is no aside", () => {
    expect(coded("France, Germany and Italy condemned Russia.")[0]?.slice(0, 3)).toEqual(["ACCUSE", "FRA;DEU;ITA", "RUS"]);
  });
});

describe("the 'on' target of an attack is read in the trigger's clause, not a window of characters", () => {
  it("a place after 'on' far after the trigger, in the same clause, is the target", () => {
    expect(coded("Russia has used the Iranian drones in several recent attacks on Kharkiv.")).toContainEqual(["ASSAULT", "RUS", "UKR", "occurred"]);
    expect(coded("Russia launched dozens of its new long-range drones in overnight attacks on Kharkiv.")).toContainEqual(["ASSAULT", "RUS", "UKR", "occurred"]);
    expect(coded("Iran fired more than 200 ballistic missiles and several drones on Israel.")).toContainEqual(["ASSAULT", "IRN", "ISR", "occurred"]);
    expect(coded("Israel carried out a fresh wave of deadly overnight air strikes on southern Lebanon.")).toContainEqual(["ASSAULT", "ISR", "LBN", "occurred"]);
  });

  it("an 'on' of another clause is not the attack's", () => {
    expect(coded("Russia launched missiles at Kyiv and imposed sanctions on Moldova.")).toContainEqual(["ASSAULT", "RUS", "UKR", "occurred"]);
    expect(coded("Russia launched drones at Kyiv after talks on Ukraine collapsed.")[0]).toEqual(["ASSAULT", "RUS", "UKR", "occurred"]);
  });
});

describe("an act given with two objects goes to the first (giving_verbs)", () => {
  it("the party right after a verb of giving receives the act's noun; the verb's subject gives it", () => {
    expect(coded("The United States agreed to sell Saudi Arabia a defence package worth $142 billion.")).toContainEqual(["AID", "USA", "SAU", "occurred"]);
    expect(coded("Biden gave Ukraine a new security package on Monday.")).toEqual([["AID", "USA", "UKR", "occurred"]]);
    expect(coded("Germany sent Ukraine a military aid package to help its air defences.")).toEqual([["AID", "DEU", "UKR", "occurred"]]);
    expect(coded("Japan handed the Philippines a military aid package last year.")).toEqual([["AID", "JPN", "PHL", "occurred"]]);
    expect(coded("France offered Iran talks on its nuclear programme.")).toEqual([["CONSULT", "FRA", "IRN", "occurred"]]);
  });

  it("without a verb of giving the noun's own roles stand", () => {
    expect(coded("Canada announced a new military aid package for Ukraine on Monday.")).toEqual([["AID", "CAN", "UKR", "occurred"]]);
  });
});
