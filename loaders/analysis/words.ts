/**
 * The words of a sentence as wink-nlp reads them: each with its offsets into the article's
 * raw text (UTF-16 units of the file as stored), its part of speech (Universal POS tags)
 * and its lemma. wink-nlp's tokens are lossless (the token values and the spaces before
 * them give back the text), so offsets come from adding their lengths up.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence } from "../text.ts";
import { spelledLemma } from "./lemma-spelling.ts";

/** Universal part-of-speech tags, as wink-nlp's English model assigns them. */
export const PARTS_OF_SPEECH = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export interface Word {
  /** Offsets into the article's raw text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: PartOfSpeech;
  /** The dictionary form, lower-case: "ship" for "shipped", "container" for "containers". */
  lemma: string;
}

let reader: WinkMethods | undefined;

/**
 * The English model, loaded on first use (a few hundred milliseconds) and shared: it is read-only.
 * Parts of speech only: we give it one sentence at a time, and its sentence boundaries ("sbd")
 * would cost a tenth of its reading for nothing (its tagger and lemmas do not read them).
 */
function englishReader(): WinkMethods {
  reader ??= winkNLP(model, ["pos"]);
  return reader;
}

/** The words of one sentence, with article offsets. Spaces and line breaks are not words. */
export function readWords(sentence: Pick<Sentence, "text" | "start">): Word[] {
  const nlp = englishReader();
  const its = nlp.its;
  const tokens = nlp.readDoc(sentence.text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const lemmas = tokens.out(its.lemma as ItsFunction<string>) as string[];
  const words: Word[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const start = sentence.start + at;
    at += values[i].length;
    if (tags[i] === "SPACE") continue;
    const lower = values[i].toLowerCase();
    // wink-nlp gives some tokens no lemma ("cannot" before a comma): the word stands for itself.
    words.push({ start, end: start + values[i].length, text: values[i], lower, pos: tags[i], lemma: spelledLemma(lower, lemmas[i]?.toLowerCase() ?? lower) });
  }
  return words;
}
