/**
 * Quantities: every number that counts or measures something material to the story.
 *
 * Per sentence (rows.ts): read a hedge, a currency symbol and a number (amounts.ts, over
 * loaders/numbers.ts), rule out what is a date, a year, an ordinal, a name or a calibre
 * (not-amounts.ts), then read what is counted from what follows: a unit of measure and its
 * "of …" (measures.ts), or a noun phrase with a plural head (noun-phrases.ts); one of something
 * is a reference unless listed or befallen (one-thing.ts); the sides of a vote's tally are votes
 * (tallies.ts); two amounts may make one range (ranges.ts). Who claims it comes from the attribution that governs the
 * number's clause (attributed-to.ts, claimants.ts); the period from a date in that clause
 * (periods.ts). The dictionaries (units, nouns, hedges, attribution verbs, the reader's
 * words) are YAML under data/, read by lexicon.ts, so that editors can extend them without
 * touching the grammar.
 *
 *   sentence → amounts (not-amounts, measures, noun-phrases) → ranges → rows
 *                                                     ↳ attributed-to (claimants), periods
 *
 * The reader tokenises with numbers.ts, not with the analysis layer's words: wink-nlp's
 * tokens join what the number grammar reads apart ("5-6", "1/16", "10:30", "1990s", "US$",
 * "$-50.8") and split what it reads as one ("2 500", "twenty-five", "Korea's"); about 6% of
 * the tokens of the real-news texts differ, most of them around numbers.
 */
import { sharedGazetteer, type Gazetteer } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";
import { sharedQuantityLexicon, type QuantityLexicon } from "./lexicon.ts";
import type { QuantityRow } from "./row.ts";
import { singular as singularWith } from "./noun-phrases.ts";
import { extractQuantitiesWith } from "./rows.ts";

export { loadQuantityLexicon, sharedQuantityLexicon, type QuantityLexicon } from "./lexicon.ts";
export { nounPhrase, type NounPhrase } from "./noun-phrases.ts";
export type { Category, Change, QuantityRow } from "./row.ts";
export { extractQuantitiesWith } from "./rows.ts";

/** The material amounts of an article: the rows of the quantities table. */
export function extractQuantities(doc: ArticleDoc, lexicon: QuantityLexicon = sharedQuantityLexicon(), gazetteer: Gazetteer = sharedGazetteer()): QuantityRow[] {
  return extractQuantitiesWith(doc, lexicon, gazetteer);
}

/** Every amount of an article, material or not, each with its category (the general reader). */
export function extractAllQuantities(doc: ArticleDoc, lexicon: QuantityLexicon = sharedQuantityLexicon(), gazetteer: Gazetteer = sharedGazetteer()): QuantityRow[] {
  return extractQuantitiesWith(doc, lexicon, gazetteer, true);
}

/** The singular of a plural noun, by the common English rules and the irregular plurals of data/quantity-words.yaml. */
export function singular(word: string, lexicon: QuantityLexicon = sharedQuantityLexicon()): string {
  return singularWith(word, lexicon.words);
}
