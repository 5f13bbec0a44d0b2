/**
 * A bare number that gives its clause's subject a level: "Russian casualties are averaging 1,200
 * a day", "Chilean troops in the region number about 8,000", "shipments of shells totalled
 * 40,000". The subject's noun, where the dictionary sorts it, is what the number counts.
 */
import type { Token } from "../numbers.ts";
import type { Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { percentAt } from "./measures.ts";
import { categoryOf, counted, isAdverb, knownCategory, nounPhrase, type NounPhrase } from "./noun-phrases.ts";

/** The reading with the things its clause's subject names, when a verb of level stands before a bare number. */
export function subjectCounted(r: Reading, tokens: Token[], lex: QuantityLexicon): Reading {
  if (r.unit || r.category !== "number") return r;
  let verb = r.first - 1;
  // "estimated in the hundreds of thousands": an article between the link and a magnitude.
  if (lex.words.articles.has(tokens[verb]?.lower ?? "") && lex.words.levelLinks.has(tokens[verb - 1]?.lower ?? "")) verb--;
  const link = lex.words.levelLinks.has(tokens[verb]?.lower ?? "");
  if (link) verb = pastChangeSize(tokens, verb - 1, lex);
  if (!link && !lex.words.levelVerbs.has(tokens[verb]?.lower ?? "")) return collectiveSubject(r, tokens, r.first - 1, true, lex) ?? r;
  if (!lex.words.levelVerbs.has(tokens[verb]?.lower ?? "")) return link && tokens[verb + 1]?.lower === "to" ? objectCounted(r, tokens, verb, lex) : r;
  // "are now averaging", "have reached": auxiliaries and adverbs before the verb.
  const end = pastAuxiliaries(tokens, verb - 1, lex);
  const np = subjectPhrase(tokens, subjectStart(tokens, end, lex), end, lex);
  return np ? { ...r, ...counted(tokens, np, lex) } : (link ? collectiveSubject(r, tokens, verb, false, lex) ?? r : r);
}

/** Back from `k` over auxiliaries and adverbs: "are now", "have already". */
function pastAuxiliaries(tokens: Token[], k: number, lex: QuantityLexicon): number {
  let end = k;
  while (end > 0 && (lex.words.clauseAuxiliaries.has(tokens[end].lower) || isAdverb(tokens[end].lower, lex) || lex.words.itemAdverbs.has(tokens[end].lower))) end--;
  return end;
}

/**
 * A body named in the singular as the subject, its level given by a verb of level and its link
 * ("at", "to") or a copula before the number: "the city's population is estimated at 3 million", "our population is now
 * 130 million", "the garrison stands at 4,000" count its members (data/quantity-words.yaml
 * `collectives`). `verb` is the verb of level, or the token before the number when `copula`.
 */
function collectiveSubject(r: Reading, tokens: Token[], at: number, copula: boolean, lex: QuantityLexicon): Reading | undefined {
  let verb = at;
  if (copula) {
    // A copula right before the number, maybe an adverb between: "is now 130 million".
    if (lex.words.itemAdverbs.has(tokens[verb]?.lower ?? "") || isAdverb(tokens[verb]?.lower ?? "", lex)) verb--;
    if (!lex.words.itemCopulas.has(tokens[verb]?.lower ?? "")) return undefined;
  }
  const end = pastAuxiliaries(tokens, verb - 1, lex);
  const member = lex.words.collectives.get(tokens[end]?.lower ?? "");
  // The body as the clause's head, with only a determiner or a possessive before it: not "a town of
  // the region's population".
  const before = tokens[end - 1];
  const opens = !before || lex.words.determiners.has(before.lower) || lex.words.articles.has(before.lower) || /['’]s?$/.test(before.lower);
  return member && end >= 0 && opens ? { ...r, unit: member.unit, category: member.category, item: [end, end] } : undefined;
}

/** Back over a change's size or start between a verb and "to": "rose by 3,000 to 12,000", "rose 20% to 12,000", "climbed from 9,000 to 12,000". */
function pastChangeSize(tokens: Token[], k: number, lex: QuantityLexicon): number {
  let j = k;
  while (j > 0 && (tokens[j].kind === "num" || lex.numbers.scales.has(tokens[j].lower) || percentAt(tokens, j, lex) > 0)) j--;
  if (j === k) return k;
  // "rose nearly 3,000 to 12,000", "climbed by some 20% to 12,000": a hedge of the size.
  j = hedgeStart(tokens, j, lex) - 1;
  return lex.words.changeLinks.has(tokens[j]?.lower ?? "") ? j - 1 : lex.words.levelVerbs.has(tokens[j]?.lower ?? "") ? j : k;
}

/** Where a hedge ending at `j` begins ("more than", "nearly"), or `j + 1` when none ends there. */
function hedgeStart(tokens: Token[], j: number, lex: QuantityLexicon): number {
  for (let m = j; m >= Math.max(0, j - 3); m--) {
    const hedge = lex.hedges.match(tokens, m);
    if (hedge && m + hedge.length - 1 === j) return m;
  }
  return j + 1;
}

/** The object a verb of change sets to the level after "to": "Chile doubled its troops in Tacna to 12,000"; `end` is the object's last token. */
function objectCounted(r: Reading, tokens: Token[], end: number, lex: QuantityLexicon): Reading {
  let start = subjectStart(tokens, end, lex);
  while (start < end && !lex.words.objectLevelVerbs.has(tokens[start - 1]?.lower ?? "")) start++;
  if (!lex.words.objectLevelVerbs.has(tokens[start - 1]?.lower ?? "")) return r;
  const np = subjectPhrase(tokens, start, end, lex);
  return np ? { ...r, ...counted(tokens, np, lex) } : r;
}

/** Where the subject ending at `end` begins: back over modifiers, determiners and prepositional phrases ("shipments of shells to Peru"). */
function subjectStart(tokens: Token[], end: number, lex: QuantityLexicon): number {
  const inSubject = (t: Token) =>
    t.kind === "word" ? !lex.words.stopWords.has(t.lower) || lex.words.determiners.has(t.lower) || lex.words.articles.has(t.lower) || lex.words.itemPrepositions.has(t.lower) || t.lower === "of" || t.lower === "among" : t.glued && t.text !== "," && t.text !== ".";
  // A number hyphened onto a measure is a modifier of the subject: "output of 155-mm shells".
  const calibre = (k: number) => tokens[k].kind === "num" && pastCalibre(tokens, k) > k;
  let start = end;
  while (start > 0 && start > end - 10 && (inSubject(tokens[start - 1]) || calibre(start - 1))) start--;
  return start;
}

/**
 * The subject's first noun phrase, if the dictionary sorts it ("Russian casualties"), or the
 * phrase after its "of" ("deliveries of drones"); none for a subject it does not know ("losses").
 */
function subjectPhrase(tokens: Token[], start: number, end: number, lex: QuantityLexicon): NounPhrase | undefined {
  let j = start;
  while (j < end && (lex.words.determiners.has(tokens[j].lower) || lex.words.articles.has(tokens[j].lower))) j++;
  // "Chile's output of shells": past a possessive, when the phrase with it counts nothing.
  return phraseAt(tokens, j, end, lex) ?? (/['’]s?$/.test(tokens[j]?.lower ?? "") && j < end ? phraseAt(tokens, j + 1, end, lex) : undefined);
}

/** The noun phrase at `j`, ending by `end`, that the dictionary sorts, or its of-phrase. */
function phraseAt(tokens: Token[], j: number, end: number, lex: QuantityLexicon): NounPhrase | undefined {
  // "production of shells", "its output of rounds": a singular noun of an amount (data/quantity-words.yaml
  // `amount_nouns`), whose of-phrase is counted; not "the price of shells" nor "the range of its missiles".
  const amountOf = lex.words.amountNouns.has(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "of";
  const np = nounPhrase(tokens, j, lex) ?? (amountOf ? { first: j, last: j, heads: [], lemmas: [] } : undefined);
  if (!np || np.last > end) return undefined;
  if (np.heads.length > 0 && knownCategory(np, lex)) return np;
  if (tokens[np.last + 1]?.lower !== "of") return undefined;
  const from = pastCalibre(tokens, lex.words.determiners.has(tokens[np.last + 2]?.lower ?? "") ? np.last + 3 : np.last + 2);
  const of = nounPhrase(tokens, from, lex);
  return of && of.last <= end && categoryOf(of, lex) !== "count" ? of : undefined;
}

/** Past a hyphened measure opening a phrase, "155-millimetre rounds": the noun after it. */
function pastCalibre(tokens: Token[], k: number): number {
  const dash = tokens[k + 1];
  return tokens[k]?.kind === "num" && dash?.glued && (dash.text === "-" || dash.text === "–") && tokens[k + 2]?.glued && tokens[k + 2].kind === "word" ? k + 3 : k;
}
