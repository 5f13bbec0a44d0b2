/**
 * A part of a whole, written as a fraction of something named after it: "a third of the
 * population", "nearly two-thirds of the sales", "half of whom", "two fifths of voters", or as
 * a count out of a count: "one out of three Germans", "three in four doctors", "eight of 10 voters". The amount is the
 * fraction (1/3, 0.75): a share, which the quantities table leaves to the general reader.
 */
import { fractionWord, numberWord, parseDigits, parseNumberAt, type Token } from "../numbers.ts";
import type { Bound } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { nounPhrase, singular } from "./noun-phrases.ts";
import { presentVerb } from "./parts-of-speech.ts";
import type { Outcome } from "./amounts.ts";

/** The unit a fraction is written with (NewsQuant and the general reader's `share` rows). */
export const FRACTION_UNIT = "fraction";

/** A small whole number in words or digits ("one", "3"), else undefined. */
function count(t: Token | undefined, lex: QuantityLexicon): number | undefined {
  if (!t) return undefined;
  const n = t.kind === "num" ? parseDigits(t.text) : numberWord(t.lower, lex.numbers);
  return n !== undefined && Number.isInteger(n) && n > 0 && n <= 1000 ? n : undefined;
}

/** A fraction starting at `i` (after any hedge), read as a share of what follows "of". */
export function fractionPart(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const hedge = lex.hedges.match(tokens, i);
  const j = hedge ? i + hedge.length : i;
  const reading = partOf(tokens, j, lex) ?? countOutOf(tokens, j, lex, !!hedge);
  if (!reading) return undefined;
  const bound: Bound = hedge ? hedge.value : "exact";
  const value = Number(reading.value.toPrecision(12));
  const whole = wholeAt(tokens, reading.whole, lex);
  return { next: reading.last + 1, reading: { first: i, last: reading.last, value, valueMax: "", bound, unit: FRACTION_UNIT, category: "share", whole } };
}

/** A share's item: the words naming what it is a share of, else empty. */
export function shareWhole(raw: string, tokens: Token[], r: { whole?: [number, number] }): string {
  return r.whole ? raw.slice(tokens[r.whole[0]].start, tokens[r.whole[1]].end) : "";
}

/** How many words before the whole's own amount may stand: "two-thirds of the combined 4.3M sales". */
const WHOLE_AMOUNT_REACH = 3;

/**
 * What a share is a share of, from token `k` on: the noun phrase past its determiners ("a third of
 * the regional budget" → "regional budget"), or, where the whole is an amount of its own, what
 * that amount counts ("two-thirds of the combined 4.3M sales" → "sales"). A pronoun ("half of
 * which", "a third of them") names none.
 */
function wholeAt(tokens: Token[], k: number, lex: QuantityLexicon): [number, number] | undefined {
  let j = k;
  while (tokens[j] && lex.words.determiners.has(tokens[j].lower)) j++;
  for (let n = j; n < j + WHOLE_AMOUNT_REACH && tokens[n]?.kind !== "punct"; n++) {
    const num = tokens[n]?.kind === "num" ? parseNumberAt(tokens, n, lex.numbers) : undefined;
    if (num) {
      j = num.last + 1;
      break;
    }
  }
  // A whole is one thing or many; read as one, a word in -s the analysis layer tags a verb ends it ("a third of the council opposes").
  const np = tokens[j] ? nounPhrase(tokens, j, lex, true, 0, true) : undefined;
  if (!np || np.heads.every((h) => lex.words.pronounHeads.has(h.toLowerCase()))) return undefined;
  // A mass whole is read up to three words; its verb is none of them ("a quarter of the budget went").
  let last = np.last;
  while (last > np.first && (tokens[last].pos === "VERB" || tokens[last].pos === "AUX")) last--;
  return [np.first, last];
}

/** A share's reading: its value, its last token and where the words naming its whole begin. */
type ShareReading = { value: number; last: number; whole: number };

/** "a third of", "two-thirds of", "two fifths of", "half of": the fraction, followed by "of" and a word. */
function partOf(tokens: Token[], j: number, lex: QuantityLexicon): ShareReading | undefined {
  const opener = tokens[j];
  if (!opener) return undefined;
  const article = opener.lower === "a" || opener.lower === "an";
  const numerator = article ? 1 : count(opener, lex);
  const at = numerator !== undefined && !fractionWord(opener.lower, lex.numbers) ? j + 1 : j;
  const word = tokens[at];
  const fraction = word && !word.glued ? fractionWord(word.lower, lex.numbers) : undefined;
  if (!fraction || tokens[at + 1]?.lower !== "of" || !tokens[at + 2] || tokens[at + 2].kind !== "word") return undefined;
  // A bare ordinal is a position ("the final third of the pitch"): only "half" and "two-thirds" stand alone.
  if (at === j && fraction.numerator === undefined && (fraction.part !== 0.5 || isPosition(tokens[j - 1], lex))) return undefined;
  if (at > j && fraction.numerator !== undefined) return undefined;
  // "a third of a million" is a number, read by the number reader.
  if (lex.numbers.scales.has(tokens[at + 3]?.lower ?? "") && ["a", "an"].includes(tokens[at + 2].lower)) return undefined;
  return { value: (fraction.numerator ?? numerator ?? 1) * fraction.part, last: at, whole: at + 2 };
}

/** A word that makes "half of" a part of a period or place: "the second half of", "its northern half of". */
function isPosition(t: Token | undefined, lex: QuantityLexicon): boolean {
  if (!t) return false;
  const w = lex.words;
  return w.positionWords.has(t.lower) || w.determiners.has(t.lower) || /^\p{L}+(?:st|nd|rd|th)$/u.test(t.text) && /^(?:\d|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|twe)/.test(t.lower);
}

/**
 * "one out of three Germans", "three in four doctors", "eight of 10 voters": a count out of a
 * larger count, a noun after. A bare "of" makes a share only out of a round base (10, 100), and
 * hedged or told in the present tense: "four of 10 workers lost their jobs" counts four workers,
 * "two of 12 judges" the judges of one bench, but no part of a whole is told "nearly", and
 * "eight of 10 voters say" tells how voters stand, not what eight did.
 */
function countOutOf(tokens: Token[], j: number, lex: QuantityLexicon, hedged: boolean): ShareReading | undefined {
  const part = count(tokens[j], lex);
  if (part === undefined) return undefined;
  const link = tokens[j + 1]?.lower === "out" && tokens[j + 2]?.lower === "of" ? 2 : tokens[j + 1]?.lower === "in" || tokens[j + 1]?.lower === "of" ? 1 : 0;
  const whole = link ? count(tokens[j + 1 + link], lex) : undefined;
  if (tokens[j + 1]?.lower === "of" && ((whole !== 10 && whole !== 100) || !(hedged || toldInPresent(tokens, j, j + 3, lex)))) return undefined;
  const noun = tokens[j + 2 + link];
  if (whole === undefined || whole <= part || whole < 2) return undefined;
  // "2 in 10 minutes" is no share: a noun that counts people or things must follow, not a unit of time.
  if (!noun || noun.kind !== "word" || lex.timeUnits.has(singular(noun.lower, lex.words)) || lex.words.stopWords.has(noun.lower) || lex.measures.match(tokens, j + 2 + link)) return undefined;
  return { value: part / whole, last: j + 1 + link, whole: j + 2 + link };
}

/** How far after a count's noun its clause's verb is looked for ("avocados consumed in the United States are grown"). */
const CLAUSE_REACH = 10;

/**
 * Whether the clause of a count told at [first, noun] is in the present tense: a present verb
 * right before it ("as are nine of 10 limes") or after its noun, before any punctuation. A
 * participle after the noun may open a relative clause ("pears sold in Canada are grown"): the
 * search goes on past it, but stops at an auxiliary of the past ("were sunk", "have been hit").
 */
function toldInPresent(tokens: Token[], first: number, noun: number, lex: QuantityLexicon): boolean {
  if (presentVerb(tokens, first - 1, lex)) return true;
  for (let k = noun + 1; k < tokens.length && k <= noun + CLAUSE_REACH; k++) {
    const t = tokens[k];
    if (t.kind === "punct") return false;
    if (presentVerb(tokens, k, lex)) return true;
    if (t.pos === "AUX") return false;
  }
  return false;
}
