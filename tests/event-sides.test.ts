import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeEventDoc } from "./helpers.ts";

const resources = eventResources();
/** Type, actor and target of each row the coder makes of one sentence. */
const coded = (sentence: string) =>
  extractEvents(makeEventDoc([sentence], "2023-09-06"), resources).map((r) => [r.event_type, r.actor, r.target]);
const types = (sentence: string) => coded(sentence).map(([t]) => t);

describe("an attack noun in -ing with its maker after 'by' (roles.ts activeVerbAt)", () => {
  it("the side after 'by' is the actor, never the target", () => {
    expect(coded("Heavy shelling by Russia continued through the night.")).toEqual([["ASSAULT", "RUS", ""]]);
    expect(coded("Relentless shelling by Israel killed four people.")).toEqual([["ASSAULT", "ISR", ""]]);
    expect(coded("Shelling by Chad resumed on Friday.")).toEqual([["ASSAULT", "TCD", ""]]);
    expect(coded("Constant shelling of Kherson by Russia forced families to leave.")).toEqual([["ASSAULT", "RUS", "UKR"]]);
  });

  it("an active -ing verb keeps its object as the target", () => {
    expect(coded("Russia responded by shelling Kharkiv.")).toEqual([["ASSAULT", "RUS", "UKR"]]);
  });
});

describe("receiving people, a visit or a message from a side is no aid (buy-from object_excludes)", () => {
  it("a delegation, an envoy or a visit received is a meeting or nothing", () => {
    expect(coded("Seoul received a delegation from Vietnam on Monday.")).toEqual([["CONSULT", "KOR", "VNM"]]);
    expect(coded("Beijing received an envoy from Pakistan.")).toEqual([["CONSULT", "CHN", "PAK"]]);
    expect(types("Kenya received a high-level delegation from Ethiopia.")).not.toContain("AID");
    expect(types("Turkey received a letter from Sweden.")).toEqual([]);
    expect(types("Germany received thousands of refugees from Syria.")).toEqual([]);
  });

  it("goods received or bought from a side stay aid", () => {
    expect(coded("Russia received hundreds of drones from Iran.")).toEqual([["AID", "IRN", "RUS"]]);
    expect(coded("Hungary received a shipment of gas from Russia.")).toEqual([["AID", "RUS", "HUN"]]);
    expect(coded("Russia bought North Korean-made shells.")).toEqual([["AID", "PRK", "RUS"]]);
  });
});

describe("closing a passage is a sanction only when closed to a side (close-border)", () => {
  it("a border, airspace or port closed to or with a side is a sanction on it", () => {
    expect(coded("Finland closed its border to Russia in November.")).toEqual([["SANCTION", "FIN", "RUS"]]);
    expect(coded("Poland sealed its border with Belarus.")).toEqual([["SANCTION", "POL", "BLR"]]);
    expect(coded("Pakistan shut its airspace to Indian airlines.")).toEqual([["SANCTION", "PAK", "IND"]]);
    expect(coded("Egypt closed its ports to Israeli ships.")).toEqual([["SANCTION", "EGY", "ISR"]]);
  });

  it("a closing that names no side is no act between sides; an embassy closed stays one", () => {
    expect(types("Poland decided to close the border for two weeks.")).toEqual([]);
    expect(types("Greece moved to close the border after the floods.")).toEqual([]);
    expect(types("Chile closed the border crossings because of snow.")).toEqual([]);
    expect(coded("Ethiopia closed its embassy in Eritrea on Friday.")).toEqual([["SANCTION", "ETH", "ERI"]]);
  });
});

describe("an attack named as what an exercise practises is an exercise (rehearsal_nouns, drills)", () => {
  it("bombing or strike drills are a show of force by those who hold them, not an attack", () => {
    expect(coded("The US and South Korea staged bombing drills on Monday.")).toEqual([["MOBILIZE", "USA;KOR", ""]]);
    expect(coded("Russia and Belarus began air strike exercises.")).toEqual([["MOBILIZE", "RUS;BLR", ""]]);
    expect(types("Iran carried out drone attack drills in the Gulf.")).toEqual(["MOBILIZE"]);
    expect(types("Russia conducted bombing exercises in Belarus.")).toEqual(["MOBILIZE"]);
    expect(types("Israel rehearsed an invasion scenario on Tuesday.")).toEqual([]);
  });

  it("the side after 'by' holds the drills, not the one who condemns them", () => {
    expect(coded("North Korea condemned the joint bombing drills by the US and South Korea.")).toEqual([
      ["ACCUSE", "PRK", "USA;KOR"],
      ["MOBILIZE", "USA;KOR", ""],
    ]);
    expect(coded("China condemned drills by Japan and the Philippines.")).toContainEqual(["MOBILIZE", "JPN;PHL", ""]);
  });

  it("a training camp or drill site attacked stays an attack", () => {
    expect(types("Russia attacked the training camp.")).toEqual(["ASSAULT"]);
  });
});

describe("any verb of easing with any measure of pressure is a concession (concede-verb)", () => {
  it("sanctions, tariffs, bans, embargoes or curbs lifted, scrapped, waived or rolled back", () => {
    expect(coded("The EU lifted sanctions on Syria.")).toEqual([["CONCEDE", "EU", "SYR"]]);
    expect(coded("Canada lifted its sanctions against Belarus.")).toEqual([["CONCEDE", "CAN", "BLR"]]);
    expect(coded("The US scrapped tariffs on Mexico.")).toEqual([["CONCEDE", "USA", "MEX"]]);
    expect(coded("Britain rolled back curbs on Iran.")).toEqual([["CONCEDE", "GBR", "IRN"]]);
    expect(coded("The EU lifted an arms embargo on Ethiopia.")).toEqual([["CONCEDE", "EU", "ETH"]]);
  });

  it("a measure imposed stays a sanction, and a relative clause ends the eased object", () => {
    expect(types("The US imposed sanctions on Syria.")).not.toContain("CONCEDE");
    expect(types("Russia removed the ambassador who had announced sanctions.")).not.toContain("CONCEDE");
  });

  it("weapons exported to a side are aid to it", () => {
    expect(coded("Bulgaria exported howitzers to Russia.")).toEqual([["AID", "BGR", "RUS"]]);
  });
});

describe("the maker of an attack's weapon is its supplier, never its target (roles.ts madeBy)", () => {
  it("a maker named in a compound adjective is no target of the attack", () => {
    expect(coded("Ukraine downed Iranian-supplied drones over Kyiv.")).toEqual([["ASSAULT", "UKR", ""]]);
    expect(coded("Israel intercepted Iranian-made missiles fired from Yemen.")).toEqual([["ASSAULT", "ISR", ""]]);
    expect(coded("Ukraine shot down Iranian-made drones launched by Russia.")).toEqual([["ASSAULT", "UKR", "RUS"]]);
  });

  it("the maker supplies the user, and the attack's target is after 'at' or 'into'", () => {
    expect(coded("Russia fired North Korean-made missiles at Ukraine.")).toEqual([["ASSAULT", "RUS", "UKR"], ["AID", "PRK", "RUS"]]);
    expect(coded("Russia fired Chinese-built rockets into Ukraine.")).toEqual([["ASSAULT", "RUS", "UKR"], ["AID", "CHN", "RUS"]]);
    expect(coded("Poland shot down a Russian drone.")).toEqual([["ASSAULT", "POL", "RUS"]]);
  });
});

describe("an -ing form after the object of a finite verb is the clause subject's (adverbialParticipleSubject)", () => {
  it("the side that struck is the one that used the weapons, not the one whose cities were struck", () => {
    expect(coded("Russia struck Ukrainian cities using Iranian-designed drones.")).toContainEqual(["AID", "IRN", "RUS"]);
    expect(coded("Russia attacked Ukrainian ports using Iranian-made drones.")).toContainEqual(["AID", "IRN", "RUS"]);
    expect(coded("Israel hit Lebanese villages using American-made bombs.")).toContainEqual(["AID", "USA", "ISR"]);
  });

  it("a noun phrase with no verb before it is the participle's own subject", () => {
    expect(coded("Kyiv said Russian troops using Iranian-made drones attacked the city.")).toContainEqual(["AID", "IRN", "RUS"]);
  });
});
