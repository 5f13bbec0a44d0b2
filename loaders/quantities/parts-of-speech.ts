/**
 * The analysis layer's parts of speech on the quantity reader's tokens: its grammar reads
 * numbers token by token (loaders/numbers.ts), and asks wink-nlp's tag where a word's class
 * decides a reading ("shells and raised fears": a verb after "and" opens a clause).
 */
import type { Word } from "../analysis/index.ts";
import type { ActorMention } from "../actors.ts";
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** The tokens with the part of speech and lemma of the analysis layer's word that starts where each does. */
export function withPartsOfSpeech(tokens: Token[], words: readonly Word[]): Token[] {
  let w = 0;
  for (const token of tokens) {
    while (w < words.length && words[w].start < token.start) w++;
    if (w < words.length && words[w].start === token.start) {
      token.pos = words[w].pos;
      token.lemma = words[w].lemma;
    }
  }
  return tokens;
}

/** The tokens with the words a gazetteer actor's name covers marked: "Peru" in "sent Peru 40 tanks" is a recipient, no model's name. */
export function withActors(tokens: Token[], actors: readonly ActorMention[]): Token[] {
  for (const token of tokens) if (actors.some((a) => !a.demonym && a.start <= token.start && token.start < a.end)) token.actor = true;
  return tokens;
}

/** Whether a sentence holds a digit or a number word ("three", "dozens", "a couple of"): where an amount may stand. */
export function mayCount(tokens: readonly Token[], lex: QuantityLexicon): boolean {
  const { small, vague, smallCounts, fractions } = lex.numbers;
  // A fraction hyphened onto its numerator ("two-fifths") is one token.
  const hyphened = (t: Token) => t.lower.includes("-") && fractions.has(t.lower.slice(t.lower.lastIndexOf("-") + 1));
  return tokens.some((t) => t.kind === "num" || small.has(t.lower) || vague.has(t.lower) || smallCounts.has(t.lower) || fractions.has(t.lower) || hyphened(t));
}

/** A base or third-person form of a verb's lemma ("say", "says", "backs"): no past form or participle. */
const baseForm = (t: Token) => !!t.lemma && (t.lower === t.lemma || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`);

/**
 * Whether the verb at `k` is in the present tense: a base or third-person form ("say", "says",
 * "back") or a present form of "be", "have", "do" (data/quantity-words.yaml). Past forms and
 * participles ("said", "consumed") are not, nor the perfect's "have" ("have recused", "has
 * been"), which tells what happened.
 */
export function presentVerb(tokens: readonly Token[], k: number, lex: QuantityLexicon): boolean {
  const t = tokens[k];
  if (!t || (t.pos !== "VERB" && t.pos !== "AUX")) return false;
  if (!lex.words.presentAuxiliaries.has(t.lower)) return baseForm(t);
  const next = tokens[k + 1];
  const perfect = t.lemma === "have" && !!next && (next.pos === "VERB" || next.pos === "AUX") && !baseForm(next);
  return !perfect;
}
