/**
 * Acts the event coder read only in some of their English forms: a launch told as a noun
 * with its of-phrase, a mediator that brokers a deal, attacks launched by a doer the
 * sentence leaves unnamed, a pair named before and taken up as "the two leaders", and "we"
 * opening a speaker's quotation. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

/** The rows of one type, as [actor, target]. */
const ofType = (type: string, ...texts: string[]) => coded(texts).filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);

describe("a launch told as a noun with its of-phrase", () => {
  it("the launcher follows 'by', owns the noun or is the clause's subject", () => {
    expect(ofType("MOBILIZE", "Seoul condemned the launch of an intercontinental ballistic missile by Peru on Sunday.")).toEqual([["PER", ""]]);
    expect(ofType("MOBILIZE", "Chile announced on Monday the successful launch of its first spy satellite.")).toEqual([["CHL", ""]]);
  });

  it("a launch of something else, or a launch with no missile, rocket or satellite, is none", () => {
    expect(ofType("MOBILIZE", "Chile announced on Monday the launch of its new trade strategy.")).toEqual([]);
  });
});

describe("a side that brokers a deal between others mediates it", () => {
  it("the broker is the subject, the sides follow 'between'", () => {
    expect(ofType("CONSULT", "Chile brokered a truce between Peru and Bolivia on Sunday.")).toEqual([["CHL", "PER;BOL"]]);
  });

  it("a deal named by its broker ('a Chilean-brokered truce') tells no mediation of its own", () => {
    expect(ofType("CONSULT", "Since withdrawing from a Chile-brokered deal on grain, Peru has raised its tariffs.")).toEqual([]);
  });
});

describe("an attack launched by a doer the article leaves unnamed still stands", () => {
  it("attacks carried out by a pronoun the article does not resolve are aimed at the side they hit", () => {
    expect(ofType("ASSAULT", "They carried out strikes against Chilean positions on Sunday.")).toEqual([["", "CHL"]]);
  });
});

describe("a pair named before, taken up by its people", () => {
  it("'the two leaders' are the two sides named in the sentence before", () => {
    expect(ofType("AGREE", "Chile and Peru met in Lima on Monday.", "The two leaders also signed a trade agreement with Bolivia.")).toEqual([["CHL;PER", "BOL"]]);
  });
});

describe("'we' opening a speaker's quotation is the speaker's side", () => {
  it("a capitalised 'We' at the head of the quotation", () => {
    expect(ofType("REQUEST", "“We urge Peru to stop the shelling,” Chile's foreign minister said.")).toEqual([["CHL", "PER"]]);
  });
});
