/**
 * Speech verbs by lemma: "officials note that …", "the treaty states that …" use forms the
 * dictionary need not list. A word the analysis layer tags as a verb whose lemma is the lemma
 * of a one-word speech verb is that verb. Only lemmas that are the word of their own forms
 * count ("note": noted, notes), not a lemma that groups other words ("support": endorsed,
 * welcomed …), whose own forms are often no speech ("supported the regime").
 */
import type { SpeechVerb, StatementLexicon } from "../statement-lexicon.ts";
import type { Token } from "./tokens.ts";

const byLexicon = new WeakMap<StatementLexicon, Map<string, SpeechVerb>>();

/** Each lemma's first one-word speech verb, for lemmas written in their own forms. */
export function verbsByLemma(lex: StatementLexicon): Map<string, SpeechVerb> {
  let map = byLexicon.get(lex);
  if (!map) {
    map = new Map();
    for (const verbs of lex.verbs.values()) {
      for (const v of verbs) {
        const stem = v.lemma.replace(/e$/, "");
        if (v.words.length === 1 && v.words[0].startsWith(stem) && !map.has(v.lemma)) map.set(v.lemma, v);
      }
    }
    byLexicon.set(lex, map);
  }
  return map;
}

/**
 * The speech verb the token at `i` is by its lemma: where the analysis layer reads it as a verb,
 * or where it stands between its subject and "that" ("analysts claim that …"), which the tagger
 * often reads as a noun. A noun's complement ("the claim that", "Seoul's claim that") follows a
 * determiner, an adjective or a possessive, never a bare noun or pronoun.
 */
export function speechVerbByLemma(tokens: readonly Token[], i: number, lex: StatementLexicon): SpeechVerb | undefined {
  const token = tokens[i];
  const verb = verbsByLemma(lex).get(token.lemma);
  if (!verb) return undefined;
  const prev = tokens[i - 1];
  const beforeThat = tokens[i + 1]?.lower === "that" && !!prev && SUBJECT_ENDS.has(prev.pos) && !/['’]s$/.test(prev.lower);
  return token.pos === "VERB" || beforeThat ? { ...verb, form: token.lower, words: [token.lower] } : undefined;
}

/** Parts of speech a subject ends in. */
const SUBJECT_ENDS = new Set(["NOUN", "PROPN", "PRON"]);
