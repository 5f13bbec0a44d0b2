import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon);
const speakers = (text: string) => rows(text).map((r) => `${r.speaker}: ${r.quote}`);

describe("a description of a kind of body takes up the last body of that kind (data/speakers.yaml kind_heads)", () => {
  it("names the outlet, the group or the command the gazetteer knows", () => {
    expect(speakers("According to TASS, an airfield near the river was hit. A helicopter was destroyed, the news agency added.")).toEqual([
      "TASS: an airfield near the river was hit",
      "TASS: A helicopter was destroyed",
    ]);
    expect(speakers("Hezbollah said it fired rockets at a base. The militant group said the strike was a warning.")).toEqual([
      "Hezbollah: it fired rockets at a base",
      "Hezbollah: the strike was a warning",
    ]);
  });

  it("leaves a body of another kind alone", () => {
    expect(speakers("Hezbollah said it fired rockets at a base. The news agency said the strike was a warning.")).toEqual([
      "Hezbollah: it fired rockets at a base",
      "the news agency: the strike was a warning",
    ]);
  });
});

describe("a described firm takes up the firm named by its category word (data/speakers.yaml category_heads)", () => {
  it("reads modifiers before the head: 'the defence company'", () => {
    const found = rows('Norvik Aerospace signed a deal with the navy on Monday. "The first jets will fly in May," the defence company said in a statement.');
    expect(found.map((r) => r.speaker)).toEqual(["Norvik Aerospace"]);
    expect(rows('Harbour Shipyards laid the keel on Friday. "The hull will float by spring," the shipbuilding firm said.').map((r) => r.speaker)).toEqual(["Harbour Shipyards"]);
  });

  it("stays a description when no such firm was named", () => {
    expect(rows('"The first jets will fly in May," the defence company said.').map((r) => r.speaker)).toEqual(["the defence company"]);
  });
});

describe("no possessive, day or document stands as a speaker where its owner or issuer is named", () => {
  it("takes the name a possessive was written on without its 's", () => {
    expect(rows("Life is hard under Ola Brenn’s rule. Mr Brenn vowed to raise the harvest, state media reported.").map((r) => r.speaker)).toEqual(["Ola Brenn"]);
    expect(rows("Norland's Ola Brenn met the envoy. Brenn said the talks went well.").map((r) => r.speaker)).toEqual(["Ola Brenn"]);
  });

  it("gives a day's statement to the body whose statement it is", () => {
    expect(speakers("In a statement released on Monday, the Norland army said seven fighters were killed. Two hostages were freed, according to Monday’s statement.")).toEqual([
      "the Norland army: seven fighters were killed",
      "the Norland army: Two hostages were freed",
    ]);
    expect(speakers("The Coastal Command said two drones were shot down on Friday. Nobody was hurt, Friday's statement said.")).toEqual([
      "the Coastal Command: two drones were shot down on Friday",
      "the Coastal Command: Nobody was hurt",
    ]);
  });

  it("gives a document published or issued by a body to the body", () => {
    expect(rows("According to a recent report published by the Harbour Monitoring Team, Norland may have delivered new radars to Ostmark.").map((r) => r.speaker)).toEqual(["the Harbour Monitoring Team"]);
    expect(rows("A statement issued by the Norland Coast Guard said two trawlers were seized.").map((r) => r.speaker)).toEqual(["the Norland Coast Guard"]);
  });
});

describe("a document owned by a pronoun, or named by a body word, speaks for the body taken up", () => {
  it("reads 'its statement' and 'their report' as the pronoun's speaker", () => {
    expect(speakers("The Coastal Command said two drones were shot down. Its statement said nobody was hurt.")).toEqual([
      "the Coastal Command: two drones were shot down",
      "the Coastal Command: nobody was hurt",
    ]);
    expect(speakers("Anna Berg said the port was closed. Her statement added that ships were waiting.")).toEqual([
      "Anna Berg: the port was closed",
      "Anna Berg: ships were waiting",
    ]);
  });

  it("reads 'a military statement' as the military that spoke before", () => {
    expect(speakers('In a statement, the Norland military said it had struck 120 targets. "The strikes hit depots," a military statement said.')).toEqual([
      "the Norland military: it had struck 120 targets",
      "the Norland military: The strikes hit depots",
    ]);
    expect(rows("A military statement said two drones were shot down.").map((r) => r.speaker)).toEqual(["a military statement"]);
  });
});

describe("a definite description takes up an earlier one whose head it shares and whose complement holds its modifiers", () => {
  it("reads 'the militia member' as 'a member of a local militia'", () => {
    expect(speakers("Twenty people died in the raid, according to a member of a local militia. The militia member told reporters that the school was hit.")).toEqual([
      "a member of a local militia: Twenty people died in the raid",
      "a member of a local militia: the school was hit",
    ]);
  });

  it("keeps a description of another head apart", () => {
    expect(speakers("A member of a local militia said the school was hit. The militia commander said the road was mined.")).toEqual([
      "a member of a local militia: the school was hit",
      "the militia commander: the road was mined",
    ]);
  });
});

describe("a name in apposition after a description is whom it describes", () => {
  it("takes the name after the titles, wherever the description stands", () => {
    const expected = ["Ola Brenn: Two soldiers were hurt on Monday"];
    expect(speakers("Two soldiers were hurt on Monday, as stated by the head of Norland's army, Brig. Gen. Ola Brenn.")).toEqual(expected);
    expect(speakers("Two soldiers were hurt on Monday, according to the head of Norland's army, Gen. Ola Brenn.")).toEqual(expected);
    expect(speakers("The head of Norland's army, Gen. Ola Brenn, said two soldiers were hurt.")).toEqual(["Ola Brenn: two soldiers were hurt"]);
    const found = rows("Two soldiers were hurt, according to the ministry's spokesman, Tom Reed.");
    expect(found.map((r) => [r.speaker, r.speaker_role])).toEqual([["Tom Reed", "ministry's spokesman"]]);
  });

  it("leaves a clause, a body or a list after the comma alone", () => {
    expect(rows("Two soldiers were hurt, said a spokesman for the army, which denied it.").map((r) => r.speaker)).toEqual(["a spokesman for the army"]);
    expect(rows("Two soldiers were hurt, according to a local official, Harbour Police.").map((r) => r.speaker)).toEqual(["a local official"]);
    expect(rows("Two soldiers were hurt, said a local official, Anna Berg and Tom Reed.").map((r) => r.speaker)).toEqual(["a local official"]);
  });
});
