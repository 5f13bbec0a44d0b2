/**
 * A party as the object of a verb (one reading for the readers of naming, "called Lind a liar", and of standing by,
 * "defended Lind"): an object pronoun ("him", "her", "them", data/negative-valence.yaml clause_words
 * object_pronouns), a name that is not the speaker's own ("Senator Ola Lind"), or a determiner or possessive before
 * a noun that names a speaker ("the senator", "her running mate"). Where `ownedThings` is asked, a thing a party
 * owns stands for it too ("her plan", "Lind's budget"), as judged-parties.ts counts a possessed noun.
 */
import type { Word } from "../analysis/index.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";

/** How many words a party's noun phrase may take before its head ("the embattled former senator"). */
const HEAD_REACH = 4;

/** The index after the party's object phrase that starts at j, or -1 where the words there name no party. */
export function partyObjectEnd(words: readonly Word[], j: number, lex: StatementLexicon, self: ReadonlySet<string>, ownedThings: boolean): number {
  const t = words[j];
  if (!t) return -1;
  const clause = lex.judgementWords.clause;
  const owner = clause.possessives.has(t.lower);
  if (owner && ownedThings && words[j + 1]?.pos === "NOUN") return nounsEnd(words, j + 1);
  if (clause.object_pronouns.has(t.lower) && !(owner && words[j + 1]?.pos === "NOUN")) return j + 1;
  if (t.pos === "PROPN") {
    let k = j;
    while (words[k]?.pos === "PROPN") k++;
    if (words.slice(j, k).some((w) => self.has(w.lower))) return -1;
    // "Lind's plan": the thing is the owner's.
    if (ownedThings && /^['’]s$/u.test(words[k]?.text ?? "") && words[k + 1]?.pos === "NOUN") return nounsEnd(words, k + 1);
    return k;
  }
  if (t.pos !== "DET" && !owner) return -1;
  return personHeadEnd(words, j + 1, lex);
}

/** The index after a noun that names a speaker within a few words from j ("embattled former senator"), else -1. */
function personHeadEnd(words: readonly Word[], j: number, lex: StatementLexicon): number {
  for (let i = j; i < words.length && i < j + HEAD_REACH; i++) {
    const t = words[i];
    if (t.pos === "NOUN" && words[i + 1]?.pos !== "NOUN") return lex.speakerHeads.has(t.lemma) ? i + 1 : -1;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "ADV") return -1;
  }
  return -1;
}

/** The index after the nouns (and adjectives before them) that start at j. */
function nounsEnd(words: readonly Word[], j: number): number {
  let k = j;
  while (words[k]?.pos === "ADJ") k++;
  if (words[k]?.pos !== "NOUN" && words[k]?.pos !== "PROPN") return j;
  while (words[k]?.pos === "NOUN" || words[k]?.pos === "PROPN") k++;
  return k;
}
