import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("transfers told in more shapes", () => {
  it("reads them as an accusation", () => {
    expect(stances("Minister Ida Moen said the Peruvian gunners have already been redeployed closer to the border.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Minister Ida Moen said the port is being used to load Peruvian munitions onto Bolivian barges.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Minister Ida Moen said two Bolivian barges carried hundreds of containers across the lake.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Minister Ida Moen said the containers transported from Peru reached the coast on Monday.")).toEqual([["Ida Moen", "accuse"]]);
    expect(stances("Minister Ida Moen said the tanker made ship-to-ship transfers to Peruvian barges.")).toEqual([["Ida Moen", "accuse"]]);
  });

  it("leaves relief goods carried a report", () => {
    expect(stances("Minister Ida Moen said the trucks were carrying mostly food supplies.")).toEqual([["Ida Moen", "other"]]);
  });
});

describe("backers and theft", () => {
  it("reads fighters told as backed or paid by another as an accusation", () => {
    expect(stances("Colonel Ola Berg said the gunmen behind the unrest were backed by Peru.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("reads theft and defiance told as done as an accusation", () => {
    expect(stances("The agency said the hackers have converted the stolen funds into other coins.")).toEqual([["the agency", "accuse"]]);
    expect(stances("Minister Ida Moen said the firms are flouting a second embargo.")).toEqual([["Ida Moen", "accuse"]]);
  });
});

describe("a transfer the speaker's own side says it did not make", () => {
  it("reads it as a denial", () => {
    expect(stances("President Ola Berg said his government had not sent any arms to Peru during his term.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("President Ola Berg said we have not supplied any arms to Peru.")).toEqual([["Ola Berg", "deny"]]);
  });

  it("leaves another side's transfer not yet made a report", () => {
    expect(stances("President Ola Berg said Peru had not supplied the launchers yet.")).toEqual([["Ola Berg", "other"]]);
  });
});
