import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types, makeEventDoc } from "./helpers.ts";
import { eventResources, extractEvents } from "../loaders/events/index.ts";

describe("a question or a request's content tells no act (loaders/events/status.ts)", () => {
  it("an act asked about in a question is none; told, it is a row", () => {
    expect(types("Will Chile send troops to Peru?")).toEqual([]);
    expect(types("Could Chile sanction Peru before the vote?")).toEqual([]);
    expect(coded(["Chile sent troops to Peru on Monday."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Chile sanctioned Peru before the vote."])).toContainEqual(["SANCTION", "CHL", "PER"]);
  });

  it("the act of a that-clause after a verb or noun of requesting is what is asked for (requesting_words)", () => {
    expect(coded(["Peru renewed its demand on Friday that Chile ease restrictions on Peruvian workers."])).toEqual([["REQUEST", "PER", "CHL"]]);
    expect(coded(["Bolivia demanded that Chile withdraw its troops from Peru."])).toEqual([["REQUEST", "BOL", "CHL"]]);
    // A verb that asserts keeps the act ("insisted that" is a claim).
    expect(coded(["Bolivia insisted that Chile had withdrawn its troops from Peru."])).toContainEqual(["RETREAT", "CHL", "PER"]);
  });

  it("a phrase of calling keeps its sense with a day between its words ('called Thursday on')", () => {
    expect(types("A Chilean newspaper called Thursday on Andean states to unite and mobilize against Peru.")).not.toContain("MOBILIZE");
  });
});

describe("forces made ready for an attack, or lifting their blockade (data/event-verbs.yaml)", () => {
  it("preparing to attack is a mobilisation aimed at the side to be hit, not the attack (readiness_phrases)", () => {
    expect(coded(["The Chilean army prepared to resume shelling Peruvian border posts on Monday."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Chile prepared to launch an offensive against Peru."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Chile shelled Peruvian border posts on Monday."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
  });

  it("forces lifting a blockade retreat; a state easing one of aid concedes", () => {
    expect(coded(["Chile's navy lifted its blockade of the Peruvian port of Ilo on Tuesday."])).toEqual([["RETREAT", "CHL", "PER"]]);
    expect(types("Aid trucks crossed after Chile temporarily eased a three-month blockade of Peru.")).toEqual(["CONCEDE"]);
  });
});

describe("an act kept from happening, only possible or hypothetical is none told (averting_words, capacity_nouns, hypothetical_modals)", () => {
  it("an act warned against, refrained from or ruled out is none; the warning stays", () => {
    expect(coded(["Chile warned Peru against sending troops to Bolivia."])).toEqual([["THREATEN", "CHL", "PER"]]);
    expect(types("Chile refrained from attacking Peru.")).toEqual([]);
    expect(types("Chile rules out sending troops to Peru.")).toEqual([]);
    expect(types("Chile avoided sanctioning Peru.")).toEqual([]);
  });

  it("what a threat threatens is no act: the threat is the row", () => {
    expect(coded(["Chile threatened to ban imports from Peru."])).toEqual([["THREATEN", "CHL", "PER"]]);
    expect(coded(["Chile threatened to send troops to Peru."])).toEqual([["THREATEN", "CHL", "PER"]]);
  });

  it("an act's noun after a word of fear or expectation is none told (anticipating_words)", () => {
    expect(types("Peru is bracing for a Chilean attack.")).toEqual([]);
    expect(types("The United States warned of an imminent Chilean missile assault on Peru.")).toEqual([]);
  });

  it("an act a side has the capability or the right to do is none", () => {
    expect(types("Chile has the capability to strike targets deep inside Peru.")).toEqual([]);
    expect(types("Chile has the right to strike Peru.")).toEqual([]);
    expect(coded(["Chile struck targets deep inside Peru."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
  });

  it("an act's noun as the subject of a modal predicate is a hypothesis; 'could have' tells a real one", () => {
    expect(types("A Chilean attack on Peru would be a disaster.")).toEqual([]);
    expect(coded(["The Chilean strike on Peru could have killed hundreds."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
  });
});

describe("a denial's gerund and a past passive sanction", () => {
  it("the act a denial's verb takes as its gerund is denied ('denied attacking', 'denied ever supplying')", () => {
    const statuses = (s: string) => extractEvents(makeEventDoc([s]), eventResources()).map((r) => [r.event_type, r.status]);
    expect(statuses("Chile denied attacking Peru.")).toContainEqual(["ASSAULT", "denied"]);
    expect(statuses("Chile denied ever supplying weapons to Peru.")).toContainEqual(["AID", "denied"]);
  });

  it("'was sanctioned by' with its imposer is a sanction by the imposer of the passive's subject", () => {
    expect(coded(["Peru was sanctioned by Chile last week."])).toEqual([["SANCTION", "CHL", "PER"]]);
  });
});

describe("the clause around a verb read again (loaders/events/noun-readings.ts, roles.ts)", () => {
  it("a verb's -s form right after 'to', a preposition or a determiner is a plural noun, no act", () => {
    expect(coded(["Chile and Peru are discussing how to respond to attacks on their ships."])).toEqual([["CONSULT", "CHL;PER", ""]]);
  });

  it("'were put under investigation in/by' investigates the passive's subject: the state named is the investigator", () => {
    expect(coded(["Two Chilean nationals were placed under investigation by Peru."])).toEqual([["ACCUSE", "PER", "CHL"]]);
    expect(coded(["Two Chilean nationals have been placed under investigation in Peru."])).toEqual([["ACCUSE", "PER", "CHL"]]);
  });

  it("the subject of a passive reported after a verb of saying is what the act was done to", () => {
    expect(coded(["Bolivia said Peru was attacked by Chile."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
    expect(coded(["Bolivia said the Peruvian embassy was attacked by Chile."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
    expect(coded(["Bolivia said the Peruvian embassy was attacked by Chile."])).not.toContainEqual(["ASSAULT", "CHL", "BOL"]);
  });
});

describe("more passives and acts not yet done", () => {
  it("an act a side has yet to do is none", () => {
    expect(types("Chile has yet to condemn Peru.")).toEqual([]);
    expect(coded(["Chile condemned Peru."])).toEqual([["ACCUSE", "CHL", "PER"]]);
  });

  it("a refusal in the passive is the agent's ('was turned down by Chile')", () => {
    expect(coded(["Peru's request for arms was turned down by Chile."])).toContainEqual(["REJECT", "CHL", ""]);
    expect(coded(["Peru's request for arms was turned down by Chile."])).not.toContainEqual(["REJECT", "PER", "CHL"]);
  });

  it("a passive relative clause's antecedent is what the act was done to ('Peru, which was attacked by Chile')", () => {
    expect(coded(["Peru, which was attacked by Chile in 1879, lost the war."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
  });
});

describe("an act's noun observed or judged by another side (observing_verbs, noun-readings.ts)", () => {
  it("the subject of a verb of reporting, detecting or condemning is not the doer of the act its object names", () => {
    expect(types("Chile's coast guard also reported a suspected ballistic missile launch.")).toEqual([]);
    expect(types("Chile detected a missile launch on Monday.")).toEqual([]);
    expect(coded(["Chile condemned the missile test."])).toEqual([["ACCUSE", "CHL", ""]]);
    // A party inside the object still owns the act; a side doing it is its doer.
    expect(coded(["Chile monitored Peruvian military drills near the border."])).toEqual([["MOBILIZE", "PER", ""]]);
    expect(coded(["Chile conducted a missile test on Monday."])).toEqual([["MOBILIZE", "CHL", ""]]);
  });
});

describe("an act only wanted, tried for or negotiated (averting_words, planned)", () => {
  it("an act a side wants or makes a bid for is none told", () => {
    expect(types("Chile wants to sell jets to Peru.")).toEqual([]);
    expect(types("Chile's bid to sell jets to Peru collapsed.")).toEqual([]);
    expect(coded(["Chile sold jets to Peru."])).toEqual([["AID", "CHL", "PER"]]);
  });

  it("an act a side seeks or is in talks to do is planned", () => {
    const statuses = (s: string) => extractEvents(makeEventDoc([s]), eventResources()).map((r) => [r.event_type, r.status]);
    expect(statuses("Chile is in talks to sell jets to Peru.")).toContainEqual(["AID", "planned"]);
    expect(statuses("Chile is seeking to buy jets from Peru.")).toContainEqual(["AID", "planned"]);
  });
});

describe("reports a speaker denies are no accusation of its own (loaders/events/mentions.ts)", () => {
  it("dismissing reports that a side sent troops accuses no one; saying it does", () => {
    expect(types("Chile dismissed reports that Peru had sent troops to Bolivia.")).not.toContain("ACCUSE");
    expect(coded(["Chile said Peru had sent troops to Bolivia."])).toContainEqual(["ACCUSE", "CHL", "PER;BOL"]);
    expect(coded(["Chile rejected the claims, saying Peru had sent troops to Bolivia."])).toContainEqual(["ACCUSE", "CHL", "PER;BOL"]);
  });
});

describe("a plan on a condition (loaders/events/status.ts)", () => {
  it("an act planned only on a condition after it is no plan told; the threat stays, and so does a refusal", () => {
    expect(coded(["Chile will sanction Peru unless it frees the prisoners."])).toEqual([["THREATEN", "CHL", "PER"]]);
    expect(types("Chile will send troops to Peru if the rebels advance.")).toEqual([]);
    expect(coded(["Chile will send troops to Peru next week."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
  });
});
