import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker: quote" for each row of a short article. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker}: ${r.quote}`);

describe("a second act of speech set against the first by a conjunction of contrast and its own subject", () => {
  // Our own sentences: "…, though she noted …", "…, but he said …" tell two acts, each a statement.
  it.each([
    [
      "Mayor Lena Ortiz said the new bridge would open in May, though she noted that the ramps were unfinished.",
      ["Lena Ortiz: the new bridge would open in May", "Lena Ortiz: the ramps were unfinished"],
    ],
    [
      "Chief Tomas Lind said the footage did not show the driver, but he said witnesses saw the car speed away.",
      ["Tomas Lind: the footage did not show the driver", "Tomas Lind: witnesses saw the car speed away"],
    ],
    [
      "Senator Jo Park said the tariff was a mistake, although she acknowledged that it had protected jobs in Lima.",
      ["Jo Park: the tariff was a mistake", "Jo Park: it had protected jobs in Lima"],
    ],
  ])("%s", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("keeps two verbs joined by 'and' with no subject of their own one statement", () => {
    expect(rows("Mayor Lena Ortiz said the bridge would open in May and warned that the ramps were unfinished.")).toEqual([
      "Lena Ortiz: the bridge would open in May … the ramps were unfinished",
    ]);
  });
});
