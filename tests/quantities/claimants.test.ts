import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities } from "../helpers.ts";

const claimed = (text: string) => quantities(text).map((r) => [r.text, r.attributed_to]);

describe("a claimant named after 'according to'", () => {
  it("reads a name with its connectors, and a name after a few words that describe it", () => {
    expect(claimed("About 3,000 nurses marched in 12 towns, according to the strike organizer Nurses United to Save Our Wards.")).toEqual([
      ["About 3,000 nurses", "Nurses United to Save Our Wards"],
      ["12 towns", "Nurses United to Save Our Wards"],
    ]);
    expect(claimed("Some 400 volunteers came, according to Friends of Valley Parks.")).toEqual([["Some 400 volunteers", "Friends of Valley Parks"]]);
  });

  it("takes no place after words of grammar for a name", () => {
    expect(claimed("Some 400 soldiers came, according to a senior official in Lima.")).toEqual([["Some 400 soldiers", "senior official"]]);
  });
});

describe("a claimant named after its verb", () => {
  it("reads a name no gazetteer knows closed by punctuation after an inverted 'said'", () => {
    expect(claimed("The bridge will cost $40 million, said Priya Okonkwo.")).toEqual([["$40 million", "Priya Okonkwo"]]);
    expect(claimed("The bridge will cost $40 million, said Priya Okonkwo, a city engineer.")).toEqual([["$40 million", "Priya Okonkwo"]]);
    // A name modifying the verb's object is no claimant: "shows Chilean exporters ahead".
    expect(claimed("A survey of firms that paid $2 million or more shows Chilean exporters ahead.")).toEqual([["$2 million or more", ""]]);
    expect(claimed("The ships carried 400 tanks, said Chilean officials.")).toEqual([["400 tanks", "Chilean officials"]]);
    // A weekday after the verb is when, not who.
    expect(claimed("The bridge will cost $40 million, officials said Tuesday.")).toEqual([["$40 million", "officials"]]);
  });
});

describe("claimants of political and economic news (data/quantity-cues.yaml)", () => {
  it("reads a campaign, economists, aides and a court as claimants", () => {
    expect(claimed("The Ruiz campaign said the rally drew 8,000 people.")).toEqual([["8,000 people", "Ruiz campaign"]]);
    expect(claimed("Economists said the levy would raise $3 billion.")).toEqual([["$3 billion", "Economists"]]);
    expect(claimed("The tour cost $2 million, a Senate aide said.")).toEqual([["$2 million", "Senate aide"]]);
    expect(claimed("The appeals court said 9,000 ballots were rejected.")).toEqual([["9,000 ballots", "appeals court"]]);
    // A bare "the campaign" re-names one named before: no claimant of its own.
    expect(claimed("The campaign said the rally drew 8,000 people.")).toEqual([["8,000 people", ""]]);
  });
});

describe("the author of a source opening the sentence", () => {
  it("drops the capitalised article before the author's name", () => {
    expect(claimed("A Princeton study found that 300 clinics closed.")).toEqual([["300 clinics", "Princeton"]]);
    expect(claimed("An Edinburgh survey found that 300 clinics closed.")).toEqual([["300 clinics", "Edinburgh"]]);
  });
});

describe("a claimant who models or projects the figures", () => {
  it("claims the amounts of the model told after a colon", () => {
    expect(claimed("Economists at the Lindqvist Centre modeled a tariff on steel: by 2030 it would cost 300,000 jobs.")).toEqual([["300,000 jobs", "Lindqvist Centre"]]);
    expect(claimed("The Harbour Authority projects 12,000 ships next year.")).toEqual([["12,000 ships", "Harbour Authority"]]);
  });
});

describe("an amount inside the 'of' phrase of a source", () => {
  it("is claimed by the source's author through a relative clause and a sum's sign", () => {
    expect(claimed("A Lima Herald analysis of charities that have raised $2 million or more since Jan. 1, 2019, shows rural groups ahead.")).toEqual([["$2 million or more", "Lima Herald"]]);
  });

  it("names no author where the source has none", () => {
    expect(claimed("An audit of the 40 schools that closed shows debts of $3 million.")).toEqual([
      ["40 schools", ""],
      ["$3 million", ""],
    ]);
  });
});

describe("a source's findings told on in the next sentence of its paragraph", () => {
  it("are the source's author's claim when the source sets them out by a verb of findings", () => {
    expect(claimed("A Lima Herald analysis of charities shows rural groups ahead. In May, rural charities raised $4.1 million.\n\nIn June, they raised $5 million.")).toEqual([
      ["$4.1 million", "Lima Herald"],
      ["$5 million", ""],
    ]);
  });

  it("are not when the verb closes its own sentence, or a person speaks", () => {
    expect(claimed("Gifts topped $2 billion, a Lima Herald analysis shows. That beats the $900 million of 2019.").map((r) => r[1])).toEqual(["Lima Herald", ""]);
    expect(claimed("Ruiz said rural groups were ahead. In May, rural charities raised $4.1 million.")).toEqual([["$4.1 million", ""]]);
  });
});
