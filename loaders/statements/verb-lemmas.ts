/**
 * Speech verbs by lemma: "officials note that …", "the treaty states that …" use forms the
 * dictionary need not list. A word the analysis layer tags as a verb whose lemma is the lemma
 * of a one-word speech verb is that verb. Only lemmas that are the word of their own forms
 * count ("note": noted, notes; "maintain" only before its "that", as its forms), not a lemma that groups other words ("support": endorsed,
 * welcomed …), whose own forms are often no speech ("supported the regime"), nor a verb that
 * speaks only with a quotation ("continue pushing Ukraine into a \"proxy war\"").
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
        // A verb that speaks only with a word after its object reads only in its listed forms ("to connect the port to the capital" is a plan).
        if (v.words.length === 1 && !v.quoted && v.afterObject.length === 0 && v.words[0].startsWith(stem) && !map.has(v.lemma)) map.set(v.lemma, v);
      }
    }
    byLexicon.set(lex, map);
  }
  return map;
}

/**
 * The speech verb the token at `i` is by its lemma: where the analysis layer reads it as a verb,
 * or where it stands between its subject and "that" ("analysts claim that …") or closes the sentence
 * after it ("…, medical sources report."), which the tagger often reads as a noun. A noun's complement ("the claim that", "a Times report that") has no
 * plural subject before it.
 */
export function speechVerbByLemma(tokens: readonly Token[], i: number, lex: StatementLexicon): SpeechVerb | undefined {
  const token = tokens[i];
  const verb = verbsByLemma(lex).get(token.lemma);
  // "Western nations maintain that …": a verb that speaks only before "that" needs it here too.
  if (!verb || (verb.needsThat && tokens[i + 1]?.lower !== "that")) return undefined;
  const prev = tokens[i - 1];
  const plural = !!prev && pluralSubjectEnd(prev, lex.speakerWords.pluralPronouns);
  const beforeThat = tokens[i + 1]?.lower === "that" && plural;
  // "…, medical sources report.": the bare present after a plural subject that closes the sentence.
  const closing = plural && token.lower === verb.lemma && (!tokens[i + 1] || /^[.!]$/.test(tokens[i + 1].text));
  return token.pos === "VERB" || beforeThat || closing ? { ...verb, form: token.lower, words: [token.lower] } : undefined;
}

/**
 * Whether a word may end the subject of a bare present verb: a plural noun (its lemma differs:
 * "officials") or a plural pronoun (data/speakers.yaml plural_pronouns). A singular subject would take
 * "-s", so "a Financial Times report that …" and "Seoul's claim that …" are nouns.
 */
function pluralSubjectEnd(word: Token, pluralPronouns: ReadonlySet<string>): boolean {
  if (word.pos === "PRON") return pluralPronouns.has(word.lower);
  return word.pos === "NOUN" && word.lower !== word.lemma && /s$/.test(word.lower);
}

