import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("verb phrases that tell a speech act (data/speech-verbs.yaml)", () => {
  it("reads thanks, praise and invitations as statements with their stance", () => {
    expect(statementsOf("Chancellor Ida Moen extended her gratitude to the crews for clearing the pass.").map((r) => [r.speaker, r.stance])).toEqual([["Ida Moen", "support"]]);
    expect(statementsOf("Premier Olaf Brandt hailed the new ferry deal with the islands.").map((r) => [r.speaker, r.stance])).toEqual([["Olaf Brandt", "support"]]);
    expect(spoken("Premier Olaf Brandt invited his counterpart to discuss the fishing quotas.")).toEqual(["Olaf Brandt: invited his counterpart to discuss the fishing quotas"]);
  });

  it("reads an admission of a noun phrase as a confirming statement", () => {
    expect(statementsOf("The rebel council had acknowledged only 40 deaths in the raid.").map((r) => [r.speaker, r.quote, r.stance])).toEqual([["the rebel council", "acknowledged only 40 deaths in the raid", "confirm"]]);
  });

  it("reads a finding or an assessment only before that", () => {
    expect(spoken("The harbour agency assessed that the dredging had cost twice the estimate.")).toEqual(["the harbour agency: the dredging had cost twice the estimate"]);
    expect(spoken("The harbour agency found that two cranes had been sold abroad.")).toEqual(["the harbour agency: two cranes had been sold abroad"]);
    expect(spoken("The lab collected and analysed the debris and found it matches an older shell.")).toEqual([]);
    expect(spoken("The survey team found 27 wrecks near the reef.")).toEqual([]);
  });
});

describe("speakers listed with a named party", () => {
  it("reads a list that ends in others or partners as the speaker", () => {
    expect(statementsOf("Ukraine and others have steadily accused Russia of shelling the dam.").map((r) => [r.speaker, r.stance])).toEqual([["Ukraine and others", "accuse"]]);
  });
});

describe("guillemets", () => {
  it("reads quotations in guillemets as direct speech, one statement per quotation", () => {
    const rows = statementsOf("«The ferry will sail on Monday,» harbour master Jon Lie told reporters. «The storm has passed,» he said.");
    expect(rows.map((r) => [r.speaker, r.quote, r.kind])).toEqual([
      ["Jon Lie", "The ferry will sail on Monday", "direct"],
      ["Jon Lie", "The storm has passed", "direct"],
    ]);
  });
});

describe("according to a document's modifier", () => {
  it("reads the whole phrase when the head word modifies a document", () => {
    const rows = spoken("About 900 boats were counted last year, according to the police estimates from the coast guard officials.");
    expect(rows).toEqual(["the police estimates from the coast guard officials: About 900 boats were counted last year"]);
  });
});

describe("a named person in apposition after a title that ends in a place", () => {
  it("takes the name, not the place, as the speaker", () => {
    expect(spoken("Veteran lawmaker and former envoy to Russia, Arne Tollefsen, said Russia may be hiring workers for its ports.")).toEqual(["Arne Tollefsen: Russia may be hiring workers for its ports"]);
  });
});

describe("a possessed claim", () => {
  it("gives the clause after \"X's claim that\" to X", () => {
    const rows = statementsOf("Ukraine denied Mr Putin’s claim that his troops had retaken the whole border region.");
    expect(rows.map((r) => [r.speaker, r.quote, r.stance])).toEqual([
      ["Ukraine", "denied Mr Putin’s claim that his troops had retaken the whole border region", "deny"],
      ["Mr Putin", "his troops had retaken the whole border region", "other"],
    ]);
  });
});

describe("a speech participle in an absolute construction after \"with\"", () => {
  it("gives the words to the participle's own subject", () => {
    expect(statementsOf("The raid drew protests, with Norway, Chile and Peru condemning Russia for the shelling.").map((r) => [r.speaker, r.stance])).toEqual([["Norway, Chile and Peru", "condemn"]]);
    expect(spoken("The storm flooded the valley, with some outlets saying nine farms had been lost.")).toEqual(["some outlets: nine farms had been lost"]);
  });

  it("reads no speaker in a thing after \"with\"", () => {
    expect(spoken("The storm flooded the valley, with the river saying nothing of its course.")).toEqual([]);
  });
});

describe("stance from an attack or a delivery told in the clause", () => {
  it("reads a neutral verb's clause that tells an attack or a delivery as an accusation", () => {
    expect(statementsOf("Mayor Ida Brandt said Ostland launched two rockets at the harbour overnight.").map((r) => r.stance)).toEqual(["accuse"]);
    expect(statementsOf("Mayor Ida Brandt said the shells had been delivered by rail in May.").map((r) => r.stance)).toEqual(["accuse"]);
  });

  it("leaves a count of one's own dead with no accusation", () => {
    expect(statementsOf("Mayor Ida Brandt said 40 of the town's volunteers had been killed.").map((r) => r.stance)).toEqual(["other"]);
  });
});

describe("a speech participle after a document", () => {
  it("gives the words to whoever issued the document", () => {
    expect(statementsOf("Norway issued a statement condemning the shelling of the port.").map((r) => [r.speaker, r.quote, r.stance])).toEqual([["Norway", "condemning the shelling of the port", "condemn"]]);
  });

  it("reads no participle after another noun", () => {
    expect(spoken("The ferry carried a crew condemning nothing in particular.")).toEqual([]);
  });
});

describe("a relative \"who\" after a speaker", () => {
  it("gives the relative clause's words to the noun phrase before it", () => {
    expect(statementsOf("The ferry was stopped by the Houthis, who threatened further attacks on the port.").map((r) => [r.speaker, r.stance])).toEqual([["the Houthis", "threaten"]]);
  });
});
