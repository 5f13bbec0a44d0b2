/**
 * The general verb classes of data/event-verbs.yaml (bombard, station, blacklist, decry …):
 * each reads its verb only in the sense of its type. Our own sentences: the sense that makes
 * the act, and the other senses of the same verbs, which make none.
 */
import { describe, expect, it } from "vitest";
import { extractEvents, type EventRow } from "../loaders/events/index.ts";
import { makeEventDoc } from "./helpers.ts";

const coded = (text: string) => extractEvents(makeEventDoc([text])).map((r: EventRow) => [r.event_type, r.actor, r.target]);
const types = (text: string) => coded(text).map(([type]) => type);

describe("verbs read in the sense of their type", () => {
  it("attacks: pounded, stormed, rammed, exchanged fire, dropped bombs on", () => {
    expect(coded("Kenyan artillery pounded Somali positions near the border.")).toEqual([["ASSAULT", "KEN", "SOM"]]);
    expect(coded("Peruvian coast guard ships rammed a Chilean fishing boat.")).toEqual([["ASSAULT", "PER", "CHL"]]);
    expect(coded("Ethiopian troops exchanged fire with Eritrean soldiers at dawn.")).toEqual([["ASSAULT", "ETH", "ERI"]]);
    expect(coded("A Chilean jet dropped two bombs on a Peruvian outpost.")).toEqual([["ASSAULT", "CHL", "PER"]]);
  });
  it("forces stationed, reinforced, scrambled; ships sent", () => {
    expect(coded("Peru scrambled fighter jets near the border with Chile.")).toEqual([["MOBILIZE", "PER", "CHL"]]);
    expect(coded("Kenya sent two frigates to the coast of Somalia.")).toEqual([["MOBILIZE", "KEN", "SOM"]]);
  });
  it("sanctions: blacklisted, severed ties, withheld approval", () => {
    expect(coded("Canada blacklisted four Iranian shipping firms.")).toEqual([["SANCTION", "CAN", "IRN"]]);
    expect(coded("Kenya severed diplomatic relations with Somalia.")).toEqual([["SANCTION", "KEN", "SOM"]]);
  });
  it("talks by phone, a host receiving an envoy, topics discussed", () => {
    expect(coded("The Kenyan president spoke with the Ethiopian prime minister by phone on Sunday.")).toEqual([["CONSULT", "KEN", "ETH"]]);
    expect(coded("The Ethiopian prime minister received the Kenyan ambassador in Addis Ababa.")).toEqual([["CONSULT", "ETH", "KEN"]]);
  });
  it("deals inked and reached, goods handed over, aid amounts given", () => {
    expect(coded("Kenya reached a trade deal with Ethiopia on Friday.")).toEqual([["AGREE", "KEN", "ETH"]]);
    expect(coded("Canada handed over two patrol boats to Ukraine.")).toEqual([["AID", "CAN", "UKR"]]);
    expect(coded("Canada gave Kenya $40 million in humanitarian aid.")).toEqual([["AID", "CAN", "KEN"]]);
  });
  it("criticism, charges, pressing, blocking, jailing, prisoners returned", () => {
    expect(coded("Kenya castigated Somalia for the raid.")).toEqual([["ACCUSE", "KEN", "SOM"]]);
    expect(coded("Kenya pressed Ethiopia to reopen the border.").filter(([t]) => t === "REQUEST")).toEqual([["REQUEST", "KEN", "ETH"]]);
    expect(coded("Iran jailed a Canadian engineer for espionage.")).toEqual([["COERCE", "IRN", "CAN"]]);
    expect(coded("Ethiopia returned 30 Eritrean prisoners on Monday.")).toEqual([["CONCEDE", "ETH", "ERI"]]);
  });
});

describe("the other senses of the same verbs make no act", () => {
  it("reinforcing a defence network is no deployment; handing over power is no aid", () => {
    expect(types("Kenya bought radars to reinforce its air defence network.")).not.toContain("MOBILIZE");
    expect(types("The Kenyan general handed over power to a civilian government.")).not.toContain("AID");
  });
  it("executing a plan, holding talks, pressing an offensive, welcoming a decision", () => {
    expect(types("Kenya executed the plan against Somalia's wishes.")).not.toContain("COERCE");
    expect(types("Ethiopia began pressing new attacks on Eritrea.")).not.toContain("REQUEST");
    expect(types("Kenya welcomed the decision of Ethiopia to reopen the border.")).not.toContain("CONSULT");
  });
  it("a designated partner is no sanction; arms as a noun arm nobody", () => {
    expect(types("Kenya designated Ethiopia as a strategic partner.")).not.toContain("SANCTION");
    expect(types("Kenyan arms sales to Somalia worried analysts.")).not.toContain("COERCE");
    expect(coded("The Kenyan arms reached Somalia by sea.").filter(([t]) => t === "AID")).toEqual([]);
  });
  it("a report discusses, a ship moves: no talks, no deployment", () => {
    expect(types("The report discusses Kenya's trade with Somalia.")).not.toContain("CONSULT");
  });
});
