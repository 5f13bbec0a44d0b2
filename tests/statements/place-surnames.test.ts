import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../../loaders/actors.ts";
import { statementsOf } from "./read.ts";

/** "speaker | role | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role} | ${r.speaker_country}`);

describe("a state's one-word name after a given name is a surname (actors.ts, data/gender-words.yaml first_names)", () => {
  it("is no mention of the state, nor is a demonym after a given name", () => {
    expect(sharedGazetteer().find("Mayor Tom Chad and Linda Jordan met Paul Cuban.").map((m) => m.text)).toEqual([]);
  });

  it("still names the state after other words", () => {
    expect(sharedGazetteer().find("King Abdullah of Jordan flew to Chad.").map((m) => m.actor.code)).toEqual(["JOR", "TCD"]);
  });
});

describe("the surname alone later (speakers/resolve.ts placeAsSurname)", () => {
  it("is the person the article named with it, not the state", () => {
    expect(rows('"The bill is dead," Sen. Linda Jordan (D-Ore.), a panel member, said on Monday. Lobbyists "won this round," Jordan said.')).toEqual([
      "Linda Jordan | Sen. | USA",
      "Linda Jordan | Sen. | USA",
    ]);
  });

  it("leaves the state its own name where no person bears it", () => {
    expect(rows("Troops massed near the border. Jordan said it had sent no troops.")).toEqual(["Jordan |  | JOR"]);
  });
});
