/**
 * A count of units of something: "30 units of the K-7 howitzer" are 30 howitzers. The classifier
 * counts; what it counts, its kind and its unit, is the noun phrase after "of", which the
 * amount's text takes in. A generic head before "of" keeps its unit but is of that kind: "four
 * systems of Ayar missiles" are four systems, munitions (data/quantity-nouns.yaml generic_heads).
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { categoryOf, counted, knownCategory, nounPhrase, singular, singularPhrase } from "./noun-phrases.ts";

/** The reading with the things its classifier counts, when a classifier head is followed by "of" and a sorted noun phrase. */
export function classifiedThings(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  const head = tokens[r.last];
  if (!r.item || r.item[1] !== r.last || !head || tokens[r.last + 1]?.lower !== "of") return r;
  const classifier = lex.words.classifierHeads.has(head.lower);
  if (!classifier && !lex.genericHeads.has(singular(head.lower, lex.words))) return r;
  let from = r.last + 2;
  while (lex.words.articles.has(tokens[from]?.lower ?? "") || lex.words.determiners.has(tokens[from]?.lower ?? "")) from++;
  // The thing may be told in the singular ("units of the K-7 howitzer") or the plural.
  const plural = nounPhrase(tokens, from, lex);
  const np = plural ?? singularPhrase(tokens, from, lex);
  const kind = np && (plural ? categoryOf(np, lex) : knownCategory(np, lex));
  // "two units of soldiers" are formations, not soldiers; "units of data" no material thing.
  if (!np || !kind || kind === "reporting" || kind === "personnel" || kind === "count") return r;
  if (!classifier) return { ...r, category: kind };
  return { ...r, ...counted(tokens, np, lex), last: np.last, item: [np.first, np.last] };
}
