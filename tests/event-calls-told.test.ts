/** Calls told as statements: after a verb or noun of demand, or as an obligation put on a party (loaders/events/calls-told.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { extractArticle, loadDictionaries } from "../loaders/tables.ts";
import { makeArticle } from "./helpers.ts";

const dictionaries = loadDictionaries();
/** Type, actor, target and rule of each REQUEST the whole extraction makes of `sentence`. */
const requests = (sentence: string) =>
  extractArticle(makeArticle(`---\npublished: 2024-03-05\n---\n${sentence}`), dictionaries)
    .events.filter((e) => e.event_type === "REQUEST")
    .map((e) => [e.actor, e.target]);

describe("a modal of obligation put on a party in the words said is a call on it", () => {
  it("should, needs to, has to, ought to, 'it is time for': in reported and direct words, with a longer subject", () => {
    expect(requests("Peru's foreign minister said Chile should withdraw its ships from the bay.")).toEqual([["PER", "CHL"]]);
    expect(requests("Bolivia said on Monday that the Chilean government needs to reopen the border.")).toEqual([["BOL", "CHL"]]);
    expect(requests("“The Chilean navy has to leave our waters,” Peru's defence minister said.")).toEqual([["PER", "CHL"]]);
    expect(requests("Peru announced that it is time for Chile to pay the compensation it owes.")).toEqual([["PER", "CHL"]]);
    expect(requests("Chilean rebels announced that President Ruiz must agree to major reforms before they disarm.")).toEqual([["CHL", "CHL"]]);
  });

  it("not the speaker's own side, a likelihood, an inference or a modal inside another clause", () => {
    expect(requests("“We must win back the north,” Peru's president said of Chile.")).toEqual([]);
    expect(requests("Peru's foreign minister said the talks with Chile should be close to a deal by June.")).toEqual([]);
    expect(requests("Peru said Chile must have known about the plot.")).toEqual([]);
    expect(requests("Peru's president said the deal with Chile should boost exports.")).toEqual([]);
    expect(requests("Peru said that if the talks fail, Chile should expect sanctions.")).toEqual([]);
    expect(requests("“Chile should not be a problem for us,” Peru's minister said.")).toEqual([]);
  });
});

describe("a verb or noun of demand right before the words said makes them a call", () => {
  it("a participle after a noun of the statement, a noun with 'that', in any tense", () => {
    expect(requests("Peru's army issued a statement demanding that Chile free the two soldiers.")).toEqual([["PER", "CHL"]]);
    expect(requests("The International Labour Organization repeated its demand today that Chile lift the curbs on migrant workers.")).toEqual([["ILO", "CHL"]]);
    expect(requests("Bolivia sent a note requesting that Peru return the aircraft.")).toEqual([["BOL", "PER"]]);
  });

  it("a verb of asserting before the words is no demand", () => {
    expect(requests("Peru's president insisted that Chile has no claim to the bay.")).toEqual([]);
  });
});

describe("an obligation the speaker puts on itself or a likely outcome is no call", () => {
  it("a third-person pronoun in reported words is the speaker's own side; an outcome is a forecast", () => {
    expect(requests("Peru's foreign minister said it must defend its fishermen against Chile.")).toEqual([]);
    expect(requests("Peru's president said his government has to protect the border with Chile.")).toEqual([]);
    expect(requests("Peru's foreign minister said the Chilean president should win the vote easily.")).toEqual([]);
  });

  it("a named party obliged is still asked", () => {
    expect(requests("Peru's president said the Chilean government has to protect the border.")).toEqual([["PER", "CHL"]]);
  });
});

describe("a call or an appeal before the words said is mostly no demand", () => {
  it("words told in a phone call or an appeal to a court are no call", () => {
    expect(requests("Peru said in a phone call that Chile had agreed to talks.")).toEqual([]);
    expect(requests("Peru argued in its appeal that Chile had broken the treaty.")).toEqual([]);
  });
});

describe("a demand that also accuses is a REQUEST and an ACCUSE, one row each", () => {
  /** Type, actor and target of each REQUEST or ACCUSE the whole extraction makes of `sentence`. */
  const acts = (sentence: string) =>
    extractArticle(makeArticle(`---\npublished: 2024-03-05\n---\n${sentence}`), dictionaries)
      .events.filter((e) => e.event_type === "REQUEST" || e.event_type === "ACCUSE")
      .map((e) => [e.event_type, e.actor, e.target])
      .sort();

  it("an obligation put on the accused party in words that charge it: both acts, the statement's parties", () => {
    expect(acts("Bolivia's foreign minister said Chile has to apologise for betraying its neighbours.")).toEqual([
      ["ACCUSE", "BOL", "CHL"],
      ["REQUEST", "BOL", "CHL"],
    ]);
    expect(acts("Bolivia's president said Chile's corrupt government should resign.")).toEqual([
      ["ACCUSE", "BOL", "CHL"],
      ["REQUEST", "BOL", "CHL"],
    ]);
  });

  it("an accusation that asks nothing, or infers a past act with a modal, makes no REQUEST", () => {
    expect(acts("“Chile's leaders are liars,” Peru's president said.")).toEqual([["ACCUSE", "PER", "CHL"]]);
    expect(acts("Peru said Chile must have lied about the border.")).toEqual([["ACCUSE", "PER", "CHL"]]);
    expect(acts("Peru's foreign minister accused Chile of lying about the border.")).toEqual([["ACCUSE", "PER", "CHL"]]);
  });
});
