import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

const speakers = (body: string) => statementsOf(body).map((r) => r.speaker);

describe("a role linked to what it serves by 'to' (data/statement-words.yaml role_prepositions)", () => {
  it("keeps the body or place the role serves in the speaker's phrase", () => {
    expect(speakers("Norland's envoy to the United Nations questioned whether the inspectors were neutral.")).toEqual(["Norland's envoy to the United Nations"]);
    expect(speakers("Estland's ambassador to Norland warned that the talks were stalling.")).toEqual(["Estland's ambassador to Norland"]);
    expect(speakers("A senior adviser to the governor said the bridge would reopen in May.")).toEqual(["a senior adviser to the governor"]);
  });

  it("speaks for the party named before the role, not for the one it is sent to", () => {
    const countries = (body: string) => statementsOf(body).map((r) => r.speaker_country);
    expect(countries("The Chilean envoy to the United Nations said the mission would stay.")).toEqual(["CHL"]);
    expect(countries("Kenya's ambassador to Ethiopia warned that the border talks were stalling.")).toEqual(["KEN"]);
    expect(countries("An adviser to the Peruvian president said the talks had failed.")).toEqual(["PER"]);
  });

  it("still ends the phrase at 'to' after a word that is no role", () => {
    expect(spoken("The ferry sailed to Oslo, the captain said.")).toEqual(["the captain: The ferry sailed to Oslo"]);
  });
});

describe("a closing attribution whose content opens with a body's stance in the present", () => {
  it("gives the words to the one who closes, not to the body named inside", () => {
    expect(spoken("Norland deplores the attack on the convoy, the spokesperson said.")).toEqual(["the spokesperson: Norland deplores the attack on the convoy"]);
    expect(speakers("The ministry urges calm on the border, an official said.")).toEqual(["an official"]);
  });

  it("leaves an outlet that closes as the channel of the speaker inside", () => {
    const rows = statementsOf("Putin says the talks will go on, Tass reported.");
    expect(rows.map((r) => [r.speaker, r.via])).toEqual([["Putin", "Tass"]]);
  });
});

describe("verbs of requesting, recommending, proclaiming, imploring and vowing (data/speech-verbs.yaml)", () => {
  it("read each as a statement of its subject", () => {
    expect(spoken("The court regretted the delay.")).toEqual(["the court: regretted the delay"]);
    expect(spoken("The council proclaimed that the valley was safe.")).toEqual(["the council: the valley was safe"]);
    expect(statementsOf("The rebels swore to avenge their commander.").map((r) => r.stance)).toEqual(["threaten"]);
    expect(speakers("The bishops implored both sides to spare the villages.")).toEqual(["the bishops"]);
  });

  it("leave a policy proposed, an adviser's work and a thing proclaimed", () => {
    expect(spoken("The senator proposes doing away with the ferry tax.")).toEqual([]);
    expect(spoken("The professor advises the harbour board.")).toEqual([]);
    expect(spoken("The mayor proclaimed a day of mourning.")).toEqual([]);
  });
});

describe("a named spokesperson closing a body's present-tense stance", () => {
  it("speaks the words", () => {
    expect(speakers("Norland firmly opposes the new tariffs, spokeswoman Ida Berg said.")).toEqual(["Ida Berg"]);
  });
});

describe("a left curly mark written where a quotation ends", () => {
  it("closes the quotation it ends", () => {
    expect(spoken("‘We will rebuild the market‘, the mayor said.")).toEqual(["the mayor: We will rebuild the market"]);
    expect(spoken("“The harbour stays shut“, the captain said.")).toEqual(["the captain: The harbour stays shut"]);
    expect(statementsOf("“The harbour stays shut“, the captain said.")[0].kind).toBe("direct");
  });
});

describe("data and studies that show, by their author (a frame in data/speech-verbs.yaml)", () => {
  it("reads the author after 'by' as the speaker of the words after 'show'", () => {
    expect(spoken("Satellite imagery analysis by the Harbour Watch group showed new cranes at the pier.")).toEqual(["the Harbour Watch group: new cranes at the pier"]);
  });

  it("gives way to a closing speaker, and reads no data with no author", () => {
    expect(spoken("A count by the port's own staff shows nothing unusual, the captain said.")).toEqual(["the captain: A count by the port's own staff shows nothing unusual"]);
    expect(spoken("Port data shows exports fell by a third in March.")).toEqual([]);
  });
});

describe("pictures with no author", () => {
  it("are no speaker", () => {
    expect(spoken("Satellite imagery shows dozens of new trucks at the depot.")).toEqual([]);
  });
});

describe("a generic head that takes up the last body named (data/speakers.yaml category_heads)", () => {
  it("names the body whose name ends in one of its words", () => {
    expect(speakers("The Norland Fishers Union met on Tuesday in Oslo. The organization said that a strike would start next week.")).toEqual(["Norland Fishers Union"]);
    expect(speakers("Members of the Harbour Defence League gathered in Bergen. The group announced that it would march on Friday.")).toEqual(["Harbour Defence League"]);
    expect(speakers("The Green Tide Movement held a rally. The movement said the march would go ahead.")).toEqual(["Green Tide Movement"]);
  });

  it("stays a description when no such body was named", () => {
    expect(speakers("Fishermen gathered in Bergen. The group said it would march on Friday.")).toEqual(["the group"]);
  });
});

describe("an attitude stated in the present (a frame in data/speech-verbs.yaml)", () => {
  it("reads each sentence of a statement told sentence by sentence as its speaker's", () => {
    const body = "The Secretary-General said in a statement that he was following the floods closely. The Secretary-General is saddened by the loss of life. He is encouraged by the work of the rescue teams. He calls for calm.";
    expect(spoken(body)).toEqual([
      "the Secretary-General: he was following the floods closely",
      "the Secretary-General: the loss of life",
      "the Secretary-General: the work of the rescue teams",
      "the Secretary-General: calls for calm",
    ]);
    expect(spoken("The harbour board remains deeply concerned about the collisions in the strait.")).toEqual(["the harbour board: the collisions in the strait"]);
  });

  it("leaves a feeling told in the past, and a state that is no attitude", () => {
    expect(spoken("Residents were shocked by the blast.")).toEqual([]);
    expect(spoken("The weather is pleasant today.")).toEqual([]);
    expect(spoken("It is concerned that the talks will fail.")).toEqual([]);
  });
});

describe("directives and defences in words (frames in data/speech-verbs.yaml)", () => {
  it("reads 'ordered X to …' and 'defended X as …' as statements of the subject", () => {
    expect(spoken("The harbour master ordered the ferries to stay in port until the storm passed.")).toEqual(["the harbour master: the ferries to stay in port until the storm passed"]);
    expect(spoken("On Monday, President Ana Ruiz ordered troops to leave the border town.")).toEqual(["Ana Ruiz: troops to leave the border town"]);
    expect(spoken("The minister defended the curfew as a necessary step for public safety.")).toEqual(["the minister: the curfew as a necessary step for public safety"]);
  });

  it("leaves a purchase, a defence in arms, and an order told by another speaker", () => {
    expect(spoken("The navy ordered 20 patrol boats to replace its fleet.")).toEqual([]);
    expect(spoken("The troops defended the bridge for three days.")).toEqual([]);
    expect(speakers("Kirby said the president ordered the ships to return.")).toEqual(["Kirby"]);
  });
});
