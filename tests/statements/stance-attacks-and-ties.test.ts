import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stanceOf = (body: string) => statementsOf(body).map((r) => r.stance);

describe("an attack told as carried out accuses whoever carried it out", () => {
  it.each([
    "The mayor said a jet dropped three bombs on the village on Tuesday.",
    "The mayor said the rebels had dropped barrel bombs on the market.",
    "The envoy said the army carried out more than 300 air strikes last year.",
    "The envoy said the militia has carried out dozens of raids in the valley.",
    "The mayor said the drones bombed the old harbour depot overnight.",
    "The mayor said the gunmen stormed the hospital before dawn.",
    "The mayor said the fleet bombed the school near the quay.",
    "The mayor said the gunmen came to bomb the village at night.",
    "The envoy said the rebels raided the camp and burned the tents.",
    "The envoy said the navy raided a convoy on the coast road.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["accuse"]);
  });

  it("but not an attack the speaker tells of itself, and one only feared warns", () => {
    expect(stanceOf("The army said it carried out two air strikes on the empty depot.")).toEqual(["other"]);
    expect(stanceOf("The mayor said the rebels could bomb the market next.")).toEqual(["warn"]);
  });
});

describe("warm ties named with the speaker's own side support the partner", () => {
  it.each([
    "The minister said very close contacts have been established between the fleets of our two countries.",
    "The president said the deal pointed to a long-term alliance between our two countries.",
    "The president said the pact was a new symbol of the strategic relations between our two close allies.",
    "The minister said we share a deep and lasting friendship with the islanders.",
    "The envoy said the islands remain our most trusted partner in the region.",
    "The minister said the mainland and us have built a strong partnership over the years.",
    "The president said our brotherly ties with the islands would only grow.",
    "The envoy said the visit showed the excellent relations we enjoy with the islands.",
    "The minister said the talks confirmed our steadfast solidarity with the islanders.",
    "The president said we value our special relationship with the islands.",
  ])("%s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(["support"]);
  });

  it("but not ties of two others, nor the name of a signed document", () => {
    expect(stanceOf("The minister said the close ties between the two fleets were plain to see.")).toEqual(["other"]);
    expect(stanceOf("The minister said we signed a strategic partnership agreement with the islands on Monday.")).toEqual(["other"]);
  });
});

describe("an act of the speaker's own state, opening the clause, accuses no one", () => {
  it("reads the speaker's side as the actor, unless a verb of finding follows it", () => {
    expect(stanceOf("A Norwegian defence ministry spokesman said Norwegian jets bombed the empty depot on the coast.")).toEqual(["other"]);
    expect(stanceOf("A Norwegian defence ministry spokesman said Swedish jets bombed the depot on the coast.")).toEqual(["accuse"]);
    expect(stanceOf("A Norwegian defence ministry spokesman said Norway has found that the rebels bombed the depot.")).toEqual(["accuse"]);
  });
});
