import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a finding come upon, a forecast, a view shared with someone named", () => {
  it("reads 'discovered that' and 'expects that' as a clause told", () => {
    expect(spoken("Federal auditors have also discovered that the fund was used to pay for private travel.")).toEqual(["Federal auditors: the fund was used to pay for private travel"]);
    expect(spoken("The central bank expects that prices will rise by 2 percent next year.")).toEqual(["the central bank: prices will rise by 2 percent next year"]);
  });

  it("is none without 'that': a thing found, an event awaited", () => {
    expect(spoken("The explorers discovered the cave in 1920.")).toEqual([]);
    expect(spoken("We expected the storm to hit the coast.")).toEqual([]);
    expect(spoken("It is widely expected that the bank will raise rates.")).toEqual([]);
  });

  it("reads 'agreed with X that …', the one agreed with standing before 'that'", () => {
    expect(spoken("Tom Hale agreed with Anna Berg that there was no reason to delay the hearing.")).toEqual(["Tom Hale: there was no reason to delay the hearing"]);
    expect(spoken("The judge agreed with the plan and signed it that afternoon.")).toEqual([]);
  });
});

describe("words taken up or praised", () => {
  it("reads 'echoed her concerns' and 'complimented the moderator' with their object", () => {
    expect(spoken("Tom Hale echoed her concerns about the port.")).toEqual(["Tom Hale: echoed her concerns about the port"]);
    expect(spoken("Tom Hale has complimented the moderator, but with a distinct edge.")).toEqual(["Tom Hale: complimented the moderator"]);
  });

  it("is none for a sound or a gift", () => {
    expect(spoken("The echoes of the war still shape the town.")).toEqual([]);
    expect(spoken("The mayor's words echoed through the hall.")).toEqual([]);
    expect(spoken("The hotel compliments guests with fruit.")).toEqual([]);
  });
});
