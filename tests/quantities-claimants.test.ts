import { describe, expect, it } from "vitest";
import { extractQuantities } from "../loaders/quantities.ts";
import { claimantsFromStatements } from "../loaders/quantities/statement-claimants.ts";
import { extractArticle, loadDictionaries } from "../loaders/tables.ts";
import { makeArticle, makeDoc } from "./helpers.ts";

const claimants = (text: string) => extractQuantities(makeDoc(text)).map((q) => [q.text, q.attributed_to]);
/** The one amount of a sentence, for the name that claims it. */
const claimantOf = (text: string) => {
  const rows = extractQuantities(makeDoc(text));
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe("who claims an amount: the subject of its verb of saying", () => {
  it("reads a described body before the verb", () => {
    expect(claimants("The Chilean navy reported that Peru had fired 14 torpedoes.")).toEqual([["14 torpedoes", "Chilean navy"]]);
    expect(claimants("In March, Peru's coast guard service reported that 30 mines were found.")).toEqual([["30 mines", "Peru's coast guard service"]]);
  });

  it("steps over a time phrase or an adverb between the claimant and the verb", () => {
    expect(claimants("Prime Minister Ana Souza on Tuesday said 400 tanks were ordered.")).toEqual([["400 tanks", "Prime Minister Ana Souza"]]);
    expect(claimants("Foreign Minister Ana Souza last week said 400 tanks were ordered.")).toEqual([["400 tanks", "Foreign Minister Ana Souza"]]);
    expect(claimants("The Chilean navy independently confirmed that 14 torpedoes were fired.")).toEqual([["14 torpedoes", "Chilean navy"]]);
  });

  it("names the person before an apposition opened by a title", () => {
    expect(claimants("Ana Souza, governor of the province, said 60 drones were shot down.")).toEqual([["60 drones", "Ana Souza"]]);
  });

  it("names the person a description introduces", () => {
    expect(claimants("About 900 sailors were killed, according to Chilean lawmaker Ana Souza.")).toEqual([["About 900 sailors", "Ana Souza"]]);
  });

  it("takes the claim relayed by 'citing' as the cited one's", () => {
    expect(claimants("About 900 sailors were killed, according to radio reports citing Chilean officials.")).toEqual([["About 900 sailors", "Chilean officials"]]);
    // A relative clause tells where the claimant's own claim comes from.
    expect(claimants("About 900 sailors were killed, according to Chilean lawmaker Ana Souza, who cited navy records.")).toEqual([["About 900 sailors", "Ana Souza"]]);
  });

  it("names a state or a body as the text writes it, and reads no verb in a capitalised name", () => {
    expect(claimants("The U.S. says 3,000 troops were sent.")).toEqual([["3,000 troops", "U.S."]]);
    expect(claimants("The United States imposed sanctions on four firms, the Treasury said.")).toEqual([["four firms", "Treasury"]]);
  });

  it("steps over an aside opened by a participle to the subject", () => {
    expect(claimants("The Chilean navy, deploying over 30 patrol boats, claimed to have sunk 12 ships.")).toEqual([
      ["over 30 patrol boats", "Chilean navy"],
      ["12 ships", "Chilean navy"],
    ]);
  });

  it("reads 'they' as the group described before it in the sentence", () => {
    expect(claimants("Chilean officials kept their word as they claimed that 40,000 shells would arrive in June.")).toEqual([["40,000 shells", "Chilean officials"]]);
  });

  it("keeps the claim across a conjunction that goes on with the same subject", () => {
    expect(claimants("Ana Souza said that her country had bought 180,000 shells, but had already ordered another 300,000.")).toEqual([
      ["180,000 shells", "Ana Souza"],
      ["300,000", "Ana Souza"],
    ]);
    // A conjunction before a subject of its own opens a clause of its own.
    expect(claimants("Ana Souza said her country bought 180,000 shells, and Peru ordered 300,000 mines.")).toEqual([
      ["180,000 shells", "Ana Souza"],
      ["300,000 mines", ""],
    ]);
  });
});

describe("an amount inside a statement's quote is its speaker's claim", () => {
  const at = (text: string, start: number, attributed_to: string) => ({ text, char_start: start, char_end: start + text.length, attributed_to });

  it("fills an empty claimant, or a description where the speaker is named", () => {
    const quotes = [{ speaker: "Ana Souza", char_start: 0, char_end: 100 }];
    expect(claimantsFromStatements([at("40 tanks", 10, ""), at("9 ships", 30, "minister"), at("3 jets", 50, "Navy Command"), at("2 guns", 150, "")], quotes, loadDictionaries().quantities.words).map((q) => q.attributed_to)).toEqual([
      "Ana Souza",
      "Ana Souza",
      "Navy Command",
      "",
    ]);
  });

  it("leaves out a speaker that is no name", () => {
    expect(claimantsFromStatements([at("40 tanks", 10, "")], [{ speaker: "their information", char_start: 0, char_end: 100 }], loadDictionaries().quantities.words)[0].attributed_to).toBe("");
    expect(claimantsFromStatements([at("40 tanks", 10, "")], [{ speaker: "the Chilean navy", char_start: 0, char_end: 100 }], loadDictionaries().quantities.words)[0].attributed_to).toBe("Chilean navy");
  });

  it("names the person a description stands for, through the statements of a whole article", () => {
    const text = "US Defense Secretary Lloyd Austin visited Seoul on Monday.\n\nNorth Korea has shipped 300 missiles to Russia, the defense secretary said.\n";
    const rows = extractArticle(makeArticle(`---\npublished: 2024-06-24\n---\n${text}`), loadDictionaries()).quantities;
    expect(rows.map((q) => [q.text, q.attributed_to])).toEqual([["300 missiles", "Lloyd Austin"]]);
  });
});

describe("claimants written with an apposition", () => {
  it("takes the name before ', a spokesman for …,'", () => {
    expect(claimantOf("Jeon Ha-gyu, a spokesman for the ministry, said 13,000 containers had been sent.")).toMatchObject({ attributed_to: "Jeon Ha-gyu" });
    // A title, then the name set off by commas: the name claims it.
    expect(claimantOf("The country's defence minister, Park Min-jun, said Russia had shipped about 7,000 containers.")).toMatchObject({ attributed_to: "Park Min-jun" });
    // A day is no claimant.
    expect(claimantOf("The North delivered 12 million rounds, according to a Sunday report from media.").attributed_to).not.toBe("Sunday");
    // A name after "said" that opens the reported clause is not the speaker.
    expect(claimantOf("The report said North Korea had shipped about 7,000 containers.").attributed_to).not.toBe("North Korea");
  });
});


describe("who claims an amount: a name set off by commas, and a speaker naming himself", () => {
  it("reads the name before a capitalised description joined by 'of' as the speaker", () => {
    expect(claimants("Ana Ruiz, Republican of Tacna, said the army sent 5,000 troops.")).toEqual([["5,000 troops", "Ana Ruiz"]]);
    // A name set off after a title is still the speaker.
    expect(claimants("The defence minister, Shin Won-sik, said the army sent 5,000 troops.")).toEqual([["5,000 troops", "Shin Won-sik"]]);
  });

  it("reads the author of a source noun whose 'of' phrase is the verb's subject", () => {
    expect(claimants("Tacna spent nearly $2.4 billion, a Reuters analysis of newly filed budget reports shows.")).toEqual([["nearly $2.4 billion", "Reuters"]]);
    expect(claimants("A Reuters study of port records shows Peru bought 40 tanks.")).toEqual([["40 tanks", "Reuters"]]);
    // An author the gazetteer does not know, by its capitals; a day is no author.
    expect(claimants("Tacna spent $2.4 billion, a Lima Daily analysis of budget reports shows.")).toEqual([["$2.4 billion", "Lima Daily"]]);
    expect(claimants("The Monday report shows Tacna bought 40 tanks.")).not.toContainEqual(["40 tanks", "Monday"]);
  });

  it("reads a source no one is named for, described, after 'according to'", () => {
    expect(claimants("Some 9,000 nurses work in Tacna, according to regional statistics.")).toEqual([["Some 9,000 nurses", "regional statistics"]]);
    // A source whose author is named is the author's.
    expect(claimants("Some 9,000 nurses work in Tacna, according to data from Reuters.")).toEqual([["Some 9,000 nurses", "Reuters"]]);
  });

  it("leaves 'I' inside a quote to the quote's speaker", () => {
    expect(claimants("“We won, and I say we, almost 14 million votes,” Ruiz said.")).toEqual([["almost 14 million votes", "Ruiz"]]);
  });
});

describe("who claims a poll's sample (loaders/quantities/poll-owners.ts)", () => {
  it("reads the pollster named before the poll noun, in the sentence or the paragraph's sentences before", () => {
    expect(claimants("The Lima Daily/Radio Sur poll was conducted in May, surveying a random sample of 1,001 adults. The registered voter sample is 834.")).toEqual([
      ["1,001 adults", "Lima Daily/Radio Sur"],
      ["834", "Lima Daily/Radio Sur"],
    ]);
    // No sample, no pollster's count; a sample with no poll named has no claimant.
    expect(claimants("The army sent 5,000 troops after a Lima Daily poll found support.")).toEqual([["5,000 troops", ""]]);
    expect(claimants("A sample of 1,200 workers was asked.")).toEqual([["1,200 workers", ""]]);
  });
});
