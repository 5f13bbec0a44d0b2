import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role: words" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role}: ${r.quote}`);

describe("a name with a lower-case particle (data/speakers.yaml name_particles)", () => {
  it("reads the whole name, and the surname that opens a sentence with the particle capitalised", () => {
    expect(rows("Harbour union member Samir al-Hadi confirmed that the pier had collapsed. Al-Hadi said two workers were hurt.")).toEqual([
      "Samir al-Hadi | Harbour union member: the pier had collapsed",
      "Samir al-Hadi | Harbour union member: two workers were hurt",
    ]);
    expect(rows("Emir Khalid bin Saud said the talks would resume. Bin Saud added that the ports would open.").map((r) => r.split(" | ")[0])).toEqual(["Khalid bin Saud", "Khalid bin Saud"]);
    expect(rows("Petra van Dijk said the dikes held. Van Dijk added that the river was falling.").map((r) => r.split(" | ")[0])).toEqual(["Petra van Dijk", "Petra van Dijk"]);
  });
});

describe("who is named once with a role, then by surname or pronoun", () => {
  it("gives a leading 'according to X, a role,' the role, and the words after it", () => {
    expect(rows("According to Petra Holm, a professor at Leiden, the dikes held. Holm said the river was falling.")).toEqual([
      "Petra Holm | professor at Leiden: the dikes held",
      "Petra Holm | professor at Leiden: the river was falling",
    ]);
  });

  it("reads a trade written before a name after an inverted verb", () => {
    const said = statementsOf("\"We lost everything,\" said local fisherman Ole Brandt. \"The nets are gone,\" Brandt said.");
    expect(said.map((r) => `${r.speaker}: ${r.quote}`)).toEqual(["Ole Brandt: We lost everything", "Ole Brandt: The nets are gone"]);
    expect(said[0].speaker_role).toBe("local fisherman");
  });

  it("takes up an apposition's person by surname and by pronoun", () => {
    expect(rows("\"The quay is unsafe,\" said Oskar Blum, director of the Harbour Trust. Blum added that repairs would start in May. He said the budget was short.").map((r) => r.split(":")[0])).toEqual([
      "Oskar Blum | director of the Harbour Trust",
      "Oskar Blum | director of the Harbour Trust",
      "Oskar Blum | director of the Harbour Trust",
    ]);
  });
});
