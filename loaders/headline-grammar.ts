/**
 * A headline stored with a full stop, as some pages and corpora close every line ("Judge rejects
 * request to unseal file."), told from a one-sentence lede ("A judge rejected the request on
 * Monday."): set in title case, or told in a headline's tense and retold by the sentence after it.
 */
import { readWords, type Word } from "./analysis/words.ts";

/** Whether `line`, a page's first line closed by a full stop, is its headline; `lede` is the sentence after it. */
export function closedHeadline(line: string, lede: string): boolean {
  const words = readWords({ text: line, start: 0 });
  if (titleCase(line, words)) return true;
  return toldAsHeadline(words) && sharedNouns(words, readWords({ text: lede, start: 0 })) >= 2;
}

/**
 * Whether three in four of a line's longer words open with a capital, and two words after its
 * first that are no names ("Trump Was Mocking Clinton Camp"), as headlines in title case are set;
 * a sentence capitalises only its names ("Shoigu visited Pyongyang in July").
 */
function titleCase(text: string, words: readonly Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4}/u.test(text.slice(w.start, w.end)));
  const capital = long.filter((w) => /^\p{Lu}/u.test(text.slice(w.start, w.end)));
  const capitalNotNames = words.slice(1).filter((w) => w.pos !== "PROPN" && /^\p{Lu}\p{L}/u.test(text.slice(w.start, w.end)));
  return long.length >= 3 && capital.length / long.length >= 0.75 && capitalNotNames.length >= 2;
}

/**
 * Whether a line's first verb is in a headline's tense: the present of the third person ("Judge
 * rejects request"), or no verb at all. A lede tells what happened in the past or the perfect
 * ("A judge rejected", "has rejected", "drones hit"): its first verb is an auxiliary or no -s form.
 */
function toldAsHeadline(words: readonly Word[]): boolean {
  const verb = words.find((w) => w.pos === "VERB" || w.pos === "AUX");
  if (!verb) return true;
  if (verb.pos === "AUX") return false;
  return /s$/.test(verb.lower) && verb.lower !== verb.lemma && !/ed$/.test(verb.lower);
}

/** Parts of speech of the words a headline shares with the lede that retells it. */
const NAMING: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * How many nouns, names and adjectives (of four letters or more, by lemma) a line shares with
 * the next sentence: a headline's are retold in its lede ("Judge rejects request …" → "A judge
 * has rejected a request …"); a lede's next sentence goes on to other things.
 */
function sharedNouns(line: readonly Word[], next: readonly Word[]): number {
  const lemmas = (ws: readonly Word[]) => new Set(ws.filter((w) => NAMING.has(w.pos) && w.lemma.length >= 4).map((w) => w.lemma.replace(/['’]s$/, "")));
  const theirs = lemmas(next);
  return [...lemmas(line)].filter((l) => theirs.has(l)).length;
}
