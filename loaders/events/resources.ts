/** What extraction needs besides the article: the dictionaries, loaded once. */
import { sharedGazetteer, type Gazetteer } from "../actors.ts";
import { DATA_DIR, memoiseDictionary } from "../dictionaries.ts";
import { EVENT_SUMMARIES_FILE, loadSummaryWording, type SummaryWording } from "../event-summary.ts";
import { EVENT_DICTIONARY_FILE, loadEventDictionary, triggersByLemma, type EventEntry } from "../event-dictionary.ts";
import { EVENT_NOUNS_FILE, lightVerbEntries } from "../event-light-verbs.ts";
import { attributingVerbs, sharedStatementLexicon, type StatementLexicon } from "../statement-lexicon.ts";
import { WordStartIndex } from "../pattern-word-starts.ts";
import { NUMBER_WORDS_FILE, sharedNumberWords, type NumberWords } from "../number-words.ts";
import { literalAlternatives } from "../text.ts";
import { EVENT_WORDS_FILE, loadEventWords, type EventWords } from "./words.ts";
import { SPEECH_ACTS_FILE, speechActWords, type SpeechActWords } from "./speech-acts.ts";

/** What extraction needs besides the article: the dictionaries, loaded once. */
export interface EventResources {
  gazetteer: Gazetteer;
  entries: EventEntry[];
  /**
   * Each entry's place in reading order: entries that refer back to an act ("condemned the
   * deployment") after the others, so that "were sent … and condemned the deployment"
   * resolves within its sentence. Fixed by the dictionary, so made once, not per article.
   */
  readingRank: ReadonlyMap<EventEntry, number>;
  /** The entries each lemma triggers (see triggersByLemma). */
  byLemma: ReadonlyMap<string, readonly EventEntry[]>;
  /** The entries with a phrase pattern, in dictionary order. */
  phrases: readonly EventEntry[];
  /** The phrase entries by the word beginnings their patterns need: a sentence tries only those it may match. */
  phrasesByWord: WordStartIndex<EventEntry>;
  /** How the summary column words an event (data/event-summaries.yaml). */
  summaries: SummaryWording;
  /** Verbs that attribute what follows to a speaker, from data/speech-verbs.yaml (see attributionPattern). */
  speechVerbs: RegExp;
  /** The function words a clause is read with (data/event-words.yaml), as patterns. */
  words: EventWords;
  /** Number words ("six", "a dozen"), for the counts that verbs of giving move. */
  numbers: NumberWords;
  /** The statements' lexicon: titles and roles, by which a person the gazetteer does not know gets a state. */
  speakers: StatementLexicon;
  /** Which statements are also events, and the words of a pledge (data/event-speech-acts.yaml). */
  speechActs: SpeechActWords;
}

/** The dictionaries under `dir`, read once and shared while their files are unchanged (they are immutable). */
export function eventResources(dir = DATA_DIR): EventResources {
  return memoiseDictionary("events", dir, [EVENT_DICTIONARY_FILE, EVENT_NOUNS_FILE, EVENT_SUMMARIES_FILE, "actors.yaml", "speech-verbs.yaml", EVENT_WORDS_FILE, NUMBER_WORDS_FILE, SPEECH_ACTS_FILE, "state-institutions.yaml"], () => {
    const dictionary = loadEventDictionary(dir);
    // The light verbs with event nouns ("issued an ultimatum to") after the dictionary's entries.
    const entries = [...dictionary, ...lightVerbEntries(dictionary, dir)];
    const phrases = entries.filter((e) => e.trigger.pattern);
    return {
      gazetteer: sharedGazetteer(dir),
      entries,
      readingRank: readingRank(entries),
      byLemma: triggersByLemma(entries),
      phrases,
      phrasesByWord: WordStartIndex.of(phrases, (e) => e.trigger.pattern!),
      summaries: loadSummaryWording(dir),
      speechVerbs: attributionPattern(sharedStatementLexicon(dir)),
      words: loadEventWords(sharedStatementLexicon(dir), dir),
      speakers: sharedStatementLexicon(dir),
      numbers: sharedNumberWords(dir),
      speechActs: speechActWords(dir),
    };
  });
}

/** The entries' ranks in reading order: those that refer back to an act told before come last. */
function readingRank(entries: EventEntry[]): Map<EventEntry, number> {
  const refersBack = (e: EventEntry) => e.actor.includes("referent") || e.target.includes("referent");
  const ordered = [...entries.filter((e) => !refersBack(e)), ...entries.filter(refersBack)];
  return new Map(ordered.map((e, rank) => [e, rank]));
}

/** The attributing verbs of the statements' dictionary (see attributingVerbs) as one pattern. */
function attributionPattern(lex: StatementLexicon): RegExp {
  const { follows, beforeThat } = attributingVerbs(lex);
  const alternatives = (forms: string[]) => literalAlternatives(forms, { anySpace: true });
  return new RegExp(`\\b(?:according to|report that|${alternatives(follows)}|(?:${alternatives(beforeThat)})(?=\\s+that\\b))\\b`, "gi");
}
