import { describe, expect, it } from "vitest";
import { extractQuantitiesWith } from "../loaders/quantities.ts";
import { sharedGazetteer } from "../loaders/actors.ts";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { loadDictionaries, prepareArticle } from "../loaders/tables.ts";
import { makeArticle } from "./helpers.ts";

/**
 * A second frame matrix (the first is quantities-frame-matrix.test.ts): constructions read on
 * real pages, each in several shapes of its own, with sentences invented for the test.
 */
const page = (title: string, body: string) => {
  const raw = `---\ntitle: ${title}\npublished: 2024-06-24\n---\n${title}\n${body}`;
  const rows = extractQuantitiesWith(prepareArticle(makeArticle(raw), loadDictionaries()), sharedQuantityLexicon(), sharedGazetteer());
  return rows.map((q) => [q.text, raw.slice(0, q.char_start).split("\n").length - 5]);
};

describe("the lead-in above the report: headline, deck, wrapped first paragraph", () => {
  it("reads a deck under the headline, a line with no stop, as a teaser the report's mention replaces", () => {
    // [text, line of the body the row stands on]
    expect(page("Peru moves troops north", "Six Chilean sailors and two Peruvian guards were hurt in the clash\n\nLima said on Monday that six Chilean sailors were hurt in a clash at sea, and that two Peruvian guards also needed care.")).toEqual([
      ["six Chilean sailors", 3],
      ["two Peruvian guards", 3],
    ]);
    expect(page("Chile Sends Tanks To Peru", "Forty tanks cross the border in a week of drills\nLatin America desk\n\nChile sent 40 tanks across the border with Peru in a week of drills, the army said on Monday.")).toEqual([["40 tanks", 4]]);
  });

  it("reads a hard-wrapped first paragraph, whose lines end in no stop, as the report", () => {
    const wrapped = [
      "Lima desk | Edited by the night staff",
      "Peruvian state media reported drone",
      "strikes on two depots held by a rebel group in",
      "Chile. The strikes followed a week of raids by the",
      "navy on camps along the coast, the media said.",
      "The rebels said later that two guards had been",
      "killed in the strikes and that the depots burned.",
    ].join("\n");
    expect(page("Peru strikes rebel depots", wrapped)).toEqual([["two depots", 3], ["two guards", 6]]);
  });
});
