/**
 * "Twenty states led by Ohio are suing the agency. They argue that …": a "they" after a sentence whose
 * subject is a plural noun phrase takes up that subject, when no plural speaker was heard since it
 * (resolve.ts takes up the last plural speaker otherwise, however far back).
 */
import { type Word } from "../analysis/words.ts";
import { type ArticleDoc } from "../document.ts";
import { type SpeakerHistory, type SpeakerPhrase } from "../speakers.ts";
import { adverbialEnd } from "./sentence-subjects.ts";
import { type Draft } from "./sentence.ts";

/** A subject longer than this many words (hyphens counted) is no noun phrase read here. */
const MAX_SUBJECT_WORDS = 16;


/** Whether word `k` opens a reduced relative with its agent ("states led by Ohio"): the subject runs on through it. */
const byAgent = (words: readonly Word[], k: number) => /(?:ed|en)$/.test(words[k].lower) && words[k + 1]?.lower === "by";

/** Where the last plural speaker spoke, -1 if none did. */
function lastPluralAt(history: SpeakerHistory): number {
  for (let k = history.previous.length - 1; k >= 0; k--) if (history.previous[k].resolved.plural) return history.previous[k].at;
  return -1;
}

/** The plural noun phrase opening the sentence before the draft's, as a speaker phrase, if no plural speaker spoke since. */
export function pluralSubjectBefore(draft: Draft, doc: ArticleDoc, history: SpeakerHistory): SpeakerPhrase | undefined {
  const sentence = doc.sentences[draft.ctx.sentence.index - 1];
  if (!sentence || lastPluralAt(history) >= sentence.start) return undefined;
  const words = doc.reading.of(sentence).words;
  const first = adverbialEnd(words);
  if (!["DET", "NUM", "NOUN", "PROPN", "ADJ"].includes(words[first]?.pos ?? "")) return undefined;
  let k = first;
  while (k < words.length && k - first < MAX_SUBJECT_WORDS && ((words[k].pos !== "VERB" && words[k].pos !== "AUX") || byAgent(words, k))) {
    // A hyphen joins a compound ("Twenty-seven"); other marks end a clause or open an aside.
    if (words[k].pos === "PUNCT" && !/^[-‐]$/.test(words[k].text)) return undefined;
    k += byAgent(words, k) ? 2 : 1;
  }
  const verb = words[k];
  const head = words[k - 1];
  if (!verb || (verb.pos !== "VERB" && verb.pos !== "AUX") || !head || head.pos !== "NOUN" || !/[^s]s$/.test(head.lower)) return undefined;
  const [start, end] = [words[first].start, head.end];
  return { text: doc.article.raw.slice(start, end), start, end };
}
