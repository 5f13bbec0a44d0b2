/**
 * The words a statement's anchor can be (a speech verb's form, a source or stance noun, a
 * speech verb's lemma with -s, -d or -ed): a sentence none of whose words, as the analysis
 * layer reads them, is one has no verbal or nominal statement, and its tokens need not be
 * made. One look-up per word, where one pattern of five hundred alternatives was tried at
 * every character.
 */
import type { Word } from "../analysis/index.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { verbsByLemma } from "./verb-lemmas.ts";

const byLexicon = new WeakMap<StatementLexicon, ReadonlySet<string>>();

/** The lexicon's cue words, lower-case: the first word of each speech verb, source and stance nouns, the lemmas' forms. */
export function cueWords(lex: StatementLexicon): ReadonlySet<string> {
  let cues = byLexicon.get(lex);
  if (!cues) {
    // A speech verb read by its lemma may be in a form not listed: the bare lemma ("note") or with -s, -d, -ed.
    const lemmas = [...verbsByLemma(lex).keys()].flatMap((l) => ["", "s", "d", "ed"].map((ending) => l + ending));
    cues = new Set([...lex.verbs.keys(), ...lex.sourceNouns, ...lex.stanceNouns.keys(), ...lex.words.saidNouns, ...lex.words.pictureNouns, ...lemmas].map((w) => w.toLowerCase()));
    byLexicon.set(lex, cues);
  }
  return cues;
}

/** Whether one of the words is a cue. */
export function holdsCue(words: readonly Word[], cues: ReadonlySet<string>): boolean {
  return words.some((w) => cues.has(w.lower));
}
