/** Calls, rulings and charges of a domestic story (data/event-verbs.yaml); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("a call on someone to act is a request (call-on-visit, request-verb)", () => {
  it("a call on a leader named after the title, with what to do, is a request, not a visit", () => {
    expect(types("A Chilean senator called on President Ana Vidal to expel the Peruvian envoy.")).toEqual(["REQUEST"]);
    expect(types("A Chilean senator called on President Vidal to expel the Peruvian envoy.")).toEqual(["REQUEST"]);
    expect(coded(["The Chilean foreign minister called on the Peruvian ambassador on Monday."])).toEqual([["CONSULT", "CHL", "PER"]]);
  });
});

describe("the words before the actor that the status reads are whole words (status.ts)", () => {
  it("the tail of a word cut twelve characters before the actor is no modal ('Mexican' is no 'can')", () => {
    expect(coded(["Mexican senator Ana Vidal has called for the release of the Peruvian prisoners."])).toEqual([["REQUEST", "MEX", "PER"]]);
    expect(coded(["Mexican senator Ana Vidal can call for the release of the Peruvian prisoners."])).toEqual([]);
  });
});

describe("a court's ruling against a law, a decision or a side is a REJECT (ruled-against)", () => {
  it("ruling against, overturning, overruling or striking down a measure rejects it", () => {
    expect(coded(["Chile's Supreme Court struck down Peru's fishing ban on Monday."])).toEqual([["REJECT", "CHL", "PER"]]);
    expect(coded(["A Chilean appeals court ruled Friday against Peru's claim to the islands."])).toEqual([["REJECT", "CHL", "PER"]]);
    expect(types("His verdict was overturned by a Chilean appeals court.")).toEqual(["REJECT"]);
  });

  it("a soldier struck down by a sniper is still an attack", () => {
    expect(types("The Chilean soldier was struck down by a Peruvian sniper.")).toEqual(["ASSAULT"]);
  });
});

describe("a thing that lapses unless someone acts is a forecast, no threat (unless-condition)", () => {
  it("'will expire unless' tells no threat; 'would pull out unless' does", () => {
    expect(types("The Chilean fishing permit will expire at the end of the month unless Peru renews it.")).not.toContain("THREATEN");
    expect(coded(["Chile said it would pull its troops out of Peru unless the fighting stopped."])).toContainEqual(["THREATEN", "CHL", "PER"]);
  });
});

describe("a side asked for something makes no request (request-verb)", () => {
  it("the passive's subject is asked, not asking", () => {
    expect(types("The Chilean envoy lashed out at reporters when he was asked for details.")).not.toContain("REQUEST");
    expect(coded(["Chile asked for details of the Peruvian deployment."])).toContainEqual(["REQUEST", "CHL", "PER"]);
  });
});

describe("an attack in words is an accusation, not an assault (attack-in-words)", () => {
  it("attacked personally, attacked a person's remarks or kin, attacked for a reason: ACCUSE", () => {
    expect(coded(["The Chilean president personally attacked the Peruvian minister on Monday."])).toEqual([["ACCUSE", "CHL", "PER"]]);
    expect(types("The Chilean senator attacked “the reckless ideology” of the Peruvian government.")).toEqual(["ACCUSE"]);
    expect(coded(["Chile's president attacked Peru's foreign minister over his remarks on the border."])).toEqual([["ACCUSE", "CHL", "PER"]]);
  });
  it("an attack on a place or a force is still an assault", () => {
    expect(coded(["Chilean troops attacked a Peruvian border post for the second time on Monday."])).toEqual([["ASSAULT", "CHL", "PER"]]);
  });
});

describe("backing an idea or a war, or backing out, supports no side (support-verb)", () => {
  it("'backed the idea', 'supported the invasion', 'backed out' make no SUPPORT; backing a side does", () => {
    expect(types("The Chilean president backed the idea of a Peruvian envoy to the talks.")).not.toContain("SUPPORT");
    expect(types("Chile supported the invasion of Peru in 1879.")).not.toContain("SUPPORT");
    expect(types("Under pressure from its unions, Chile backed out of the deal with Peru.")).not.toContain("SUPPORT");
    expect(coded(["Chile backed Peru in the dispute on Monday."])).toEqual([["SUPPORT", "CHL", "PER"]]);
  });
});

describe("a case taken to court is an accusation (legal-challenge)", () => {
  it("filing suit, challenging before judges and appealing a ruling accuse; a court's name asks nothing", () => {
    expect(coded(["Peru filed a lawsuit against Chile at the regional court on Monday."])).toEqual([["ACCUSE", "PER", "CHL"]]);
    expect(coded(["Chile is challenging Peru's fishing rules before the Court of Appeals for the Sixth Circuit."])).toEqual([["ACCUSE", "CHL", "PER"]]);
    expect(types("Peru appealed the ruling on Monday.")).toEqual(["ACCUSE"]);
    expect(types("Peru appealed to the regional court for a ruling.")).toEqual(["REQUEST"]);
  });
});

describe("a negation contracted onto its verb negates as 'not' does (status.ts, suppress)", () => {
  it("'didn't' and 'didn’t' tell no act, as 'did not' tells none", () => {
    expect(types("Peru did not apologize to Chile for the raid.")).toEqual([]);
    expect(types("Peru didn't apologize to Chile for the raid.")).toEqual([]);
    expect(types("Peru didn’t attack the Chilean ships.")).toEqual([]);
    expect(coded(["Peru apologized to Chile for the raid."])).toEqual([["CONCEDE", "PER", "CHL"]]);
  });
});

describe("a surname that spells a verb is no act (mentions.ts, namePart)", () => {
  it("'Senator Marta Lynch' lynches no one; 'rebels lynched' is an assault", () => {
    expect(types("Senator Marta Lynch of Chile said the Peruvian plan was sound.")).not.toContain("ASSAULT");
    expect(coded(["Chilean rebels lynched a Peruvian trader."])).toEqual([["ASSAULT", "CHL", "PER"]]);
  });
});

describe("a verb of demanding that ends its sentence closes a quotation", () => {
  it("'\"Why wait?\" Ruiz demanded.' asks a question, no request of anyone; a demand with its object is one", () => {
    expect(coded(["\u201cWhy did Peru wait so long?\u201d Ruiz demanded."])).toEqual([]);
    expect(coded(["Chile demanded that Peru withdraw its boats."])).toEqual([["REQUEST", "CHL", "PER"]]);
  });
});
