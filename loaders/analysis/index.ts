/**
 * The analysis layer: one reading of an article that every extractor shares. Each sentence
 * is read once, when an extractor first asks for it: its words (wink-nlp: offsets, part of
 * speech, lemma), the actors the gazetteer finds in it and its dates (chrono). The
 * extractors read these and do not tokenise or match the gazetteer on a sentence again.
 */
import type { ActorMention, Gazetteer } from "../actors.ts";
import type { Sentence } from "../text.ts";
import { readWords, type Word } from "./words.ts";

export type { PartOfSpeech, Word } from "./words.ts";

export interface SentenceReading {
  readonly sentence: Sentence;
  /** The words, with article offsets, part of speech and lemma. */
  readonly words: readonly Word[];
  /** The gazetteer's actors (names and demonyms), with article offsets. Do not modify them. */
  readonly actors: readonly ActorMention[];
}

export interface ArticleReading {
  /** The gazetteer the actors come from: an actor is the same object wherever this gazetteer finds it. */
  readonly gazetteer: Gazetteer;
  /** The reading of one of the article's sentences, made on first request and kept with the article. */
  of(sentence: Sentence): SentenceReading;
}

/** An article's reading, made sentence by sentence as the extractors ask, with this gazetteer. */
export function readArticle(gazetteer: Gazetteer): ArticleReading {
  const readings = new Map<Sentence, SentenceReading>();
  return {
    gazetteer,
    of(sentence) {
      let reading = readings.get(sentence);
      if (!reading) readings.set(sentence, (reading = readSentence(sentence, gazetteer)));
      return reading;
    },
  };
}

/** One sentence's reading; each part is computed when first read. */
function readSentence(sentence: Sentence, gazetteer: Gazetteer): SentenceReading {
  let words: Word[] | undefined;
  let actors: ActorMention[] | undefined;
  return {
    sentence,
    get words() {
      return (words ??= readWords(sentence));
    },
    get actors() {
      return (actors ??= gazetteer.find(sentence.text, sentence.start));
    },
  };
}
