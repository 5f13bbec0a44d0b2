/**
 * The words that decide where a sentence ends (data/sentence-words.yaml): abbreviations,
 * the capitalised words that start a sentence after one, and scraping artefacts cut out of
 * the prose. Data, so that an editor can extend them.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary, phraseList, wordList } from "./dictionaries.ts";
import { escapeRegExp } from "./text.ts";

/** Abbreviations as written, lower case, without their final full stop: letters and inner full stops ("u.s", "e.g"). */
const abbreviationList = z.array(z.string().regex(/^\p{Ll}+(?:\.\p{Ll}+)*$/u, "lower-case letters, perhaps with inner full stops, no final one")).min(1);

const sentenceWordsSchema = z.object({
  abbreviations: abbreviationList,
  sentence_final_abbreviations: abbreviationList,
  sentence_starters: wordList,
  scraping_artefacts: phraseList,
});

export interface SentenceWords {
  abbreviations: ReadonlySet<string>;
  sentenceFinalAbbreviations: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  /** The scraping artefacts with the spaces after them. Global. */
  scrapingArtefacts: RegExp;
}

export function loadSentenceWords(dir = DATA_DIR): SentenceWords {
  const w = loadDictionary("sentence-words.yaml", sentenceWordsSchema, dir);
  return {
    abbreviations: new Set(w.abbreviations),
    sentenceFinalAbbreviations: new Set(w.sentence_final_abbreviations),
    sentenceStarters: new Set(w.sentence_starters),
    scrapingArtefacts: new RegExp(`\\b(?:${w.scraping_artefacts.map(escapeRegExp).join("|")})\\b\\s*`, "g"),
  };
}

/** The sentence words of `dir` (default `data/`), read again only when the file changes. */
export function sharedSentenceWords(dir = DATA_DIR): SentenceWords {
  return memoiseDictionary("sentence-words", dir, ["sentence-words.yaml"], () => loadSentenceWords(dir));
}
