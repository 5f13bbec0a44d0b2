import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { loadWorldPlaces } from "../loaders/world-places.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("a city or region as a party: the state that holds it", () => {
  it("the gazetteer names cities and regions by their state's code, as places", () => {
    const gazetteer = sharedGazetteer();
    for (const [name, code] of [["Kharkiv", "UKR"], ["Kursk", "RUS"], ["Sanaa", "YEM"], ["Aleppo", "SYR"], ["Darfur", "SDN"], ["Mashhad", "IRN"], ["Gaza Strip", "PSE"]]) {
      expect([name, gazetteer.lookup(name)?.code, gazetteer.lookup(name)?.kind]).toEqual([name, code, "place"]);
    }
    // Capitals stay capitals; names that are people or words in English news are skipped.
    expect(gazetteer.lookup("Kyiv")?.kind).toBe("capital");
    expect(loadWorldPlaces().skip).toContain("Austin");
    expect(gazetteer.lookup("Austin")?.kind).toBe("person");
    expect(gazetteer.lookup("Madison")).toBeUndefined();
  });

  it("an act aimed at a city or region is aimed at its state", () => {
    expect(coded("Russia launched missile strikes on Odesa overnight.")).toContainEqual(["ASSAULT", "RUS", "UKR"]);
    expect(coded("Saudi jets bombed Hodeidah on Monday.")).toContainEqual(["ASSAULT", "SAU", "YEM"]);
    expect(coded("Israel struck Tyre on Tuesday.")).toContainEqual(["ASSAULT", "ISR", "LBN"]);
    expect(coded("Ukraine attacked Belgorod with drones last week.")).toContainEqual(["ASSAULT", "UKR", "RUS"]);
    expect(coded("Pakistan carried out airstrikes in Kandahar on Friday.")).toContainEqual(["ASSAULT", "PAK", "AFG"]);
  });

  it("a city where talks are held, or where an attack comes from, is no party", () => {
    expect(coded("Ethiopia held talks with Egypt in Mashhad last week.").map((r) => r[2])).not.toContain("IRN");
    expect(coded("Russia launched drones from Kursk at Ukraine on Sunday.")).toContainEqual(["ASSAULT", "RUS", "UKR"]);
  });

  it("a city or region never acts", () => {
    expect(coded("Kharkiv was shelled by Russia on Monday.")).toContainEqual(["ASSAULT", "RUS", "UKR"]);
    expect(coded("Officials in Odesa said Russia attacked the port.").map((r) => r[1])).not.toContain("");
  });
});

describe("a place whose name holds another state's capital is its own ('East Jerusalem')", () => {
  it("an act aimed at East Jerusalem is aimed at the Palestinian territories, not at Israel", () => {
    expect(extractEvents(makeDoc("Israel threatened to close schools in East Jerusalem next month."), eventResources()).map((r) => [r.event_type, r.actor, r.target])).toEqual([["THREATEN", "ISR", "PSE"]]);
  });
});
