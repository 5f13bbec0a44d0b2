import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("stance from phrases of support and warning in the reported clause", () => {
  it("reads aid pledged by the speaker's side as support", () => {
    expect(stances("President Ola Berg said the islands would get nearly $2 billion in security assistance from his government.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("President Ola Berg said his country was ready to do everything possible to help the islands.")).toEqual([["Ola Berg", "support"]]);
  });

  it("reads relations carried on as support", () => {
    expect(stances("Chancellor Ida Moen said the islands will continue to develop close relations with the mainland.")).toEqual([["Ida Moen", "support"]]);
    expect(stances("President Ola Berg said relations with the mainland “will continue to advance under his leadership.”")).toEqual([["Ola Berg", "support"]]);
  });

  it("reads a threat or a worry named as such as a warning", () => {
    expect(stances("Minister Ida Moen said the new launchers pose a significant threat to the coast.")).toEqual([["Ida Moen", "warn"]]);
    expect(stances("Minister Ida Moen said closer cooperation between the two fleets threatens to destabilise the strait.")).toEqual([["Ida Moen", "warn"]]);
  });

  it("leaves aid told as another party's act an accusation, and a plain report neutral", () => {
    expect(stances("Minister Ida Moen said the fleet had received military aid from the islands.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Minister Ida Moen said the ferry to the islands will leave on Monday.")).toEqual([["Ida Moen", "other"]]);
  });
});

describe("ties described, not carried on", () => {
  it("leaves a report on the deepening ties between two others neutral", () => {
    expect(stances("Minister Ida Moen said the deepening military ties between the two fleets were plain to see.")).toEqual([["Ida Moen", "other"]]);
  });
});

describe("weapons told by their maker, remains or use", () => {
  it("reads them as an accusation", () => {
    expect(stances("Governor Ida Moen said the rocket that hit the depot was a Nordland-made rocket.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Governor Ida Moen said the fleet had deployed four long-range missiles against the port.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Governor Ida Moen said experts had found the remnants of two rockets near the pier.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Governor Ida Moen said the islands are breaking the sanctions on the fleet.")).toEqual([["Ida Moen", "accuse"]]);
  });

  it("leaves an examination with no weapon named, and a denial, as they were", () => {
    expect(stances("Governor Ida Moen said an examination of the wreckage is underway.")).toEqual([["Ida Moen", "other"]]);
    expect(stances("Governor Ida Moen said the rockets contain Nordland-made components.")).toEqual([["Ida Moen", "other"]]);
    expect(stances("Governor Ida Moen said the fleet had not deployed any missiles against the port.")).toEqual([["Ida Moen", "other"]]);
  });
});

describe("stance from deployments told as nouns, degrees of concern and cooperation said to grow", () => {
  it("reads a deployment or dispatch of troops told as a noun as an accusation", () => {
    expect(stances("Minister Ida Moen said the fleet was preparing a second deployment of about 900 troops to the islands.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Minister Ida Moen said the next troop dispatch to the islands was expected in May.")).toEqual([["Ida Moen", "accuse"]]);
  });

  it("reads a concern told with its degree as a warning", () => {
    expect(stances("Minister Ida Moen said her government was deeply concerned about the new launchers on the coast.")).toEqual([["Ida Moen", "warn"]]);
  });

  it("reads cooperation said to grow, and help said to go on, as support", () => {
    expect(stances("President Ola Berg said cooperation between the two ports is expanding.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("President Ola Berg said his country would continue to support the islanders' efforts to rebuild.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("President Ola Berg said the radar sale will help improve the security of the islands.")).toEqual([["Ola Berg", "support"]]);
  });
});

describe("giving told of the speaker's own side", () => {
  it("reads a sale or a delivery by the speaker's own side as support", () => {
    expect(stances("British Prime Minister Keir Starmer said Britain had agreed to sell radars to Portugal.")).toEqual([["Keir Starmer", "support"]]);
    expect(stances("President Joe Biden said the United States is delivering thousands of shells to Ukraine.")).toEqual([["Joe Biden", "support"]]);
  });

  it("leaves the same act told of another side an accusation", () => {
    expect(stances("British Prime Minister Keir Starmer said Iran had agreed to sell drones to Russia.")).toEqual([["Keir Starmer", "accuse"]]);
  });
});

describe("killing told of an attack", () => {
  it("reads people killed or wounded in a strike as an accusation", () => {
    expect(stances("The harbour board said the strike on the quay killed three fishermen.")).toEqual([["the harbour board", "accuse"]]);
    expect(stances("The harbour board said two sailors were wounded in a drone attack overnight.")).toEqual([["the harbour board", "accuse"]]);
  });

  it("leaves a strike that harmed no one, told without an attack, neutral", () => {
    expect(stances("The harbour board said the dockers' strike would end on Monday.")).toEqual([["the harbour board", "other"]]);
  });
});

describe("measures promised against another side", () => {
  it("reads necessary measures and holding to account as a threat", () => {
    expect(stances("Minister Ida Moen said the islands would take necessary measures to protect their fishermen.")).toEqual([["Ida Moen", "threaten"]]);
    expect(stances("Minister Ida Moen said her government would hold those behind the raids accountable.")).toEqual([["Ida Moen", "threaten"]]);
  });
});
