/**
 * Units written after a number: a measure and what it is "of" ("74,000 tons of ammunition"),
 * a measure written as an adjective ("a 6.1-inch display"), a percent sign, a rate ("$58 per
 * barrel") and what a sum of money is for ("$500 million in military aid").
 */
import type { Token } from "../numbers.ts";
import type { Outcome, Reading } from "./amounts.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { categoryOf, counted, looksPlural, nounPhrase, singular, type NounPhrase } from "./noun-phrases.ts";
import { hyphenedUnitWord } from "./hyphened.ts";
import type { Category } from "./row.ts";

/**
 * An amount per unit of something else is a rate, and its unit says so: "$58.24 per barrel" is
 * USD per barrel, "63 cents per share", "11 feet per century", "$1,271 an ounce". "a"/"an"
 * must be followed by a unit of measure, "per" by any noun ("per cent" is a share, read before).
 * An amount over time ("$20bn a year", "a million shells a year") keeps its unit: the table
 * counts what was sent, and the period is the row's period.
 */
export function asRate(tokens: Token[], outcome: Outcome, lex: QuantityLexicon): Outcome {
  const r = outcome?.reading;
  const per = r && r.unit && r.category !== "share" ? tokens[r.last + 1] : undefined;
  if (!r || !per || !lex.words.rateWords.has(per.lower)) return outcome;
  const k = r.last + 2;
  const measure = lex.measures.match(tokens, k);
  const word = tokens[k];
  let last: number;
  let unit: string;
  if (measure) [last, unit] = [k + measure.length - 1, measure.value.unit];
  // "per year" says over what time, which the row's period holds: "500,000 barrels per year" are barrels.
  else if (per.lower === "per" && word?.kind === "word" && word.lower !== "cent" && !lex.words.stopWords.has(word.lower) && !lex.timeUnits.has(word.lower)) [last, unit] = [k, word.lower];
  else return outcome;
  const each = unit.split(" ").map((w, n, all) => (n === all.length - 1 ? singular(w, lex.words) : w)).join(" ");
  return { next: Math.max(outcome!.next, last + 1), reading: { ...r, last, unit: `${r.unit} per ${each}` } };
}

/** The length of a percent sign or word at token `k` ("%", "percent", "per cent"), or 0. */
export function percentAt(tokens: Token[], k: number, lex: QuantityLexicon): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.glued && lex.words.gluedPercentSigns.has(t.lower)) return 1;
  return lex.percentSigns.match(tokens, k)?.length ?? 0;
}

/**
 * The unit, item and category of "N <measure> of <things>". "Containers of munitions" are
 * munitions, "containers of food" stay a count. "Rounds of 152mm artillery shells" count the
 * shells: a munitions measure of a plural munitions noun counts that noun ("rounds of
 * ammunition" stay rounds). The item keeps a calibre ("152mm artillery shells").
 */
export function measureOf(measure: { unit: string; category: Category }, tokens: Token[], np: NounPhrase, itemFrom: number, lex: QuantityLexicon, measureFrom = itemFrom): Pick<Reading, "unit" | "item" | "category"> {
  const things = categoryOf(np, lex) === "munitions";
  // A container counts itself with what it holds ("containers of munitions"); a weight or a round counts the contents.
  const item: [number, number] = [measure.category === "count" ? measureFrom : itemFrom, np.last];
  if (measure.category === "munitions" && things && np.heads.every((h) => looksPlural(h, lex.words) && !lex.massNouns.has(singular(h, lex.words)))) return { ...counted(tokens, np, lex), item };
  // A munitions measure of countable things no munitions counts occasions: "17 rounds of talks",
  // not rounds fired (a material's "rounds of cargo" stay rounds).
  const occasions = measure.category === "munitions" && !things && !np.lemmas.some((l) => lex.massNouns.has(l[l.length - 1]));
  const category = measure.category === "count" && things ? "munitions" : occasions ? "count" : measure.category;
  return { unit: measure.unit, item, category };
}

/**
 * A measure written onto its number with a hyphen, as an adjective: "a 6.1-inch display", "a
 * 1.8 billion-mile journey", "a five-year plan", "a 40-year-old man"; `k` is the hyphen. A
 * calibre ("152-mm") is not one: it names a weapon. Undefined for any other hyphened word.
 */
export function hyphenedMeasure(tokens: Token[], k: number, lex: QuantityLexicon): { last: number; unit: string; category: Category } | undefined {
  const dash = tokens[k];
  if (!dash?.glued || (dash.text !== "-" && dash.text !== "–") || !tokens[k + 1]?.glued || lex.calibres.has(tokens[k + 1].lower)) return undefined;
  const measure = lex.measures.match(tokens, k + 1);
  if (measure) return { last: k + measure.length, unit: measure.value.unit, category: measure.value.category };
  // "a 500,000-barrel-per-year limit": the measure begins a hyphened word of its own.
  const word = hyphenedUnitWord(tokens, k + 1, lex);
  if (word && word.scale === 1) return { last: k + 1, unit: word.unit, category: word.category };
  const duration = durationWord(tokens[k + 1].lower, lex);
  return duration ? { last: k + 1, ...duration } : undefined;
}

/**
 * An age written apart from its number: "a 50 year-old man", "a 400 million-year-old rock" (the
 * scale written onto the adjective multiplies the number). Undefined for any other word.
 */
export function ageAfter(tokens: Token[], k: number, lex: QuantityLexicon): { last: number; unit: string; scale: number } | undefined {
  const t = tokens[k];
  if (t?.kind !== "word" || !t.lower.endsWith("-old")) return undefined;
  const [first, ...rest] = t.lower.split("-");
  const scale = rest.length > 1 ? lex.numbers.scales.get(first) : undefined;
  const word = scale ? rest.join("-") : t.lower;
  const duration = durationWord(word, lex);
  return duration ? { last: k, unit: duration.unit, scale: scale ?? 1 } : undefined;
}

/** A time unit as the end of an adjective: "year" in "five-year", "year-old" in "40-year-old" (an age). */
function durationWord(word: string, lex: QuantityLexicon): { unit: string; category: Category } | undefined {
  const unit = word.endsWith("-old") ? word.slice(0, -4) : word;
  return lex.timeUnits.has(unit) ? { unit: word, category: "time" } : undefined;
}


/** The token after a calibre that opens a noun phrase ("152 mm artillery shells", "152mm shells"), or `k`. */
export function afterCalibre(tokens: Token[], k: number, lex: QuantityLexicon): number {
  if (tokens[k]?.kind !== "num") return k;
  const unit = tokens[k + 1]?.text === "-" ? k + 2 : k + 1;
  return lex.calibres.has(tokens[unit]?.lower ?? "") ? unit + 1 : k;
}

/** What a sum of money is for: "$500 million in military aid", "$1bn worth of arms", "a $2 million aid package". */
export function moneyItem(tokens: Token[], k: number, lex: QuantityLexicon): [number, number] | undefined {
  let from = k;
  if (tokens[k]?.lower === "worth" && tokens[k + 1]?.lower === "of") from = k + 2;
  else if (tokens[k]?.lower === "in" || tokens[k]?.lower === "of") from = k + 1;
  const np = nounPhrase(tokens, from, lex, true);
  if (!np) return undefined;
  const lemma = np.lemmas[0][np.lemmas[0].length - 1];
  if (from === k && !lex.massNouns.has(lemma) && !lex.massNouns.has(np.heads[0].toLowerCase())) return undefined;
  return [from, np.last];
}

/** How many modifiers may stand between a hyphened measure and the noun it sizes: "an 80-ton liquid fuel engine". */
const SIZED_REACH = 4;

/**
 * Whether a hyphened weight before a noun is the size of one thing, not an amount: "an 80-ton
 * engine", "a new 5,000-ton vessel", "the 2,000-lb bombs" (one thing, or things counted), but "a 500,000-barrel limit", "a 1,000-ton
 * shipment" name an amount (data/quantity-words.yaml `amount_nouns`). `k` is after the measure.
 */
export function sizeOfOneThing(tokens: Token[], k: number, lex: QuantityLexicon): boolean {
  let head = -1;
  for (let j = k; j < k + SIZED_REACH && tokens[j]?.kind === "word" && !tokens[j].glued && !lex.words.stopWords.has(tokens[j].lower); j++) head = j;
  if (head < 0) return false;
  const noun = tokens[head];
  // "the 2,000-lb bombs", "two 5,000-ton destroyers": things the dictionary counts, each of that size.
  if (looksPlural(noun.text, lex.words)) {
    const lemma = singular(noun.lower, lex.words);
    return lex.categories.has(lemma) && !lex.words.amountNouns.has(lemma);
  }
  return !lex.words.amountNouns.has(noun.lower);
}

