import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role" of each row. */
const who = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role}`);

describe("job titles, ranks and bodies of English news (data/speakers.yaml)", () => {
  it("strips a rank or an office written before a name, and keeps it as the role", () => {
    expect(who("Brigadier Aldo Renz said the bridge would hold.")).toEqual(["Aldo Renz | Brigadier"]);
    expect(who("Capt. Mira Holm said the ship had left the quay at dawn.")).toEqual(["Mira Holm | Capt."]);
    expect(who("Harbour guild member Tomas Vanek confirmed that the ferry survived the storm.")).toEqual(["Tomas Vanek | Harbour guild member"]);
  });

  it("takes up a person named once with a title by the surname alone", () => {
    const rows = statementsOf("Harbour guild member Tomas Vanek confirmed that the ferry survived the storm. Vanek noted that the crane had collapsed.");
    expect(rows.map((r) => r.speaker)).toEqual(["Tomas Vanek", "Tomas Vanek"]);
  });

  it("reads people named by their trade or lot as speakers, many of them with no role of one person", () => {
    expect(who("Villagers said the river rose overnight.")).toEqual(["Villagers | "]);
    expect(who("Several eyewitnesses said the tower fell at noon.")).toEqual(["Several eyewitnesses | "]);
  });

  it("reads a union, a court or a firm as a body, with no role", () => {
    expect(who("The dockworkers' union said the strike would go on.")).toEqual(["the dockworkers' union | "]);
    expect(who("The regional court said the sale was unlawful.")).toEqual(["the regional court | "]);
  });
});
