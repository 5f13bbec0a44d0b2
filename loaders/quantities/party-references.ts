/**
 * "The two countries", "the three allies", "between two factions", "both nominees": a small
 * count of parties after a determiner re-names parties the story has already named, so it is
 * no amount (data/quantity-nouns.yaml `parties`, `most_parties`).
 */
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** Whether the count at `first` (value `value`) of the heads `lemmas`, its phrase ending at `last`, re-names parties. */
export function partiesRenamed(tokens: Token[], first: number, value: number, last: number, lemmas: string[], lex: QuantityLexicon): boolean {
  const before = tokens[first - 1]?.lower ?? "";
  const opened = lex.words.determiners.has(before) || (lex.words.partyContexts.has(before) && value === 2);
  return opened && value <= lex.mostParties && lemmas.every((l) => lex.parties.has(l)) && !restricted(tokens, last + 1, lex);
}

/**
 * A relative clause or a participle in -ing right after the counted noun ("all four candidates
 * seeking the office", "the three states that sued"): the phrase defines the set it counts
 * rather than pointing back at parties named before.
 */
function restricted(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  const t = tokens[k];
  return !!t && (lex.words.relativePronouns.has(t.lower) || (t.pos === "VERB" && /^\p{Ll}+ing$/u.test(t.text)));
}
