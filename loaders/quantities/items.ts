/**
 * The `item` column: what an amount counts, as the clause tells it. The counted noun phrase
 * (noun-phrases.ts) is the core; the words after it that restrict it belong to the item, as the
 * annotation guide's seeds write it ("countries represented at the Eastern Economic Forum"):
 *
 *   "Two soldiers captured in Ukraine while … have written" → "soldiers captured in Ukraine"
 *   "shipped 28,000 containers packed with weapons and shells." → "containers packed with weapons and shells"
 *
 * A passive or copular predicate of the counted things says what they are, as a reader writes the
 * item: "12,000 soldiers have been deployed to Russia" → "soldiers deployed to Russia", "10,000
 * soldiers are currently in Russia" → "soldiers in Russia" (the seeds' "countries represented at
 * the Eastern Economic Forum" is written from its clause too).
 *
 * and so does what the words before the amount did to it (data/quantity-words.yaml item_acts):
 * "imposed sanctions on three firms" → "firms sanctioned"; "killing five civilians" → "civilians
 * killed".
 */
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";

/** Longest phrase a preposition opens within the item. */
const PHRASE_WORDS = 6;
/** Prepositional phrases the item keeps after the noun or its participle. */
const PHRASES = 2;

/** The item's text: the counted phrase at `item`, with its participle and phrases, or the act done to it. */
export function itemText(raw: string, tokens: Token[], item: [number, number], first: number, lex: QuantityLexicon, last = first): string {
  const core = raw.slice(tokens[item[0]].start, tokens[item[1]].end);
  // A bare number counting what was counted before it says its own predicate: "10,000 soldiers
  // are in Russia, with around 8,000 deployed in Kursk" → "soldiers deployed in Kursk".
  if (item[1] < first) return predicateAfter(raw, tokens, last + 1, lex, core, false);
  const act = actBefore(tokens, first, lex);
  if (act) {
    const phrases = prepositionalPhrases(tokens, item[1] + 1, lex);
    return [core, act, phrases >= 0 ? raw.slice(tokens[item[1] + 1].start, tokens[phrases].end) : ""].filter(Boolean).join(" ");
  }
  const participle = participleAfter(tokens, item[1] + 1, first, lex);
  if (participle === undefined) return predicateAfter(raw, tokens, item[1] + 1, lex, core);
  const end = prepositionalPhrases(tokens, participle.last + 1, lex);
  const tail = raw.slice(tokens[participle.first].start, tokens[Math.max(end, participle.last)].end);
  return `${core} ${tail}`;
}

/** How far back an amount joined by "and" looks for the act of the amount before it. */
const CONJUNCT_REACH = 10;

/**
 * What the words just before the amount did to what it counts ("sanctions on" → "sanctioned"),
 * or, after "and", what they did to the amount before it ("sanctions on four banks and two
 * individuals": the individuals are sanctioned too).
 */
function actBefore(tokens: Token[], first: number, lex: QuantityLexicon): string | undefined {
  const direct = (k: number) => lex.words.itemActs.find((act) => k - act.words.length >= 0 && act.words.every((w, n) => tokens[k - act.words.length + n].lower === w))?.says;
  const act = direct(first);
  if (act || tokens[first - 1]?.lower !== "and") return act;
  for (let k = first - 2; k >= Math.max(0, first - CONJUNCT_REACH); k--) {
    if (tokens[k].kind === "punct") return undefined;
    // The earlier amount may open with a hedge of up to two words ("at least").
    if (tokens[k].kind === "num" || lex.numbers.units.has(tokens[k].lower)) return direct(k) ?? direct(k - 1) ?? direct(k - 2);
  }
  return undefined;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";

/**
 * A participle that restricts the noun inside its noun phrase (a reduced relative clause:
 * "containers packed with weapons", "soldiers captured in Ukraine"), which needs a phrase after
 * it. A predicate ("soldiers have been sent to Kursk") is not part of the noun phrase, and a
 * participle-looking main verb ("data shows 74,000 tons of explosives moved from the ports")
 * is told apart by where the amount stands: after a verb or a preposition that is not a
 * speech or evidence verb, or before the finite verb of its own clause.
 */
function participleAfter(tokens: Token[], k: number, first: number, lex: QuantityLexicon): { first: number; last: number } | undefined {
  const t = tokens[k];
  if (!isWord(t) || !lex.words.participle.test(t.lower) || lex.words.stopWords.has(t.lower)) return undefined;
  const end = prepositionalPhrases(tokens, k + 1, lex);
  if (end < k + 2) return undefined;
  return objectPosition(tokens, first, lex) || finiteVerbAfter(tokens, end + 1, lex) ? { first: k, last: k } : undefined;
}

/**
 * The item with the predicate at `k` folded in: "have been killed or wounded since …" → "killed or
 * wounded", "are currently in Russia" → "in Russia", "were aimed at X" → "aimed at X". An active
 * verb ("have moved") or a predicate with no participle nor phrase leaves the item as it is.
 */
function predicateAfter(raw: string, tokens: Token[], k: number, lex: QuantityLexicon, core: string, copula = true): string {
  const w = lex.words;
  let j = k;
  if (tokens[j]?.lower === "more") j++; // "thousands more wounded"
  if (w.itemPerfects.has(tokens[j]?.lower ?? "")) j++;
  if (copula && !w.itemCopulas.has(tokens[j]?.lower ?? "")) return core;
  const adverb = (t: Token | undefined) => isWord(t) && (w.itemAdverbs.has(t.lower) || /^[a-z]{3,}ly$/.test(t.text));
  while (w.itemCopulas.has(tokens[j]?.lower ?? "") || adverb(tokens[j])) j++;
  const parts: string[] = [];
  // Participles, joined by "and" or "or" when no number follows ("killed or wounded", not "killed and 3,000 wounded").
  while (isWord(tokens[j]) && w.participle.test(tokens[j].lower) && !w.stopWords.has(tokens[j].lower)) {
    parts.push(tokens[j].text);
    j++;
    const link = tokens[j]?.lower;
    if ((link === "or" || link === "and") && isWord(tokens[j + 1]) && w.participle.test(tokens[j + 1].lower)) {
      parts.push(tokens[j].text);
      j++;
    } else break;
  }
  // "were expected to be sent", "were reported to be moving": what they are lies in the infinitive.
  if (tokens[j]?.lower === "to" && isWord(tokens[j + 1]) && !/^\p{Lu}/u.test(tokens[j + 1].text) && !w.articles.has(tokens[j + 1].lower) && !w.determiners.has(tokens[j + 1].lower)) return core;
  const end = prepositionalPhrases(tokens, j, lex);
  if (end >= j) parts.push(raw.slice(tokens[j].start, tokens[end].end));
  // A participle alone says what they are only when it counts casualties ("killed or wounded"):
  // "were sent in 2024 to fight", "were identified crossing" say it further on.
  else if (!parts.every((p) => w.casualtyWords.has(p.toLowerCase()) || p === "or" || p === "and")) return core;
  return parts.length ? `${core} ${parts.join(" ")}` : core;
}

/** Whether the amount at `first` follows a verb or a preposition (not a speech or evidence verb). */
function objectPosition(tokens: Token[], first: number, lex: QuantityLexicon): boolean {
  const before = tokens[first - 1];
  if (!isWord(before) || /^\p{Lu}/u.test(before.text) || lex.words.clauseBreaks.has(before.lower) || lex.words.clauseAuxiliaries.has(before.lower)) return false;
  return !lex.attributionVerbs.has(before.lower) && !lex.words.articles.has(before.lower);
}

/** Whether an auxiliary or finite verb follows within the clause ("soldiers captured in Ukraine while fighting … have written"). */
function finiteVerbAfter(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  for (let j = k; j < k + 12 && tokens[j] && tokens[j].kind !== "punct"; j++) if (lex.words.clauseAuxiliaries.has(tokens[j].lower)) return true;
  return false;
}

/**
 * Up to two phrases opened by a preposition of data/quantity-words.yaml at `k` ("to Russia",
 * "in Russia's Kursk region", "with weapons and artillery munitions"); the index of their last
 * token, or k - 1 for none. "to" before a verb is an infinitive ("to fight"), not a phrase.
 */
function prepositionalPhrases(tokens: Token[], k: number, lex: QuantityLexicon): number {
  let end = k - 1;
  for (let n = 0; n < PHRASES; n++) {
    const prep = tokens[end + 1];
    if (!isWord(prep) || !lex.words.itemPrepositions.has(prep.lower)) break;
    const words = phraseWords(tokens, end + 2, lex);
    if (words === 0) break;
    const next = tokens[end + 2];
    if (prep.lower === "to" && !/^\p{Lu}/u.test(next.text) && !lex.words.determiners.has(next.lower) && !lex.words.articles.has(next.lower)) break;
    end = end + 1 + words;
  }
  return end;
}

/** How many words after a preposition make its object, up to a stop, a mark, a number or a date. */
function phraseWords(tokens: Token[], k: number, lex: QuantityLexicon): number {
  let n = 0;
  for (let j = k; n < PHRASE_WORDS; j++, n++) {
    const t = tokens[j];
    if (!t || t.kind === "num" || lex.words.months.has(t.lower) || lex.words.weekdays.has(t.lower)) break;
    if (t.kind === "punct" && !(t.glued && (t.text === "'" || t.text === "’" || t.text === "-"))) break;
    // "and" joins two nouns ("weapons and artillery munitions"), not a number ("and 1,000 injured").
    // A participle after "and" is a verb of its own ("sent to the border and condemned the move").
    if (t.lower === "and" && n > 0 && isWord(tokens[j + 1]) && !lex.words.stopWords.has(tokens[j + 1].lower) && !lex.words.participle.test(tokens[j + 1].lower)) continue;
    if (lex.words.itemStops.has(t.lower) || lex.words.itemPrepositions.has(t.lower)) break;
  }
  // A phrase cut short by the word limit does not end on a closed-class word ("region of").
  while (n > 0 && lex.words.stopWords.has(tokens[k + n - 1].lower)) n--;
  return n;
}
