/**
 * Helpers of the quantities' frame matrices: an amount phrase read alike in every clause it
 * stands in, and the table's rows of an invented page (front matter, headline, body).
 */
import { describe, expect, it } from "vitest";
import { sharedGazetteer } from "../loaders/actors.ts";
import { extractQuantities, extractQuantitiesWith } from "../loaders/quantities.ts";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { loadDictionaries, prepareArticle } from "../loaders/tables.ts";
import { makeArticle, makeDoc } from "./helpers.ts";

/** What a row says of its amount: value, upper value of a range, unit, bound. */
export type Row = [value: number, valueMax: number | "", unit: string, bound: string];

/** One test per phrase: in every clause it gives the rows expected, the sentence named when not. */
export function describeAmountMatrix(title: string, phrases: [string, Row[]][], clauses: ((phrase: string) => string)[]): void {
  describe(title, () => {
    for (const [phrase, expected] of phrases) {
      it(`reads '${phrase}' alike in every clause`, () => {
        for (const clause of clauses) {
          const sentence = clause(phrase);
          const rows = extractQuantities(makeDoc(sentence)).map((q) => [q.value, q.value_max, q.unit, q.bound]);
          expect([sentence, rows]).toEqual([sentence, expected]);
        }
      });
    }
  });
}

/** The table's quantity rows of an invented page under `title`, with the page's raw text. */
export function pageQuantities(title: string, body: string) {
  const raw = `---\ntitle: ${title}\npublished: 2024-06-24\n---\n${title}\n${body}`;
  return { raw, rows: extractQuantitiesWith(prepareArticle(makeArticle(raw), loadDictionaries()), sharedQuantityLexicon(), sharedGazetteer()) };
}
