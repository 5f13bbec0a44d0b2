import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a quotation inside reported words, carried on by a preposition", () => {
  it("keeps the actor after the preposition as part of the words, not a new speaker", () => {
    expect(spoken("The Peruvian ministry said a recent “anti-Peru campaign” in Chile had encouraged the gunman.")).toEqual([
      "the Peruvian ministry: a recent “anti-Peru campaign” in Chile had encouraged the gunman",
    ]);
    expect(spoken("Lima's embassy stated that the “hostile broadcasts” from Bolivia urged the crowd to march.")).toEqual([
      "Lima's embassy: the “hostile broadcasts” from Bolivia urged the crowd to march",
    ]);
    expect(spoken("The navy said the “illegal raid” by Peru had warned off the fishermen.")).toEqual([
      "the navy: the “illegal raid” by Peru had warned off the fishermen",
    ]);
  });

  it("lets a pronoun after such words take up the speaker, not the actor inside them", () => {
    const rows = spoken("In a statement, the Peruvian ministry said a “smear campaign” in Chile had encouraged the gunman. It also accused Santiago of ignoring Lima's appeals.");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^the Peruvian ministry: accused Santiago/);
  });

  it("still reads a new speaker after a clause opened by a conjunction", () => {
    const rows = spoken("Peru's minister said the junta in Chile is “illegitimate” after the country's transitional government said no permission had been given.");
    expect(rows.some((r) => r.startsWith("the country's transitional government: no permission"))).toBe(true);
  });
});

describe("a fleet, flotilla or squadron speaks as a body", () => {
  it("names the fleet with its number, and 'it' and 'the statement' take it up", () => {
    const rows = spoken("Peru's navy seized a trawler on Monday, the Chilean Navy said. However, the 3rd Fleet said, “Peru's actions are unlawful.” It also said the seizure was the fourth this year.");
    expect(rows.map((r) => r.slice(0, r.indexOf(":")))).toEqual(["the Chilean Navy", "the 3rd Fleet", "the 3rd Fleet"]);
    expect(rows[2]).toBe("the 3rd Fleet: the seizure was the fourth this year");
  });

  it("reads a named flotilla and a squadron as speakers", () => {
    expect(spoken("The Pacific Flotilla said the convoy had left Callao.")).toEqual(["the Pacific Flotilla: the convoy had left Callao"]);
    expect(spoken("Chile's 2nd Squadron reported that two drones crossed the border.")).toEqual(["Chile's 2nd Squadron: two drones crossed the border"]);
  });
});

describe("the parties of a relation after a common noun", () => {
  it("are no speaker of the verb after them, inside reported words or in a sentence of its own", () => {
    expect(spoken("Minister Ana Ruiz said the rivalry between the two navies threatens to close the port.")).toEqual([
      "Ana Ruiz: the rivalry between the two navies threatens to close the port",
    ]);
    expect(spoken("Peru's envoy said that talks among the Andean states had warned off investors.")).toEqual([
      "Peru's envoy: talks among the Andean states had warned off investors",
    ]);
  });
});

describe("an adverb that links a statement to one before", () => {
  it("stands between any subject and its verb of saying", () => {
    expect(spoken("Lima likewise accused the Chilean government of colluding with Bolivia.")).toEqual(["Lima: accused the Chilean government of colluding with Bolivia"]);
    expect(spoken("The Chilean navy meanwhile said two boats had sunk.")).toEqual(["the Chilean navy: two boats had sunk"]);
    expect(spoken("Peru's foreign ministry nonetheless denied sending troops.")).toEqual(["Peru's foreign ministry: denied sending troops"]);
  });
});

describe("a document put out for a purpose of saying", () => {
  it("speaks for whoever put it out ('issued a statement to deny …')", () => {
    expect(spoken("Chile's foreign ministry issued a statement to deny rumours that five sailors had been killed.")).toEqual([
      "Chile's foreign ministry: deny rumours that five sailors had been killed",
    ]);
    expect(spoken("On Monday the Peruvian navy released a brief statement to warn fishermen that the port was closed.")).toEqual([
      "the Peruvian navy: the port was closed",
    ]);
  });

  it("and 'it' then takes up the issuer", () => {
    const rows = spoken("Bolivia's interior ministry issued a communique to deny reports of a mutiny. The officers were \"all safe\", it said.");
    expect(rows.map((r) => r.slice(0, r.indexOf(":")))).toEqual(["Bolivia's interior ministry", "Bolivia's interior ministry"]);
  });
});
