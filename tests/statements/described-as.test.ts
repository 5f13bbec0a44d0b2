import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | role | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_role} | ${r.speaker_country}`);

describe("a description taking up a person named with no title (speakers/described-person.ts describedAs)", () => {
  // A person's state is not carried to rows where nothing gives it (2bbfb86): the words before the description keep none.
  it("gives them its office, and the report's state as a title would, in the row it describes", () => {
    expect(rows("Chile's navy searched the coast on Monday. Ana Ruiz spoke out on Tuesday, arguing that the search was too slow. On the radio, the former fisheries minister and current Green Party candidate said she wanted answers.")).toEqual([
      "Ana Ruiz |  | ",
      "Ana Ruiz | former fisheries minister and current Green Party candidate | CHL",
    ]);
  });
});
