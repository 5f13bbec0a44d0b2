/**
 * The analysis layer: one reading of an article that every extractor shares. Each sentence
 * is read once, when an extractor first asks for it: its words (wink-nlp: offsets, part of
 * speech, lemma), the actors the gazetteer finds in it and its dates (chrono). The
 * extractors read these and do not tokenise or match the gazetteer on a sentence again.
 * The actors are kept for the article's life; the words in a compact store (word-store.ts),
 * and as objects only for the latest sentences read (see SENTENCES_WITH_WORDS).
 */
import type { ActorMention, Gazetteer } from "../actors.ts";
import type { Sentence } from "../text.ts";
import { WordStore, type StoredWords } from "./word-store.ts";
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

/**
 * How many sentences keep their words as objects. An extractor reads a sentence's words
 * while it is on that sentence, so only the latest few are kept as objects; the others are
 * made again from the article's word store when an extractor comes back to them.
 */
const SENTENCES_WITH_WORDS = 8;

/** An article's reading, made sentence by sentence as the extractors ask, with this gazetteer. */
export function readArticle(gazetteer: Gazetteer): ArticleReading {
  // By the sentence's index, the sentence itself confirming: a look-up every extractor makes
  // for every word it reads, cheaper in an array than in a map. A sentence not of the article's
  // list (another object at the same index) is kept apart.
  const readings: Array<LazySentenceReading | undefined> = [];
  const others = new Map<Sentence, LazySentenceReading>();
  const store = new WordStore();
  const latestWords = new Map<LazySentenceReading, Word[]>();
  // wink-nlp reads a sentence once; later requests take its words from the store.
  const wordsOf = (reading: LazySentenceReading): Word[] => {
    let words = latestWords.get(reading);
    if (words) return words;
    if (reading.block >= 0) words = store.words(reading);
    else {
      const at = store.add((words = readWords(reading.sentence)));
      reading.block = at.block;
      reading.first = at.first;
      reading.count = at.count;
    }
    latestWords.set(reading, words);
    if (latestWords.size > SENTENCES_WITH_WORDS) latestWords.delete(latestWords.keys().next().value!);
    return words;
  };
  return {
    gazetteer,
    of(sentence) {
      const at = readings[sentence.index];
      if (at !== undefined && at.sentence === sentence) return at;
      let reading = others.get(sentence);
      if (reading) return reading;
      reading = new LazySentenceReading(sentence, gazetteer, wordsOf);
      // The extractors ask in order: the next index extends the array (which stays packed).
      if (sentence.index === readings.length) readings.push(reading);
      else others.set(sentence, reading);
      return reading;
    },
  };
}

/**
 * One sentence's reading: its actors are found when first read and kept, its words come
 * from `wordsOf`. A class, not an object literal with getters: an article keeps one per
 * sentence, and a literal with accessors is stored as a dictionary, several times larger.
 */
class LazySentenceReading implements SentenceReading, StoredWords {
  private foundActors: ActorMention[] | undefined = undefined;
  /** Where the article's word store keeps this sentence's words once read (block -1 until then): fields here, not an object more per sentence. */
  block = -1;
  first = 0;
  count = 0;

  constructor(
    readonly sentence: Sentence,
    private readonly gazetteer: Gazetteer,
    private readonly wordsOf: (reading: LazySentenceReading) => Word[],
  ) {}

  get words(): readonly Word[] {
    return this.wordsOf(this);
  }

  get actors(): readonly ActorMention[] {
    return (this.foundActors ??= this.gazetteer.find(this.sentence.text, this.sentence.start));
  }
}
