/**
 * Events a report implies and acts told in the common phrasings of news (sentences made up
 * for the purpose): a state's speaker who reports another side's attack accuses it; a
 * speaker who says its own side will give or free something makes a promise.
 */
import { describe, expect, it } from "vitest";
import { extractEvents, type EventRow } from "../loaders/events/index.ts";
import { makeEventDoc } from "./helpers.ts";

const events = (...texts: string[]): EventRow[] => extractEvents(makeEventDoc(texts));
const pick = (rows: EventRow[], type: string) => rows.filter((r) => r.event_type === type);

describe("an attack a state's speaker reports is an accusation of the attacker", () => {
  it("the victim's officials accuse the attacker", () => {
    const rows = events("Chile shelled a border post in Peru overnight, Peruvian officials said on Tuesday.");
    expect(pick(rows, "ASSAULT").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
    expect(pick(rows, "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["PER", "CHL"]]);
  });
  it("a side that reports its own attack accuses no one", () => {
    const rows = events("Chile shelled a border post in Peru overnight, Chilean officials said on Tuesday.");
    expect(pick(rows, "ACCUSE")).toEqual([]);
  });
  it("missiles fired into the speaker's country accuse the side that fired them, not the speaker", () => {
    const rows = events("Peru fired missiles into Chile last week, a Chilean official said Thursday.");
    expect(pick(rows, "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
  it("troops sent to a third side accuse both sides of the transfer", () => {
    expect(pick(events("Bolivia sent troops to Peru, Chile said on Monday."), "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["CHL", "BOL;PER"]]);
  });
  it("a list of states before the verb is one speaker, though its commas open clauses", () => {
    const rows = events("The United States, Britain, France and Germany said that Iran had transferred missiles to Russia.");
    expect(pick(rows, "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["USA;GBR;FRA;DEU", "IRN;RUS"]]);
    expect(pick(rows, "AID").map((r) => r.status)).toEqual(["alleged"]);
  });
  it("an attack told without a speaker is no accusation", () => {
    expect(pick(events("Chile shelled a border post in Peru overnight."), "ACCUSE")).toEqual([]);
  });
});

describe("a speaker's own promise", () => {
  it("'said it will give' is an agreement of the speaker's side", () => {
    const rows = pick(events("Norway said on Monday it will give Mali a loan of 20 million dollars."), "AGREE");
    expect(rows.map((r) => [r.actor, r.target, r.event_mode])).toEqual([["NOR", "MLI", "promise"]]);
  });
  it("a side's own coming aid that its statement announces is a promise beside the aid", () => {
    const rows = events("Chile will give Peru emergency aid, the Chilean foreign minister said.");
    expect(pick(rows, "AID").map((r) => [r.actor, r.target, r.status])).toEqual([["CHL", "PER", "planned"]]);
    expect(pick(rows, "AGREE").map((r) => [r.actor, r.target, r.event_mode])).toEqual([["CHL", "PER", "promise"]]);
  });
  it("another side's coming aid is no promise of the speaker's", () => {
    expect(pick(events("Chile will give Peru emergency aid, the Bolivian foreign minister said."), "AGREE")).toEqual([]);
  });
  it("another side's plan that a speaker reports is no promise", () => {
    expect(pick(events("Norway said on Monday that Mali will give Chile a loan."), "AGREE").filter((r) => r.event_mode === "promise")).toEqual([]);
  });
});

describe("reported speech: 'would' after a past verb of saying is a plan", () => {
  it("'said it would send' is a planned act", () => {
    const rows = pick(events("Chile said on Monday that it would send troops to Peru."), "MOBILIZE");
    expect(rows.map((r) => [r.actor, r.target, r.status])).toEqual([["CHL", "PER", "planned"]]);
  });
  it("a condition in the reported clause still makes no act", () => {
    expect(pick(events("Chile said that if attacked it would send troops to Peru."), "MOBILIZE")).toEqual([]);
  });
  it("'would' without a verb of saying is a condition", () => {
    expect(pick(events("Chile would send troops to Peru if asked."), "MOBILIZE")).toEqual([]);
  });
});

describe("acts in the common phrasings of news", () => {
  it("an aid package or an approved sale for a state is aid to it", () => {
    expect(pick(events("Canada announced a new military aid package for Ukraine on Monday."), "AID").map((r) => [r.actor, r.target])).toEqual([["CAN", "UKR"]]);
    expect(pick(events("The US State Department approved a possible sale of spare parts to Taiwan."), "AID").map((r) => [r.actor, r.target])).toEqual([["USA", "TWN"]]);
  });
  it("training another side's troops is military aid; training one's own soldiers is none", () => {
    expect(pick(events("Chile has been training Peruvian troops on new rifles."), "AID").map((r) => [r.actor, r.target, r.event_mode])).toEqual([["CHL", "PER", "training"]]);
    expect(pick(events("Chile is training 10,000 soldiers to support Peru."), "AID")).toEqual([]);
  });
  it("establishing diplomatic ties is support; seeking refuge is a request; a speaker's boycott is a threat", () => {
    expect(pick(events("Sri Lanka has established diplomatic ties with Iran."), "SUPPORT").map((r) => [r.actor, r.target])).toEqual([["LKA", "IRN"]]);
    expect(pick(events("Some 800 Chilean families sought refuge in Peru last month."), "REQUEST").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
    expect(pick(events("Peru said it would boycott all official contact with Chile."), "THREATEN").map((r) => [r.actor, r.target])).toEqual([["PER", "CHL"]]);
  });
});

describe("attacks and deployments told as nouns", () => {
  it("a demonym's strike is an attack by that side; a report of it by the victim is an accusation", () => {
    const rows = events("A child was killed in a Peruvian strike in the south on Thursday, the Chilean health ministry said.");
    expect(pick(rows, "ASSAULT").map((r) => r.actor)).toEqual(["PER"]);
    expect(pick(rows, "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
  it("a workers' general strike is a protest, not an attack", () => {
    const rows = events("Peruvian workers staged a general strike against Chile.");
    expect(pick(rows, "ASSAULT")).toEqual([]);
    expect(pick(rows, "PROTEST").length).toBe(1);
  });
  it("deployments of troops, counted with a comma, are deployments", () => {
    expect(pick(events("Bolivia thanked Chile for its deployments of soldiers to aid Bolivia."), "MOBILIZE").map((r) => [r.actor, r.target])).toEqual([["CHL", "BOL"]]);
    expect(pick(events("The deployment of around 6,000 Chilean troops to Peru is expected by December."), "MOBILIZE").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
});

describe("the subject of a verb in a clause of time", () => {
  it("a party that qualifies the subject's head noun ('after Kyiv's troops seized') is the actor", () => {
    const rows = events("Pyongyang sent soldiers in November, after Peruvian troops seized Chilean territory.");
    expect(pick(rows, "ASSAULT").map((r) => [r.actor, r.target, r.event_mode])).toEqual([["PER", "CHL", "territory taken"]]);
    expect(pick(events("Bolivia protested, after Chile's forces recaptured the Peruvian town of Tacna."), "ASSAULT").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
  it("'Chile-occupied territories' describes land and tells no attack", () => {
    expect(pick(events("Peru plans to send engineers to Chile-occupied territories of Bolivia next month."), "ASSAULT")).toEqual([]);
  });
  it("land seized is an attack, goods seized a coercion", () => {
    expect(pick(events("Chilean troops seized Peruvian territory near the border in August."), "COERCE")).toEqual([]);
    expect(pick(events("Peru said it had launched a number of attacks on military positions in northern Chile."), "ASSAULT").map((r) => [r.actor, r.target])).toEqual([["PER", "CHL"]]);
  });
});

describe("threats and praise in common phrasings", () => {
  it("a speaker's side promising responses or 'necessary measures' threatens", () => {
    expect(pick(events("\"Peru keeps sending soldiers to the border, and we will have tangible responses to this,\" the Chilean president said."), "THREATEN").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
    expect(pick(events("Chile has promised to take \"necessary measures\" against Peru."), "THREATEN").map((r) => r.actor)).toEqual(["CHL"]);
  });
  it("hailing an agreement with a side is support of it", () => {
    expect(pick(events("Peru hailed a landmark defence agreement with Chile on Monday."), "SUPPORT").map((r) => [r.actor, r.target])).toEqual([["PER", "CHL"]]);
  });
});

describe("a side that negates its own contested act denies it", () => {
  it("'said his government had not transferred any weapons' is a denial aimed at the accuser", () => {
    const rows = events("Chile accused Peru of sending missiles to Bolivia.", "Following the allegations, Peru's president said his government had not transferred any weapons to Bolivia.");
    expect(pick(rows, "REJECT").map((r) => [r.actor, r.target])).toEqual([["PER", "CHL"]]);
  });
  it("another side's negated act, or one told without a speaker, is no denial", () => {
    expect(pick(events("Peru said Chile had not sent weapons to Bolivia."), "REJECT")).toEqual([]);
    expect(pick(events("Peru has not sent weapons to Bolivia."), "REJECT")).toEqual([]);
  });
});

describe("complaints and inquiries in common phrasings", () => {
  it("summoning another side's ambassador (a possessive before the title) is a complaint", () => {
    expect(pick(events("Chile summoned Peru's ambassador on Monday."), "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
  it("a hearing opened with its day before 'into' is an inquiry", () => {
    expect(pick(events("Chile's high court opened a hearing Wednesday into abuses by Peruvian guards."), "ACCUSE").map((r) => r.actor)).toEqual(["CHL"]);
  });
  it("accepting the other side's demands is a concession", () => {
    expect(pick(events("The Chilean government on Thursday accepted demands from Peru that it reopen the border."), "CONCEDE").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
});

describe("words that look like an act and are not", () => {
  it("an act on its own actor ('kill themselves') is no assault", () => {
    expect(pick(events("Peruvian soldiers are instructed to kill themselves rather than be taken prisoner, according to Chile."), "ASSAULT")).toEqual([]);
  });
  it("the war's opening told in a clause of time is its setting ('since … an all-out attack')", () => {
    expect(pick(events("Lima confirmed it for the first time since Chile launched an all-out attack on Peru in February 2022."), "ASSAULT")).toEqual([]);
    expect(pick(events("Chile launched an attack on Peru on Monday."), "ASSAULT").length).toBe(1);
  });
  it("'thanks to', 'Iran-backed' and agreeing to impose sanctions make no support or agreement", () => {
    expect(pick(events("France grew its share thanks to an effort to move into regions dominated by Russia."), "SUPPORT")).toEqual([]);
    expect(pick(events("Peru-backed rebels have been trading fire with Chilean forces."), "SUPPORT")).toEqual([]);
    const rows = events("European Union countries have agreed to impose a new raft of sanctions against Russia.");
    expect(pick(rows, "AGREE")).toEqual([]);
    expect(pick(rows, "SANCTION").map((r) => [r.actor, r.target])).toEqual([["EU", "RUS"]]);
  });
  it("meeting needs or threats is no summit, however long the phrase", () => {
    expect(pick(events("The aid will help Chile meet Peru's critical security and defence needs."), "CONSULT")).toEqual([]);
    expect(pick(events("The sale improves Chile's ability to meet current and future threats."), "CONSULT")).toEqual([]);
    expect(pick(events("Chile's president will meet Peru's leader next week."), "CONSULT").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
  });
});
