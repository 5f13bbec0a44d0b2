import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("an act's doer named where no subject names one", () => {
  it("a meeting's or a visit's noun takes its doer after 'of'", () => {
    expect(coded("The visit of Brazilian President Lula to Angola lasted three days.")).toEqual([["CONSULT", "BRA", "AGO"]]);
    expect(coded("Officials praised the visit of Kenya's foreign minister to Egypt.")).toContainEqual(["CONSULT", "KEN", "EGY"]);
    expect(coded("A meeting of Chinese trade officials with Peruvian ministers took place on Monday.")).toEqual([["CONSULT", "CHN", "PER"]]);
    expect(coded("The talks of Japanese diplomats with South Korea ended on Friday.")).toEqual([["CONSULT", "JPN", "KOR"]]);
    expect(coded("Analysts expect the visit of the Turkish president to Qatar next week.")).toEqual([["CONSULT", "TUR", "QAT"]]);
    expect(coded("The meeting of Indian and Pakistani generals was cancelled.")).toEqual([["CONSULT", "IND", "PAK"]]);
  });

  it("an act done to someone keeps its 'of' for the target", () => {
    expect(coded("The shelling of Kharkiv by Russia continued on Monday.")).toEqual([["ASSAULT", "RUS", "UKR"]]);
    expect(coded("The deployment of Chadian troops to Niger began in March.")).toEqual([["MOBILIZE", "TCD", "NER"]]);
  });

  it("a subject the gazetteer does not name acts for the state its phrase of allegiance names", () => {
    expect(coded("Fighters loyal to Iran attacked Israel on Monday.")).toEqual([["ASSAULT", "IRN", "ISR"]]);
    expect(coded("Militias backed by Iran attacked Israel on Monday.")).toEqual([["ASSAULT", "IRN", "ISR"]]);
    expect(coded("Gunmen allied with Sudan attacked Chad on Monday.")).toEqual([["ASSAULT", "SDN", "TCD"]]);
    expect(coded("Armed groups linked to Iran fired rockets at Israel.")).toEqual([["ASSAULT", "IRN", "ISR"]]);
    expect(coded("Forces aligned with Turkey shelled Syria overnight.")).toEqual([["ASSAULT", "TUR", "SYR"]]);
    // The phrase in the object describes the target, not the actor.
    expect(coded("Israel attacked militias backed by Iran on Monday.")).toEqual([["ASSAULT", "ISR", "IRN"]]);
  });

  it("a party inside a phrase a participle opens between commas is not the subject after it", () => {
    expect(coded("Niger, facing a slow Chadian advance in the north, began pressing new attacks on Chad.")).toEqual([["ASSAULT", "NER", "TCD"]]);
    expect(coded("Ethiopia, backed by Kenyan troops, attacked Somalia in June.")).toEqual([["ASSAULT", "ETH", "SOM"]]);
    // The drones' maker supplied the attacker (weapon-origin.ts): a transfer beside the attack.
    expect(coded("Russia, using Iranian drones, struck Ukraine overnight.")).toEqual([["AID", "IRN", "RUS"], ["ASSAULT", "RUS", "UKR"]]);
    expect(coded("Iran, angered by Israeli strikes, fired missiles at Israel.")).toContainEqual(["ASSAULT", "IRN", "ISR"]);
    expect(coded("Mali, facing pressure from Algerian diplomats, expelled French troops.")).toEqual([["SANCTION", "MLI", "FRA"]]);
  });

  it("an act undergone ('faced attacks from', 'came under shelling by') is done by the party after 'from' or 'by' to the subject", () => {
    expect(coded("Kenyan farms faced attacks from Somali militias last year.")).toEqual([["ASSAULT", "SOM", "KEN"]]);
    expect(coded("Chadian border posts came under shelling from Sudan on Monday.")).toEqual([["ASSAULT", "SDN", "TCD"]]);
    expect(coded("Armenia suffered repeated attacks by Azerbaijan in 2022.")).toEqual([["ASSAULT", "AZE", "ARM"]]);
    expect(coded("Israel faced missile strikes from Iran overnight.")).toEqual([["ASSAULT", "IRN", "ISR"]]);
    expect(coded("India launched attacks on Pakistan in May.")).toEqual([["ASSAULT", "IND", "PAK"]]);
  });
});

describe("two sides' officials coordinated are one group of actors", () => {
  it("'Chile's foreign minister and his Peruvian counterpart' act together", () => {
    const rows = [
      "Chile's foreign minister and his Peruvian counterpart held talks on Monday.",
      "Chile's foreign minister and the Peruvian foreign minister discussed trade on Monday.",
      "Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart discussed trade on Monday.",
    ].map((text) => coded(text).find(([type]) => type === "CONSULT"));
    for (const row of rows) expect(row?.[1]).toBe("CHL;PER");
  });
});

describe("a participle's doer, and a weapon's name that holds a verb", () => {
  it("takes the doer after 'by' for a participle with no subject", () => {
    expect(coded("Cruise missiles delivered to Peru by Chile arrived today.")).toContainEqual(["AID", "CHL", "PER"]);
  });

  it("reads 'Air Launched missiles' as a kind of missile, not a launch", () => {
    expect(coded("The agency added that Peru requested to buy ten Air Launched missiles.").map(([type]) => type)).not.toContain("MOBILIZE");
  });

  it("codes a sanction named with an adjective", () => {
    expect(coded("Chile has imposed targeted sanctions against entities linked to the arms trade.")).toContainEqual(["SANCTION", "CHL", ""]);
  });

  it("takes no party from an ANI-style dateline", () => {
    expect(coded("Lima [Peru], April 7: Chile and Bolivia withdrew their ambassadors from Argentina, accusing Argentine forces of shooting down a drone.").flatMap(([, actor, target]) => [actor, target])).not.toContain("PER");
  });
});
