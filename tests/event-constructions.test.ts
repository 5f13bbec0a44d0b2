import { describe, expect, it } from "vitest";
import { extractEvents } from "../loaders/events.ts";
import { codedEvents as coded, makeEventDoc } from "./helpers.ts";

describe("a pact, talks or an invasion told as a topic is no act", () => {
  it("a pact is an agreement where a verb makes it or names its sides, not where it is only cited", () => {
    expect(coded(["Chile and Peru signed a border treaty on Monday."])).toEqual([["AGREE", "CHL;PER", ""]]);
    expect(coded(["Bolivia ratified the water agreement with Peru."])).toContainEqual(["AGREE", "BOL", "PER"]);
    expect(coded(["The Chile-Peru treaty obliges each side to share the river's water."])).toEqual([]);
    // The verb may close a long relative clause after the pact.
    expect(coded(["The defence treaty that Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed in Lima obliges each side to help."]).map(([t]) => t)).toEqual(["AGREE"]);
    expect(coded(["Ecuador discussed the provisions of the Chile-Peru treaty."])).toEqual([]);
  });

  it("talks told of one side alone are the topic of a sentence, told of both sides they are a meeting", () => {
    expect(coded(["Ecuador described the talks as useful."])).toEqual([]);
    expect(coded(["Chile and Peru ended their talks on Monday."])).toEqual([["CONSULT", "CHL;PER", ""]]);
    expect(coded(["Chile held talks with Peru on Monday."])).toEqual([["CONSULT", "CHL", "PER"]]);
  });

  it("a war's opening act dated a year or more before the article is its setting", () => {
    const setting = "Peru launched its full-scale invasion of Chile in March 2021 and holds a third of its coast.";
    expect(coded([setting], "2024-05-10")).toEqual([]);
    // In an article of the same weeks it is the news.
    expect(coded([setting], "2021-03-20")).toEqual([["ASSAULT", "PER", "CHL"]]);
  });
});

describe("credits, refusals to comment and missiles that qualify strikes", () => {
  it("a picture's credit names who handed it out, not a supplier", () => {
    expect(coded(["In this photo provided by the Chilean government, the president meets farmers."])).toEqual([]);
    expect(coded(["The rifles were provided by Chile, the officials said."])).toEqual([["AID", "CHL", ""]]);
  });

  it("declining to give details is no refusal between parties", () => {
    expect(coded(["Peruvian officials declined to provide further details about Chile's offer."])).toEqual([]);
    expect(coded(["Peru declined to sign Chile's offer."])).toContainEqual(["REJECT", "PER", "CHL"]);
  });

  it("missiles that qualify strikes on a side make an attack, not a launch", () => {
    expect(coded(["Peru launched missile and drone strikes on Chile overnight."])).toEqual([["ASSAULT", "PER", "CHL"]]);
  });
});

describe("accusations told by their content and labels", () => {
  it("breaking sanctions or violating a neighbour's airspace, told by a speaker, is an accusation", () => {
    expect(coded(["Chile is breaking UN sanctions on Bolivia, Peruvian officials said on Monday."])).toContainEqual(["ACCUSE", "PER", "CHL"]);
    expect(coded(["Peru said that the Chilean army violated Peruvian airspace on Monday."])).toContainEqual(["ACCUSE", "PER", "CHL"]);
  });

  it("a label may follow the verb in quotation marks, what is labelled standing before it", () => {
    expect(coded(["Peru confirmed the raids and labelled the strikes a \u201cterrorist act.\u201d"])).toContainEqual(["ACCUSE", "PER", ""]);
    const labels = coded(["Chile moved tanks to the border, a step Peru's foreign ministry called \u201creckless aggression\u201d."]);
    expect(labels.map(([type, actor]) => [type, actor])).toContainEqual(["ACCUSE", "PER"]);
    // Calling on a side to act labels nothing.
    expect(coded(["Peru called on Chile to halt its dangerous drills."]).filter(([t]) => t === "ACCUSE")).toEqual([]);
  });
});

describe("support, supplies and plans told in other words", () => {
  it("a vow of support is declared support", () => {
    expect(coded(["Bolivia's president vowed support for Peru's fight against Chile."])).toContainEqual(["SUPPORT", "BOL", "PER"]);
  });

  it("supplying a side with guns or launch systems is aid", () => {
    expect(coded(["Bolivia has supplied Peru with 40 howitzers and 20 rocket launch systems, Chile said."])).toContainEqual(["AID", "BOL", "PER"]);
  });

  it("after a past verb of saying, 'would continue to' is the reported 'will continue to'", () => {
    expect(coded(["Peru said that Bolivia would continue to build its relations with Chile."])).toContainEqual(["SUPPORT", "BOL", "CHL"]);
  });
});

describe("charges negated and transfers told again", () => {
  it("a charge negated by the side it would charge denies it, aimed at its accuser", () => {
    // (The arming itself is an alleged transfer of its own.)
    expect(coded(["Chile accused Peru of arming Bolivia.", "Peru's envoy said Peru's cooperation with Bolivia does not violate international law."]).filter(([t]) => t === "ACCUSE" || t === "REJECT")).toEqual([
      ["ACCUSE", "CHL", "PER"],
      ["REJECT", "PER", "CHL"],
    ]);
    // Negated by another side, or an accusation negated, it is no charge.
    expect(coded(["Peru's envoy said Chile's drills do not violate international law."]).filter(([t]) => t === "ACCUSE" || t === "REJECT")).toEqual([]);
    expect(coded(["Chile has not accused Peru of arming Bolivia, Ecuador said."]).filter(([t]) => t === "ACCUSE")).toEqual([]);
  });

  it("a denial negated is none ('has not denied', 'hadn't confirmed or denied')", () => {
    const context = "Chile accused Peru of arming Bolivia.";
    expect(coded([context, "Peru has not denied the presence of its advisers in Bolivia."]).filter(([t]) => t === "REJECT")).toEqual([]);
    expect(coded([context, "Peru hadn't confirmed or denied the shipments until Monday."]).filter(([t]) => t === "REJECT")).toEqual([]);
    expect(coded([context, "Peru denied the shipments on Monday."])).toContainEqual(["REJECT", "PER", "CHL"]);
  });

  it("a transfer named again by a definite noun to say when it happened takes the parties told before", () => {
    const rows = extractEvents(makeEventDoc(["Bolivia sent rifles to Peru, Chile said.", "The shipments began in early March, the ministry said."], "2023-09-06"));
    // One row, anchored where the date is told (Chile's report of it is an accusation besides).
    const aid = rows.filter((r) => r.event_type === "AID");
    expect(aid.map((r) => [r.actor, r.target, r.date, r.status])).toEqual([["BOL", "PER", "2023-03-01", "alleged"]]);
    expect(aid[0].char_start).toBeGreaterThan(0);
    expect(coded(["The delivery of the letter took place on Monday."])).toEqual([]);
  });
});

describe("clauses that tell no new attack or capture", () => {
  it("a passive 'shot down' with no 'by' names no attacker: the demonym says whose drones were downed", () => {
    expect(coded(["Peru said two Chilean drones had been shot down over Lima."]).filter(([t]) => t === "ASSAULT")).toEqual([]);
    expect(coded(["Peru said two Chilean drones had been shot down by Bolivian forces."])).toContainEqual(["ASSAULT", "BOL", ""]);
  });

  it("an alternative set aside ('rather than be captured') is no act", () => {
    expect(coded(["Peru ordered its soldiers to retreat rather than be captured by Chilean troops."]).filter(([t]) => t === "COERCE")).toEqual([]);
  });

  it("an attack that opens the period the story runs in ('since X attacked Y') is its setting", () => {
    expect(coded(["Bolivian militias have fired rockets at Chilean towns since Peru attacked Chile in May."]).filter(([, actor]) => actor === "PER")).toEqual([]);
    // "Since" with a date opens no clause: the attack after it is news.
    expect(coded(["Since Monday, Peru has attacked three Chilean towns."])).toContainEqual(["ASSAULT", "PER", "CHL"]);
  });
});

describe("aid, intelligence shared and briefings told in more words", () => {
  it("aid after an amount of several words ('sent hundreds of millions of dollars in flood aid')", () => {
    expect(coded(["Japan has sent hundreds of millions of dollars in flood aid to Sri Lanka."])).toContainEqual(["AID", "JPN", "LKA"]);
  });

  it("intelligence shared on a topic with a side, or intelligence sharing with it, is cooperation", () => {
    expect(coded(["Chile will share intelligence on the smuggling routes with Peruvian officials."]).map(([t, a, g]) => [t, a, g])).toContainEqual(["COOPERATE", "CHL", "PER"]);
    expect(coded(["Chile has increased its intelligence sharing with Peru."])).toContainEqual(["COOPERATE", "CHL", "PER"]);
  });

  it("briefing another side is a consultation; briefing lawmakers on another side's plan is none", () => {
    expect(coded(["Chile briefed Peruvian officials on the border incident on Monday."])).toContainEqual(["CONSULT", "CHL", "PER"]);
    expect(coded(["After a briefing with Chilean officials, Peru's foreign minister said the border was calm."]).map(([t]) => t)).toContain("CONSULT");
    expect(coded(["Chile's spy agency briefed lawmakers on a Peruvian plan."]).filter(([t]) => t === "CONSULT")).toEqual([]);
  });
});

describe("ties that grow, told by one of their sides", () => {
  it("one side telling that its ties with the other grow declares support; a third side telling it does not", () => {
    expect(coded(["Peru's president said cooperation between Peru and Bolivia has significantly strengthened."])).toContainEqual(["SUPPORT", "PER", "BOL"]);
    expect(coded(["Chile's foreign minister said cooperation between Peru and Bolivia is expanding."]).filter(([t]) => t === "SUPPORT")).toEqual([]);
  });
});

describe("a visit told as a noun with its visitor after 'by'", () => {
  it("'a visit by X to Y' is X's visit to Y", () => {
    expect(coded(["The talks follow a visit by Chilean President Gabriel Boric to Peru."])).toEqual([["CONSULT", "CHL", "PER"]]);
  });
});

describe("warnings and resolve told in more words", () => {
  it("', warning of a firm response' is a threat, though the tagger reads 'warning' as a noun", () => {
    expect(coded(["Peru said Chile was massing troops at the border, warning of a firm response."]).map(([t, a]) => [t, a])).toContainEqual(["THREATEN", "PER"]);
  });

  it("resolve to disrupt told after a longer phrase ('continue to use every tool at its disposal to disrupt')", () => {
    expect(coded(["Peru will continue to use every tool at its disposal to disrupt Chilean smuggling, the minister said."])).toContainEqual(["THREATEN", "PER", "CHL"]);
  });
});

describe("releases and hostile policies told in more words", () => {
  it("a release of prisoners with a date and a count between verb and noun is a concession", () => {
    expect(coded(["Peru released on Monday the 20 remaining Chilean prisoners."]).map(([t, a]) => [t, a])).toEqual([["CONCEDE", "PER"]]);
  });

  it("a speaker who names another side's policy hegemonic or imperialist accuses it", () => {
    expect(coded(["Peru's president said Lima is fighting the hegemonic policy of Chile, state media reported."])).toContainEqual(["ACCUSE", "PER", "CHL"]);
  });
});

describe("visits and signings told in other words", () => {
  it("'travel on to' a capital and 'was greeted by' a host are visits", () => {
    expect(coded(["Chile's foreign minister will travel on to Peru on Friday."])).toEqual([["CONSULT", "CHL", "PER"]]);
    expect(coded(["At the border, Chile's president was greeted by Peru's foreign minister."])).toEqual([["CONSULT", "CHL", "PER"]]);
  });

  it("signing a partnership is an agreement", () => {
    expect(coded(["Chile signed a strategic partnership with Peru in May."])).toEqual([["AGREE", "CHL", "PER"]]);
  });
});

describe("arms halted and moratoriums lifted", () => {
  it("halting one's own weapons shipments to a side sanctions it; lifting a moratorium concedes", () => {
    expect(coded(["In May, Chile halted weapons shipments to Peru."])).toEqual([["SANCTION", "CHL", "PER"]]);
    expect(coded(["Chile announced it was lifting a moratorium on arms sales to Peru."])).toContainEqual(["CONCEDE", "CHL", "PER"]);
  });
});
