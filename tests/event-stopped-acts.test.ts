import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("an act stopped is none told (data/event-words.yaml stopping_verbs)", () => {
  it("talks, sales, visits and cooperation suspended, broken off, called off or frozen are no rows of their own", () => {
    expect(types("Armenia broke off negotiations with Azerbaijan on Monday.")).not.toContain("CONSULT");
    expect(types("Pakistan called off its planned visit to India.")).not.toContain("CONSULT");
    expect(types("Norway suspended arms sales to Saudi Arabia in 2018.")).not.toContain("AID");
    expect(types("Ghana postponed its summit with Togo until next year.")).not.toContain("CONSULT");
    expect(types("Chile froze military cooperation with Peru after the dispute.")).not.toContain("COOPERATE");
    expect(types("Bolivia cut off fuel deliveries to Paraguay.")).not.toContain("AID");
    expect(types("Kenya has paused its troop deployment to Somalia.")).not.toContain("MOBILIZE");
    expect(types("Sweden scrapped a planned visit to China by its trade minister.")).not.toContain("CONSULT");
  });

  it("the stopping keeps its own row, and an act after a clause of time or a preposition is still told", () => {
    expect(coded(["Norway suspended arms sales to Saudi Arabia in 2018."])).toContainEqual(["SANCTION", "NOR", "SAU"]);
    expect(types("Finland suspended flights to Moscow after Russian drones attacked an airport in Estonia.")).toContain("ASSAULT");
    expect(types("Russian President Vladimir Putin and North Korean leader Kim Jong Un have ended their talks in Vladivostok.")).toEqual(["CONSULT"]);
  });
});

describe("an act proposed and turned down is none told (refusing_verbs, proposal_nouns)", () => {
  it("the talks, summit or deployment of an offer, invitation, proposal or plan rejected is no row", () => {
    expect(types("Kenya rejected an offer from Uganda to host peace talks in Kampala.")).not.toContain("CONSULT");
    expect(types("Egypt declined an invitation to attend a summit with Israel in Washington.")).not.toContain("CONSULT");
    expect(types("Iran turned down a French proposal to hold talks with the United States.")).not.toContain("CONSULT");
    expect(types("Poland rejected a German plan to send troops to Lithuania.")).not.toContain("MOBILIZE");
    expect(types("Russia vetoed a resolution to impose sanctions on Syria.")).not.toContain("SANCTION");
    expect(types("Mali rebuffed an Algerian bid to mediate between the junta and the rebels.")).not.toContain("CONSULT");
  });

  it("the refusal stays, a request refused was still made, and an act after the proposal's clause is told", () => {
    expect(coded(["Poland rejected a German plan to send troops to Lithuania."])).toContainEqual(["REJECT", "POL", "DEU"]);
    expect(types("Peru refused Chile's request to extradite the general.")).toEqual(["REJECT", "REQUEST"]);
    expect(types("Kenya rejected the offer, and Uganda sent troops to the border the next day.")).toContain("MOBILIZE");
  });
});
