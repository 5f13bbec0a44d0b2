import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a page cut off mid-sentence", () => {
  it("gives no statement of a last sentence that is mostly missing", () => {
    expect(spoken("Okafor said the pier was open. Holm nodded and said the new ferry was taking place at an im")).toEqual(["Okafor: the pier was open"]);
    // "thanked her" is said in full before the cut: a thanks that needs none of the missing words.
    expect(spoken("Okafor said the pier was open. Holm thanked her and said the new ferry was taking place at an im")).toEqual(["Okafor: the pier was open", "Holm: thanked her"]);
  });

  it("keeps a last statement that has said enough, without the broken word", () => {
    expect(spoken("Okafor said the pier was open. The harbour board said that the town had shipped more than 1,000 crates of spare parts to the islands ahead of the winter sto")).toEqual([
      "Okafor: the pier was open",
      "the harbour board: the town had shipped more than 1,000 crates of spare parts to the islands ahead of the winter",
    ]);
  });

  it("keeps a statement whose words all stand before the cut (only the attribution runs into it)", () => {
    expect(spoken("Okafor said the pier was open. “The ferries run,” Holm said")).toEqual(["Okafor: the pier was open", "Holm: The ferries run"]);
  });
});
