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
    expect(coded("The Kenyan president welcomed the Ethiopian prime minister in Nairobi.")).toEqual([["CONSULT", "KEN", "ETH"]]);
  });
  it("deals inked and reached, goods handed over, aid amounts given", () => {
    expect(coded("Kenya reached a trade deal with Ethiopia on Friday.")).toEqual([["AGREE", "KEN", "ETH"]]);
    expect(coded("Canada handed over two patrol boats to Ukraine.")).toEqual([["AID", "CAN", "UKR"]]);
    expect(coded("Canada gave Kenya $40 million in humanitarian aid.")).toEqual([["AID", "CAN", "KEN"]]);
  });
  it("sunk, destroyed, retaliated; embassies closed; talks ruled out; proposals accepted", () => {
    expect(coded("Eritrea sank an Ethiopian patrol boat on the lake.")).toEqual([["ASSAULT", "ERI", "ETH"]]);
    expect(coded("Kenya retaliated against Somalia with air strikes.").filter(([t]) => t === "ASSAULT")[0]).toEqual(["ASSAULT", "KEN", "SOM"]);
    expect(coded("Kenya closed its embassy in Somalia on Friday.")).toEqual([["SANCTION", "KEN", "SOM"]]);
    expect(coded("Eritrea ruled out any dialogue with Ethiopia.")).toEqual([["REJECT", "ERI", "ETH"]]);
    expect(coded("Eritrea accepted Ethiopia's peace plan on Sunday.")).toEqual([["AGREE", "ERI", "ETH"]]);
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
  it("a report discusses: no talks", () => {
    expect(types("The report discusses Kenya's trade with Somalia.")).not.toContain("CONSULT");
  });
  it("a crackdown demanded, a deal that must be reached, a raid threatened: none made", () => {
    expect(types("Kenya demanded Somalia crack down on the smugglers.")).not.toContain("COERCE");
    expect(types("Kenya said Somalia and Ethiopia must reach a deal soon.")).not.toContain("AGREE");
    expect(types("Eritrean rebels threatened to storm the Ethiopian consulate.")).not.toContain("ASSAULT");
  });
  it("police raids and walkouts are no attacks", () => {
    expect(types("Police raided the offices of a Kenyan newspaper.")).not.toContain("ASSAULT");
    expect(types("The Kenyan envoy stormed out of the talks with Somalia.")).not.toContain("ASSAULT");
  });
});
