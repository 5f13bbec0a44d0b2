/**
 * Quantities: every number that counts or measures something material to the story.
 *
 * Per sentence: read a hedge, a currency symbol and a number (loaders/numbers.ts), rule out
 * what is a date, a year, an ordinal, a name or a calibre, then read what is counted from the
 * noun phrase that follows (a unit of measure and its "of …", or a phrase with a plural head).
 * Who claims it comes from the attribution that governs the number's clause; the period from
 * a date in that clause. The dictionaries (units, nouns, hedges, attribution verbs) are YAML
 * under data/ so that editors can extend them without touching the grammar.
 */
import pluralize from "pluralize";
import { z } from "zod";
import { sharedGazetteer, type ActorMention, type Gazetteer } from "./actors.ts";
import { findDates, type DateExpression, type DateMention } from "./dates.ts";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { sentenceDateExpressions, type ArticleDoc } from "./document.ts";
import { attributionCues } from "./attribution.ts";
import { sharedStatementLexicon } from "./statement-lexicon.ts";
import type { Sentence } from "./text.ts";
import { numberWord, parseDigits, parseNumberAt, tokenize, type Bound, type ParsedNumber, type Token } from "./numbers.ts";
import { withRange, type AmountReading } from "./quantity-ranges.ts";
import { reportStart } from "./report-start.ts";

export type Category = (typeof CATEGORIES)[number];
export type Change = "" | "up" | "down";

export interface QuantityRow {
  quantity_id: string;
  article_id: string;
  text: string;
  value: number;
  value_max: number | "";
  bound: Bound;
  unit: string;
  item: string;
  category: Category;
  /** "up" or "down" when the amount is a change ("rose 5 percent", "fell by $2 billion"), else empty. */
  change: Change;
  attributed_to: string;
  period_start: string;
  period_end: string;
  evidence: string;
  char_start: number;
  char_end: number;
}

/**
 * What an amount counts or measures. The general reader gives every category; the table keeps
 * the material ones that data/quantity-nouns.yaml lists (`material`). The others: a share
 * ("19 percent"), a span of time ("three years"), a party already named or a single thing
 * ("the two sides", "one solution"), a measure the dictionaries do not sort ("7.3 points"),
 * and a bare number ("around 73").
 */
const CATEGORIES = ["munitions", "mass", "money", "personnel", "count", "distance", "other", "share", "time", "reference", "measure", "number"] as const;
const BOUNDS = ["approx", "at_least", "at_most"] as const;

// ---------------------------------------------------------------------------------------------
// Dictionaries

const words = z.array(z.string().min(1));
const unitsSchema = z.object({
  measures: z.array(
    z.object({ unit: z.string().min(1), category: z.enum(CATEGORIES), aliases: words.min(1), glued: words.optional() }),
  ),
  currencies: z.array(z.object({ unit: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"), symbols: words, words })),
  calibres: words,
});
const nounsSchema = z.object({
  categories: z.object({ munitions: words, personnel: words, count: words }),
  mass_nouns: words,
  uncounted: words,
  parties: words,
  designators: words,
  time_units: words,
  count_modifiers: words,
  street_types: words,
  unit_names: z.record(z.string().min(1), z.string().min(1)),
  material: z.array(z.enum(CATEGORIES)).min(1),
});
const boundLists = z.object({ approx: words.optional(), at_least: words.optional(), at_most: words.optional() });
const cuesSchema = z.object({
  hedges: boundLists,
  post_hedges: boundLists,
  changes: z.object({ up: words, down: words }),
  claimant_nouns: words,
  sources: words,
});

/** A phrase of the dictionaries as the lower-case token texts it must match. */
type Phrase = string[];

interface PhraseEntry<T> {
  phrase: Phrase;
  value: T;
}

/** Phrases indexed by their first token, longest first, so matching is one lookup per token. */
class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<PhraseEntry<T>>>();

  add(text: string, value: T): void {
    const phrase = tokenize(text).map((t) => t.lower);
    if (phrase.length === 0) return;
    const list = this.byFirst.get(phrase[0]) ?? [];
    list.push({ phrase, value });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    this.byFirst.set(phrase[0], list);
  }

  /** The longest entry that matches at token `i`, with how many tokens it covers. */
  match(tokens: Token[], i: number, glued?: "glued"): { value: T; length: number } | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const entries = this.byFirst.get(first.lower);
    if (!entries) return undefined;
    for (const entry of entries) {
      const ok = entry.phrase.every((w, k) => tokens[i + k]?.lower === w && (k === 0 || glued !== "glued" || tokens[i + k].glued));
      if (ok) return { value: entry.value, length: entry.phrase.length };
    }
    return undefined;
  }
}

interface Measure {
  unit: string;
  category: Category;
}

export interface QuantityLexicon {
  measures: PhraseIndex<Measure>;
  /** Unit aliases that may be written onto the number ("10km"). */
  gluedMeasures: PhraseIndex<Measure>;
  currencySymbols: PhraseIndex<string>;
  currencyWords: PhraseIndex<string>;
  calibres: Set<string>;
  /** Lemma (singular, lower case, maybe two words) → category. */
  categories: Map<string, Category>;
  massNouns: Set<string>;
  uncounted: Set<string>;
  parties: Set<string>;
  designators: Set<string>;
  /** Uncounted heads that measure time ("years", "days"): their amounts are durations. */
  timeUnits: Set<string>;
  /** "other", "more": between a number and what it counts ("40 other countries"). */
  countModifiers: Set<string>;
  /** Last words of street names ("Road", "St"): a number before one is an address. */
  streetTypes: Set<string>;
  /** The unit written for a head noun of several names (singular, lower-case): "soldier" → "troops". */
  unitNames: Map<string, string>;
  /** The categories the quantities table keeps. */
  material: Set<Category>;
  hedges: PhraseIndex<Bound>;
  postHedges: PhraseIndex<Bound>;
  /** Words that make an amount a change: "rose", "up" → up; "fell", "lower" → down. */
  changes: Map<string, "up" | "down">;
  attributionVerbs: Set<string>;
  claimantNouns: PhraseIndex<true>;
  sources: Set<string>;
}

/** Reads data/units.yaml, data/quantity-nouns.yaml and data/quantity-cues.yaml. */
export function loadQuantityLexicon(dir = DATA_DIR): QuantityLexicon {
  const units = loadDictionary("units.yaml", unitsSchema, dir);
  const nouns = loadDictionary("quantity-nouns.yaml", nounsSchema, dir);
  const cues = loadDictionary("quantity-cues.yaml", cuesSchema, dir);
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const lex: QuantityLexicon = {
    measures: new PhraseIndex(),
    gluedMeasures: new PhraseIndex(),
    currencySymbols: new PhraseIndex(),
    currencyWords: new PhraseIndex(),
    calibres: lower(units.calibres),
    categories: new Map(),
    massNouns: lower(nouns.mass_nouns),
    uncounted: lower(nouns.uncounted),
    parties: lower(nouns.parties),
    designators: lower(nouns.designators),
    timeUnits: lower(nouns.time_units),
    countModifiers: lower(nouns.count_modifiers),
    streetTypes: lower(nouns.street_types),
    unitNames: new Map(Object.entries(nouns.unit_names).map(([noun, unit]) => [noun.toLowerCase(), unit])),
    material: new Set(nouns.material),
    hedges: new PhraseIndex(),
    postHedges: new PhraseIndex(),
    changes: new Map([...cues.changes.up.map((w) => [w.toLowerCase(), "up"] as const), ...cues.changes.down.map((w) => [w.toLowerCase(), "down"] as const)]),
    // The speech and evidence verbs of data/speech-verbs.yaml, one dictionary for every table.
    attributionVerbs: attributionCues(sharedStatementLexicon(dir)),
    claimantNouns: new PhraseIndex(),
    sources: lower(cues.sources),
  };
  for (const m of units.measures) {
    for (const alias of m.aliases) lex.measures.add(alias, { unit: m.unit, category: m.category });
    for (const alias of m.glued ?? []) lex.gluedMeasures.add(alias, { unit: m.unit, category: m.category });
  }
  for (const c of units.currencies) {
    for (const s of c.symbols) lex.currencySymbols.add(s, c.unit);
    for (const w of c.words) lex.currencyWords.add(w, c.unit);
  }
  for (const category of ["munitions", "personnel", "count"] as const) {
    for (const noun of nouns.categories[category]) {
      // Entries may be written in the plural ("special forces"): keep both forms.
      const words = noun.toLowerCase().split(" ");
      const lemma = [...words.slice(0, -1), singular(words[words.length - 1])].join(" ");
      for (const form of [noun.toLowerCase(), lemma]) if (!lex.categories.has(form)) lex.categories.set(form, category);
    }
  }
  for (const bound of BOUNDS) {
    for (const h of cues.hedges[bound] ?? []) lex.hedges.add(h, bound);
    for (const h of cues.post_hedges[bound] ?? []) lex.postHedges.add(h, bound);
  }
  for (const n of cues.claimant_nouns) lex.claimantNouns.add(n, true);
  return lex;
}

/** The quantity lexicon of `dir`, loaded once and shared while its files are unchanged (it is immutable). */
export function sharedQuantityLexicon(dir = DATA_DIR): QuantityLexicon {
  return memoiseDictionary("quantities", dir, ["units.yaml", "quantity-nouns.yaml", "quantity-cues.yaml", "speech-verbs.yaml"], () => loadQuantityLexicon(dir));
}

/** The material amounts of an article: the rows of the quantities table. */
export function extractQuantities(doc: ArticleDoc, lexicon: QuantityLexicon = sharedQuantityLexicon(), gazetteer: Gazetteer = sharedGazetteer()): QuantityRow[] {
  return extractQuantitiesWith(doc, lexicon, gazetteer);
}

/** Every amount of an article, material or not, each with its category (the general reader). */
export function extractAllQuantities(doc: ArticleDoc, lexicon: QuantityLexicon = sharedQuantityLexicon(), gazetteer: Gazetteer = sharedGazetteer()): QuantityRow[] {
  return extractQuantitiesWith(doc, lexicon, gazetteer, true);
}

// ---------------------------------------------------------------------------------------------
// Words

/** Closed-class and time words that end a noun phrase. */
const STOP = new Set(
  `a an the this that these those its their his her our my your some any each every no not
   from to in on at by for with into onto of over under about after before during since until through across along
   toward towards against between among amongst via per as than upon within without near off out up down around
   and or but nor so yet if because while whereas although though when where which who whom whose what why how
   is are was were be been being has have had do does did will would could should may might must can shall
   also already still now then ago last next yesterday today tomorrow earlier later recently reportedly mostly mainly
   more most less least only just even very too such all both either neither other another same own
   it they them he she we i you us him me there here said says say`.split(/\s+/),
);
const DETERMINERS = new Set(["the", "these", "those", "both", "its", "their", "our", "his", "her", "all", "whose", "your", "my"]);
const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th", "s"]);
const TIME_WORDS = new Set(["am", "pm", "gmt", "utc", "kst", "hrs", "o'clock"]);
/** Plurals without a final s, and nouns used as plurals. */
const IRREGULAR_PLURALS: Record<string, string> = { arms: "arms", people: "person", men: "man", women: "woman", children: "child", servicemen: "serviceman", police: "police" };

/** The singular of a plural noun, by the common English rules. */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w];
  return pluralize.singular(w);
}

/** A word written as an English plural ("shells", "countries", "people"). */
function looksPlural(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w in IRREGULAR_PLURALS) return true;
  if (w.length < 3 || STOP.has(w) || w.endsWith("'s")) return false;
  return /[^'su]s$/.test(w) || /(?:ies|ches|shes|sses|xes)$/.test(w) || /^[A-Z0-9-]+s$/.test(word);
}

const isCapitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

// ---------------------------------------------------------------------------------------------
// Noun phrases

/** A run of tokens written together ("KN-23", "152mm", "short-range", "U.S.-made"). */
interface Compound {
  first: number;
  last: number;
  text: string;
  lower: string;
}

function compoundAt(tokens: Token[], k: number): Compound | undefined {
  const t = tokens[k];
  if (!t || t.kind === "punct") return undefined;
  let last = k;
  while (tokens[last + 1]?.glued) {
    const n = tokens[last + 1];
    if (n.kind !== "punct") last++;
    else if ((n.text === "-" || n.text === "/" || n.text === ".") && tokens[last + 2]?.glued && tokens[last + 2].kind !== "punct") last += 2;
    else break;
  }
  const text = tokens.slice(k, last + 1).map((x) => x.text).join("");
  return { first: k, last, text, lower: text.toLowerCase().replace(/’/g, "'") };
}

export interface NounPhrase {
  first: number;
  last: number;
  /** Head nouns, one per conjunct ("rockets", "shells"). */
  heads: string[];
  /** Lemmas of the heads, with the word before them for two-word entries ("fighter jet"). */
  lemmas: string[][];
}

/**
 * A noun phrase starting at token `k`: modifiers then a plural head ("artillery shells"),
 * or, where `mass` allows it, a noun without plural ("ammunition"); coordinated phrases are
 * joined ("rockets and artillery shells"). Stops at closed-class words and punctuation, so
 * "68 countries last year" ends at "countries".
 */
export function nounPhrase(tokens: Token[], k: number, lex: QuantityLexicon, mass = false, depth = 0): NounPhrase | undefined {
  const run: Compound[] = [];
  for (let c = compoundAt(tokens, k); c && run.length < 6; c = compoundAt(tokens, c.last + 1)) {
    if (STOP.has(c.lower) || /ly$/.test(c.lower) || (tokens[c.first].kind === "num" && c.first === c.last)) break;
    if (MONTHS.has(c.lower) && isCapitalised(tokens[c.first])) break;
    run.push(c);
  }
  if (run.length === 0) return undefined;
  let head = run.findIndex((c) => looksPlural(c.text));
  // A plural may modify a further plural ("arms shipments"), but a verb may look plural too
  // ("troops comes"): extend only onto a noun the dictionary knows, or off one it does not.
  const known = (c: Compound) => lex.categories.has(singular(c.lower)) || lex.massNouns.has(c.lower);
  if (head >= 0) while (head + 1 < run.length && looksPlural(run[head + 1].text) && (known(run[head + 1]) || !known(run[head]))) head++;
  else {
    // No plural: a known noun without one ("personnel", "aircraft", "ammunition").
    for (let h = run.length - 1; h >= 0; h--) {
      const lemma = run[h].lower;
      const known = lex.massNouns.has(lemma) || (lex.categories.has(lemma) && (mass || !lex.massNouns.has(lemma)));
      if (known && (mass || !lex.massNouns.has(lemma) || lemma === "personnel")) {
        head = h;
        break;
      }
    }
    if (head < 0 && mass && run.length <= 3) head = run.length - 1;
  }
  if (head < 0) return undefined;
  const headWord = run[head];
  const lemma = [singular(headWord.lower)];
  if (head > 0) lemma.unshift(`${run[head - 1].lower} ${singular(headWord.lower)}`);
  const phrase: NounPhrase = { first: run[0].first, last: headWord.last, heads: [headWord.text], lemmas: [lemma] };
  // Coordination: "rockets and artillery shells", but not "troops and 50 tanks" (a quantity of its own).
  const conj = tokens[phrase.last + 1];
  if (depth < 2 && conj && (conj.lower === "and" || conj.lower === "or" || conj.text === "&")) {
    const next = tokens[phrase.last + 2];
    if (next && next.kind === "word" && !lex.hedges.match(tokens, phrase.last + 2) && !parseNumberAt(tokens, phrase.last + 2)) {
      const more = nounPhrase(tokens, phrase.last + 2, lex, mass, depth + 1);
      if (more) return { first: phrase.first, last: more.last, heads: [...phrase.heads, ...more.heads], lemmas: [...phrase.lemmas, ...more.lemmas] };
    }
  }
  return phrase;
}

function categoryOf(phrase: NounPhrase, lex: QuantityLexicon): Category {
  for (const lemmas of phrase.lemmas) for (const lemma of lemmas) {
    const found = lex.categories.get(lemma) ?? lex.categories.get(lemma.split(" ").pop()!);
    if (found) return found;
  }
  return "count";
}

/** How a unit is written: lower case, except acronyms ("ICBMs"). */
function unitWord(word: string): string {
  return /\p{Lu}.*\p{Lu}/u.test(word) ? word : word.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Reading one quantity

/** One amount as read: token ranges of its text and of what it counts (`AmountReading`), with its category. */
interface Reading extends AmountReading {
  category: Category;
}

type Outcome = { reading?: Reading; next: number } | undefined;

/** Whether the number is a date, a year, an ordinal, a time, a share or part of a name. */
function isNotAnAmount(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon, marked: boolean): boolean {
  const numFirst = tokens[num.first].lower === "between" ? num.first + 1 : num.first;
  const first = tokens[numFirst];
  const last = tokens[num.last];
  const before = tokens[numFirst - 1];
  const after = tokens[num.last + 1];
  if (!marked && before) {
    // Written onto a name: "KN-23", "G7", "Su-27", "#3", "2024-06-24".
    if (first.glued && (before.kind !== "punct" || "-–/#№".includes(before.text))) return true;
    if (lex.designators.has(before.lower)) return true;
    const word = before.text === "." ? tokens[numFirst - 2] : before;
    if (word && MONTHS.has(word.lower) && isCapitalised(word)) return true; // "June 24", "Nov. 2"
    if (word && word.lower === "no" && before.text === ".") return true; // "No. 1"
  }
  if (after) {
    if (after.glued && after.kind === "word") {
      if (ORDINAL_SUFFIXES.has(after.lower) || lex.calibres.has(after.lower)) return true; // "70th", "1990s", "152mm"
      if (!lex.gluedMeasures.match(tokens, num.last + 1) && !lex.currencyWords.match(tokens, num.last + 1) && !percentAt(tokens, num.last + 1)) return true; // "5G", "3D"
    }
    // "10-day", "152-mm", "KN-23-type": a number inside an adjective — unless the adjective is a measure ("6.1-inch").
    if (after.glued && (after.text === "-" || after.text === "–") && tokens[num.last + 2]?.glued && tokens[num.last + 2].kind === "word" && !hyphenedMeasure(tokens, num.last + 1, lex)) return true;
    if (after.glued && after.text === ":" && tokens[num.last + 2]?.kind === "num") return true; // "10:30"
    if (TIME_WORDS.has(after.lower)) return true;
    if (MONTHS.has(after.lower) && isCapitalised(after)) return true; // "24 June"
    if ((after.lower === "a" || after.lower === "p") && tokens[num.last + 2]?.text === ".") return true; // "10 a.m."
  }
  // A year: four digits without separator, unhedged ("in 2022", "the 2022 supplies").
  const yearLike = (t: Token) => /^\d{4}$/.test(t.text) && Number(t.text) >= 1000 && Number(t.text) <= 2100;
  // But "1500 containers", "in 1500 troops": a counted noun right after makes it an amount.
  const counts = !!after && (!!lex.measures.match(tokens, num.last + 1) || lex.categories.has(singular(after.lower)));
  if (!marked && !num.scaled && first.kind === "num" && yearLike(first) && (num.valueMax === undefined || yearLike(last)) && !(counts && num.valueMax === undefined)) return true;
  return false;
}

/** Digits, a slash and digits written together: "1/16", "1⁄32". */
function isFraction(tokens: Token[], num: ParsedNumber): boolean {
  const slash = tokens[num.last + 1];
  const below = tokens[num.last + 2];
  return num.digits && !num.scaled && num.valueMax === undefined && !!slash?.glued && (slash.text === "/" || slash.text === "\u2044") && !!below?.glued && below.kind === "num" && (parseDigits(below.text) ?? 0) > 0;
}

/**
 * A number that is part of an address, a score or a clock time, which the checks for names
 * miss: "49 Zorro Ranch Road", "9 E 71st St", "tied at 89-89", "2-0 down", "with 4:39 left".
 */
function isAddressOrScore(tokens: Token[], num: ParsedNumber, lex: QuantityLexicon): boolean {
  const after = tokens[num.last + 1];
  const before = tokens[num.first - 1];
  if (!after) return false;
  // A dash between two numbers that make no range (the second no larger) is a score or a ratio.
  if (after.glued && (after.text === "-" || after.text === "–") && tokens[num.last + 2]?.glued && tokens[num.last + 2].kind === "num") return true;
  if (before?.text === ":" && num.digits && tokens[num.first].glued) return true;
  for (let k = num.last + 1; k <= num.last + 4 && tokens[k]; k++) {
    const t = tokens[k];
    if (!(/^\p{Lu}/u.test(t.text) || t.kind === "num" || (t.glued && ORDINAL_SUFFIXES.has(t.lower)))) return false;
    if (k > num.last + 1 && lex.streetTypes.has(t.lower)) return true;
  }
  return false;
}

/** A number with no unit that ends a name: "the Big 12", "iPhone 11", "S&P 500", "the FTSE 100". */
function inName(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || first === 0) return false;
  if (before.text === "&") return true;
  // A capitalised word that is not the sentence's first nor a closed-class word ("With 275 …").
  return first > 1 && before.kind === "word" && /\p{Lu}/u.test(before.text) && !STOP.has(before.lower);
}

/**
 * An amount per unit of something else is a rate, and its unit says so: "$58.24 per barrel" is
 * USD per barrel, "63 cents per share", "11 feet per century", "$1,271 an ounce". "a"/"an"
 * must be followed by a unit of measure, "per" by any noun ("per cent" is a share, read before).
 * An amount over time ("$20bn a year", "a million shells a year") keeps its unit: the table
 * counts what was sent, and the period is the row's period.
 */
function asRate(tokens: Token[], outcome: Outcome, lex: QuantityLexicon): Outcome {
  const r = outcome?.reading;
  const per = r && r.unit && r.category !== "share" ? tokens[r.last + 1] : undefined;
  if (!r || !per || !["per", "a", "an"].includes(per.lower)) return outcome;
  const k = r.last + 2;
  const measure = lex.measures.match(tokens, k);
  const word = tokens[k];
  let last: number;
  let unit: string;
  if (measure) [last, unit] = [k + measure.length - 1, measure.value.unit];
  else if (per.lower === "per" && word?.kind === "word" && word.lower !== "cent" && !STOP.has(word.lower)) [last, unit] = [k, word.lower];
  else return outcome;
  const each = unit.split(" ").map((w, n, all) => (n === all.length - 1 ? singular(w) : w)).join(" ");
  return { next: Math.max(outcome!.next, last + 1), reading: { ...r, last, unit: `${r.unit} per ${each}` } };
}

/**
 * The length of a minus sign before a number: "minus 387", "minus-5 yards", "negative 3", or a
 * dash written between a currency symbol and its number ("$-50.8bn"); else 0.
 */
function minusAt(tokens: Token[], j: number, afterSymbol: boolean): number {
  const t = tokens[j];
  if (!t) return 0;
  if (t.lower === "minus" || t.lower === "negative") return tokens[j + 1]?.text === "-" && tokens[j + 1].glued && tokens[j + 2]?.glued ? 2 : 1;
  return afterSymbol && t.glued && (t.text === "-" || t.text === "\u2212") && tokens[j + 1]?.glued && tokens[j + 1].kind === "num" ? 1 : 0;
}

function negate(num: ParsedNumber): void {
  num.value = -num.value;
  if (num.valueMax !== undefined) [num.value, num.valueMax] = [-num.valueMax, num.value];
}

/** Words other than digits, number words, hedges and symbols that may open a number. */
const NUMBER_OPENERS = new Set(["minus", "negative", "a", "an", "half", "between", "several", "few", "many", "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "trillions"]);

/** The length of a percent sign or word at token `k` ("%", "percent", "per cent"), or 0. */
function percentAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.text === "%" || t.lower === "percent" || t.lower === "pct" || (t.lower === "pc" && t.glued)) return 1;
  return t.lower === "per" && tokens[k + 1]?.lower === "cent" ? 2 : 0;
}

/**
 * Reads a quantity starting at token `i` (a hedge, a currency symbol or the number): every
 * amount, each with its category, which says whether the table keeps it.
 */
function readQuantity(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const outcome = asRate(tokens, readAmount(tokens, i, lex), lex);
  const r = outcome?.reading;
  // One of something is rarely an amount ("one solution", "a ship", "half a ship"): a reference.
  if (r && r.value <= 1 && r.valueMax === "" && lex.material.has(r.category) && r.category !== "money") r.category = "reference";
  return outcome;
}

function readAmount(tokens: Token[], i: number, lex: QuantityLexicon): Outcome {
  const t = tokens[i];
  if (!t) return undefined; // a range's second end may be asked for past the sentence's end
  // Most tokens cannot open a quantity: say so before any parsing.
  if (t.kind !== "num" && !NUMBER_OPENERS.has(t.lower) && numberWord(t.lower) === undefined && !lex.hedges.match(tokens, i) && !lex.currencySymbols.match(tokens, i)) return undefined;
  let j = i;
  const hedge = lex.hedges.match(tokens, j);
  if (hedge) j += hedge.length;
  const symbol = lex.currencySymbols.match(tokens, j, "glued");
  if (symbol) j += symbol.length;
  const sign = minusAt(tokens, j, !!symbol);
  j += sign;
  const num = parseNumberAt(tokens, j);
  if (!num) return undefined;
  // A symbol must be written onto its number ("$500", "US$1.5bn"), a code may stand apart ("USD 20 million", "RM 5 million").
  if (symbol && !sign && !tokens[j].glued && !/^[A-Z]{2,3}$/.test(tokens[j - 1].text)) return { next: num.last + 1 };
  const next = num.last + 1;
  if (isFraction(tokens, num)) {
    // "1/16 of a pint" is a sixteenth; "24/7", "9/11" are not amounts.
    if (tokens[num.last + 3]?.lower !== "of") return { next: num.last + 3 };
    const below = parseDigits(tokens[num.last + 2].text)!;
    return { next: num.last + 3, reading: { first: i, last: num.last + 2, value: num.value / below, valueMax: "", bound: hedge ? hedge.value : "exact", unit: "", category: "number" } };
  }
  if (isNotAnAmount(tokens, num, lex, !!hedge || !!symbol || sign > 0) || isAddressOrScore(tokens, num, lex)) return { next };
  if (sign) negate(num);

  let bound: Bound = hedge ? hedge.value : num.bound;
  let k = next;
  let last = num.last;
  const post = lex.postHedges.match(tokens, k);
  if (post && !num.vague) {
    bound = post.value;
    last = k + post.length - 1;
    k += post.length;
  }
  const base = { first: i, value: num.value, valueMax: num.valueMax ?? ("" as const), bound };
  const bare: Outcome = inName(tokens, i) ? { next } : { next: last + 1, reading: { ...base, last, unit: "", category: "number" } };

  const share = num.vague ? 0 : percentAt(tokens, k);
  if (share) return { next: k + share, reading: { ...base, last: k + share - 1, unit: "percent", category: "share" } };

  if (num.vague) {
    // "millions of rockets", "millions of dollars"
    if (tokens[k]?.lower !== "of") return { next };
    const money = lex.currencyWords.match(tokens, k + 1);
    if (money) return { next: k + 1 + money.length, reading: { ...base, last: k + money.length, unit: money.value, category: "money" } };
    const np = nounPhrase(tokens, k + 1, lex);
    if (!np) return { next };
    return { next: np.last + 1, reading: { ...base, last: np.last, ...counted(tokens, np, lex) } };
  }

  if (symbol) {
    const item = moneyItem(tokens, k, lex);
    return { next: (item?.[1] ?? last) + 1, reading: { ...base, last: item?.[1] ?? last, unit: symbol.value, item, category: "money" } };
  }

  const money = lex.currencyWords.match(tokens, k);
  if (money) {
    const end = k + money.length - 1;
    const item = moneyItem(tokens, end + 1, lex);
    return { next: (item?.[1] ?? end) + 1, reading: { ...base, last: item?.[1] ?? end, unit: money.value, item, category: "money" } };
  }

  if (lex.calibres.has(tokens[k]?.lower ?? "")) return bare; // "152 mm"
  const hyphened = hyphenedMeasure(tokens, k, lex);
  if (hyphened) return { next: hyphened.last + 1, reading: { ...base, last: hyphened.last, unit: hyphened.unit, category: hyphened.category } };
  const measure = (tokens[k]?.glued ? lex.gluedMeasures.match(tokens, k) : undefined) ?? lex.measures.match(tokens, k);
  if (measure) {
    const end = k + measure.length - 1;
    if (tokens[end + 1]?.lower === "of") {
      const np = nounPhrase(tokens, afterCalibre(tokens, end + 2, lex), lex, true);
      if (np) return { next: np.last + 1, reading: { ...base, last: np.last, ...measureOf(measure.value, tokens, np, end + 2, lex) } };
    }
    // "1,000 containers" counts the containers; "74,000 tons" names no item.
    const countable = measure.value.category === "count" || measure.value.category === "munitions";
    return { next: end + 1, reading: { ...base, last: end, unit: measure.value.unit, item: countable ? [k, end] : undefined, category: measure.value.category } };
  }

  let from = k;
  if (tokens[k]?.lower === "of") {
    // "two of the ships", "one of them": a part of something already named.
    if (DETERMINERS.has(tokens[k + 1]?.lower ?? "") || ["them", "us", "which", "whom"].includes(tokens[k + 1]?.lower ?? "")) return { next, reading: { ...base, last, unit: "", category: "reference" } };
    from = k + 1;
  }
  if (lex.countModifiers.has(tokens[from]?.lower ?? "") && tokens[from + 1]?.kind === "word") from++;
  const found = nounPhrase(tokens, from, lex) ?? coordinatedModifiers(tokens, from, lex);
  const people = found ? undefined : casualties(tokens, from);
  if (people) return { next: people.last + 1, reading: { ...base, last: people.last, unit: people.heads[0].toLowerCase(), item: [people.first, people.last], category: "personnel" } };
  // One counts a singular noun ("one solution"), which nounPhrase, looking for a plural, misses.
  const np = found ?? uncountedHead(tokens, from, lex) ?? (num.value === 1 ? singularPhrase(tokens, from) : undefined);
  if (!np) return bare;
  const lemmas = np.lemmas.map((l) => l[l.length - 1]);
  const reading = { ...base, last: np.last, ...counted(tokens, np, lex) };
  if (lemmas.some((l) => lex.uncounted.has(l))) {
    // "three years", "two times", "7.3 points": a duration or a measure, not an amount of things.
    return { next: np.last + 1, reading: { ...reading, category: lemmas.some((l) => lex.timeUnits.has(l)) ? "time" : "measure" } };
  }
  // "the two countries", "the three allies": parties already named, not an amount.
  if (!hedge && DETERMINERS.has(tokens[i - 1]?.lower ?? "") && lemmas.every((l) => lex.parties.has(l))) {
    return { next: np.last + 1, reading: { ...reading, category: "reference" } };
  }
  return { next: np.last + 1, reading };
}

/**
 * The unit, item and category of "N <measure> of <things>". "Containers of munitions" are
 * munitions, "containers of food" stay a count. "Rounds of 152mm artillery shells" count the
 * shells: a munitions measure of a plural munitions noun counts that noun ("rounds of
 * ammunition" stay rounds). The item keeps a calibre ("152mm artillery shells").
 */
function measureOf(measure: { unit: string; category: Category }, tokens: Token[], np: NounPhrase, itemFrom: number, lex: QuantityLexicon): Pick<Reading, "unit" | "item" | "category"> {
  const things = categoryOf(np, lex) === "munitions";
  const item: [number, number] = [itemFrom, np.last];
  if (measure.category === "munitions" && things && np.heads.every((h) => looksPlural(h) && !lex.massNouns.has(singular(h)))) return { ...counted(tokens, np, lex), item };
  return { unit: measure.unit, item, category: measure.category === "count" && things ? "munitions" : measure.category };
}

/**
 * A measure written onto its number with a hyphen, as an adjective: "a 6.1-inch display", "a
 * 1.8 billion-mile journey", "a five-year plan", "a 40-year-old man"; `k` is the hyphen. A
 * calibre ("152-mm") is not one: it names a weapon. Undefined for any other hyphened word.
 */
function hyphenedMeasure(tokens: Token[], k: number, lex: QuantityLexicon): { last: number; unit: string; category: Category } | undefined {
  const dash = tokens[k];
  if (!dash?.glued || (dash.text !== "-" && dash.text !== "–") || !tokens[k + 1]?.glued || lex.calibres.has(tokens[k + 1].lower)) return undefined;
  const measure = lex.measures.match(tokens, k + 1);
  if (measure) return { last: k + measure.length, unit: measure.value.unit, category: measure.value.category };
  const duration = durationWord(tokens[k + 1].lower, lex);
  return duration ? { last: k + 1, ...duration } : undefined;
}

/** A time unit as the end of an adjective: "year" in "five-year", "year-old" in "40-year-old" (an age). */
function durationWord(word: string, lex: QuantityLexicon): { unit: string; category: Category } | undefined {
  const unit = word.endsWith("-old") ? word.slice(0, -4) : word;
  return lex.timeUnits.has(unit) ? { unit: word, category: "time" } : undefined;
}


/** The token after a calibre that opens a noun phrase ("152 mm artillery shells", "152mm shells"), or `k`. */
function afterCalibre(tokens: Token[], k: number, lex: QuantityLexicon): number {
  if (tokens[k]?.kind !== "num") return k;
  const unit = tokens[k + 1]?.text === "-" ? k + 2 : k + 1;
  return lex.calibres.has(tokens[unit]?.lower ?? "") ? unit + 1 : k;
}

/** Words that make a bare number a count of people: "100 were killed and 1,000 wounded". */
const CASUALTY_WORDS = new Set(["killed", "wounded", "injured", "dead", "captured", "missing", "hurt"]);

/** "100 killed", "100 were killed": the casualty word as the unit. */
function casualties(tokens: Token[], k: number): NounPhrase | undefined {
  const at = ["were", "have", "had", "been"].includes(tokens[k]?.lower ?? "") ? (tokens[k + 1]?.lower === "been" ? k + 2 : k + 1) : k;
  const t = tokens[at];
  if (!t || !CASUALTY_WORDS.has(t.lower)) return undefined;
  return { first: at, last: at, heads: [t.text], lemmas: [[t.lower]] };
}

/** "Russian and North Korean troops": adjectives joined by "and" before the counted noun. */
function coordinatedModifiers(tokens: Token[], k: number, lex: QuantityLexicon): NounPhrase | undefined {
  let j = k;
  while (j < k + 4 && tokens[j]?.kind === "word" && isCapitalised(tokens[j])) j++;
  if (j === k || tokens[j]?.lower !== "and") return undefined;
  const rest = nounPhrase(tokens, j + 1, lex);
  return rest ? { ...rest, first: k } : undefined;
}

/** A singular uncounted head right after the number ("one year", "1 point"), which nounPhrase wants plural. */
function uncountedHead(tokens: Token[], k: number, lex: QuantityLexicon): NounPhrase | undefined {
  const t = tokens[k];
  if (!t || t.kind !== "word" || !lex.uncounted.has(t.lower)) return undefined;
  return { first: k, last: k, heads: [t.text], lemmas: [[t.lower]] };
}

/** Up to three words before a closed-class word or punctuation ("one solution", "one good wireless speaker"). */
function singularPhrase(tokens: Token[], k: number): NounPhrase | undefined {
  let last = k - 1;
  while (last - k < 2 && tokens[last + 1]?.kind === "word" && !STOP.has(tokens[last + 1].lower) && !/ly$/.test(tokens[last + 1].lower)) last++;
  if (last < k) return undefined;
  return { first: k, last, heads: [tokens[last].text], lemmas: [[tokens[last].lower]] };
}

/** Unit, item and category of a counted noun phrase. */
function counted(tokens: Token[], np: NounPhrase, lex: QuantityLexicon): Pick<Reading, "unit" | "item" | "category"> {
  const unit = (head: string) => lex.unitNames.get(singular(head)) ?? unitWord(head);
  return { unit: np.heads.map(unit).join(" and "), item: [np.first, np.last], category: categoryOf(np, lex) };
}

/** What a sum of money is for: "$500 million in military aid", "$1bn worth of arms", "a $2 million aid package". */
function moneyItem(tokens: Token[], k: number, lex: QuantityLexicon): [number, number] | undefined {
  let from = k;
  if (tokens[k]?.lower === "worth" && tokens[k + 1]?.lower === "of") from = k + 2;
  else if (tokens[k]?.lower === "in" || tokens[k]?.lower === "of") from = k + 1;
  const np = nounPhrase(tokens, from, lex, true);
  if (!np) return undefined;
  const lemma = np.lemmas[0][np.lemmas[0].length - 1];
  if (from === k && !lex.massNouns.has(lemma) && !lex.massNouns.has(np.heads[0].toLowerCase())) return undefined;
  return [from, np.last];
}

// ---------------------------------------------------------------------------------------------
// Attribution

interface Cue {
  /** Offset of the verb or of "according to". */
  at: number;
  claimant: string;
}

/** Words that may stand between a claimant and its verb ("C4ADS that shows", "officials have said"). */
const BETWEEN_CLAIMANT_AND_VERB = new Set(["has", "have", "had", "also", "previously", "reportedly", "later", "earlier", "that", "which", "who", "then", "separately", "further"]);
/** Words inside a claimant description ("US and other officials", "senior US defense officials"). */
const CLAIMANT_MODIFIERS = new Set(["senior", "top", "other", "and", "intelligence", "defense", "defence", "military", "government", "western", "security", "administration", "foreign", "state", "independent", "some", "unnamed", "anonymous", "several", "many"]);

interface Context {
  tokens: Token[];
  mentions: ActorMention[];
  raw: string;
  sentenceStart: number;
}

/** The mention (not a demonym) that ends within token `p`. */
function mentionEndingAt(ctx: Context, p: number, demonyms = false): ActorMention | undefined {
  const t = ctx.tokens[p];
  if (!t) return undefined;
  return ctx.mentions.find((m) => m.end > t.start && m.end <= t.end && (demonyms || !m.demonym));
}

function mentionStartingAt(ctx: Context, p: number): ActorMention | undefined {
  const t = ctx.tokens[p];
  return t && ctx.mentions.find((m) => m.start === t.start);
}

/** A description ending at token `p`: "US officials", "South Korean intelligence", "analysts". */
function describedClaimant(ctx: Context, p: number, lex: QuantityLexicon): string | undefined {
  // The claimant noun may be two words ("think tank", "state media"): find one ending at p.
  let nounStart = -1;
  for (let s = Math.max(0, p - 2); s <= p; s++) {
    const m = lex.claimantNouns.match(ctx.tokens, s);
    if (m && s + m.length - 1 === p) {
      nounStart = s;
      break;
    }
  }
  if (nounStart < 0) return undefined;
  let s = nounStart;
  for (let steps = 0; steps < 5 && s > 0; steps++) {
    const prev = ctx.tokens[s - 1];
    const mention = ctx.mentions.find((m) => m.end > prev.start && m.end <= prev.end);
    if (mention) s = ctx.tokens.findIndex((t) => t.start === mention.start);
    else if (CLAIMANT_MODIFIERS.has(prev.lower) || (prev.kind === "word" && !STOP.has(prev.lower) && steps < 3)) s--;
    else break;
  }
  while (s < nounStart && ["and", "some", "several", "many"].includes(ctx.tokens[s].lower)) s++;
  return ctx.raw.slice(ctx.tokens[s].start, ctx.tokens[p].end).replace(/^the\s+/i, "");
}

/** How the table names a mentioned claimant: a person or outlet by name; "US officials" as written. */
function claimantName(ctx: Context, mention: ActorMention, lex: QuantityLexicon): string {
  // "US officials", "South Korean intelligence": the description, not the state.
  const nextIndex = ctx.tokens.findIndex((t) => t.start >= mention.end);
  if (nextIndex >= 0 && (mention.actor.kind === "state" || mention.demonym)) {
    for (let p = nextIndex; p < Math.min(ctx.tokens.length, nextIndex + 4); p++) {
      const described = describedClaimant(ctx, p, lex);
      if (described) return described;
    }
  }
  return mention.actor.name;
}

function claimantBefore(ctx: Context, v: number, lex: QuantityLexicon, pronoun: (at: number) => string | undefined): string | undefined {
  let p = v - 1;
  while (p >= 0 && BETWEEN_CLAIMANT_AND_VERB.has(ctx.tokens[p].lower)) p--;
  if (p < 0) return undefined;
  // "Jeon Ha-gyu, a spokesman for the ministry, said": the name before the apposition.
  if (ctx.tokens[p].text === ",") {
    const opening = appositionStart(ctx, p);
    if (opening !== undefined) {
      const named = mentionEndingAt(ctx, opening - 1)?.actor.name ?? namedBefore(ctx, opening - 1);
      if (named) return named;
    }
  }
  const t = ctx.tokens[p];
  if (lex.sources.has(t.lower)) {
    // "C4ADS data shows", "C4ADS's data shows": the source's author.
    const author = mentionEndingAt(ctx, p - 1);
    return author ? author.actor.name : undefined;
  }
  const mention = mentionEndingAt(ctx, p);
  if (mention) return mention.actor.name;
  const described = describedClaimant(ctx, p, lex);
  if (described) return described;
  if (t.lower === "he" || t.lower === "she") return pronoun(t.start);
  return namedBefore(ctx, p);
}

/** Lower-case words inside a name ("Institute for the Study of War"). */
const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "on", "de"]);

/**
 * A name the gazetteer does not know, ending at token `p`: a run of capitalised words
 * ("the International Institute for Strategic Studies says", "Defence Minister Shin Won-sik said").
 */
/** The comma that opens an apposition closed by the comma at `close` (", a spokesman for the ministry,"), if it reads as one. */
function appositionStart(ctx: Context, close: number): number | undefined {
  for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
    if (ctx.tokens[k].text !== ",") continue;
    return ["a", "an", "the"].includes(ctx.tokens[k + 1]?.lower ?? "") ? k : undefined;
  }
  return undefined;
}

function namedBefore(ctx: Context, p: number): string | undefined {
  const capital = (t: Token | undefined) => !!t && t.kind !== "punct" && /^\p{Lu}/u.test(t.text);
  if (!capital(ctx.tokens[p])) return undefined;
  let s = p;
  while (s > 0) {
    const prev = ctx.tokens[s - 1];
    if (capital(prev) || (prev.glued && ctx.tokens[s].glued)) s--;
    else if (NAME_CONNECTORS.has(prev.lower) && capital(ctx.tokens[s - 2]) && prev.lower !== "the") s--;
    else break;
  }
  // A lone capitalised word that opens the sentence may be any word ("Officials said" is handled above).
  if (s === 0 && s === p && ctx.tokens[0].start === ctx.sentenceStart) return undefined;
  return ctx.raw.slice(ctx.tokens[s].start, ctx.tokens[p].end).replace(/^The\s+/, "");
}

function claimantAfter(ctx: Context, q: number, lex: QuantityLexicon, inverted: boolean): string | undefined {
  if (inverted && ctx.tokens[q]?.lower === "by") q++; // "was cited by Reuters"
  while (ctx.tokens[q] && ["the", "a", "an"].includes(ctx.tokens[q].lower)) q++;
  const limit = Math.min(ctx.tokens.length, q + 8);
  for (let p = q; p < limit; p++) {
    const t = ctx.tokens[p];
    if (t.kind === "punct") break;
    const mention = mentionStartingAt(ctx, p);
    if (mention) return claimantName(ctx, mention, lex);
    if (inverted) return undefined; // "said Kirby": the name must follow the verb at once
    const described = describedClaimant(ctx, p, lex);
    if (described && !lex.claimantNouns.match(ctx.tokens, p + 1)) {
      // "according to data from C4ADS": prefer a name further on.
      const named = ctx.mentions.find((m) => m.start > t.end && m.start < ctx.tokens[limit - 1].end && !m.demonym);
      return named && lex.sources.has(t.lower) ? named.actor.name : described;
    }
    if (!lex.sources.has(t.lower) && !CLAIMANT_MODIFIERS.has(t.lower) && !["from", "by", "of"].includes(t.lower)) {
      if (!mentionEndingAt(ctx, p, true)) return undefined;
    }
  }
  return undefined;
}

/** Attribution cues of a stretch of text: who reports, says or shows, and where. */
function findCues(ctx: Context, lex: QuantityLexicon, pronoun: (at: number) => string | undefined): Cue[] {
  const cues: Cue[] = [];
  ctx.tokens.forEach((t, v) => {
    if (t.lower === "according" && ctx.tokens[v + 1]?.lower === "to") {
      const claimant = claimantAfter(ctx, v + 2, lex, false);
      if (claimant) cues.push({ at: t.start, claimant });
    } else if (t.kind === "word" && lex.attributionVerbs.has(t.lower)) {
      const claimant = claimantBefore(ctx, v, lex, pronoun) ?? claimantAfter(ctx, v + 1, lex, true);
      if (claimant) cues.push({ at: t.start, claimant });
    }
  });
  return cues;
}

/**
 * The claimant of a number: the nearest cue before it in its sentence, else the nearest after,
 * but not across a coordinated clause ("The US announced $500 million, and Japan pledged $1.5bn").
 */
function pickCue(cues: Cue[], start: number, end: number, tokens: Token[]): string {
  const separated = (from: number, to: number) =>
    tokens.some((t, i) => t.start >= from && t.end <= to && (t.text === ";" || (t.text === "," && ["and", "but", "while", "whereas"].includes(tokens[i + 1]?.lower ?? ""))));
  const before = cues.filter((c) => c.at < start).pop();
  if (before && !separated(before.at, start)) return before.claimant;
  const after = cues.find((c) => c.at >= end);
  return after && !separated(end, after.at) ? after.claimant : "";
}

/** A next sentence that only attributes the figure: "That is according to …", "The estimate comes from …". */
const ATTRIBUTING_FOLLOW_UP = /^(?:(?:That|This|These|Those|The)\s+(?:figures?|estimates?|numbers?|data|tally|count|assessment|amounts?|totals?)\b|(?:That|This)(?:'s|’s|\s+is|\s+was)\s+according\s+to\b)/;

// ---------------------------------------------------------------------------------------------
// Periods

/** Tokens that end a clause: the period of one clause does not carry over to the next. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "—", "–", "that", "which", "while", "whereas", "but", "who", "where"]);

/** Clauses of a sentence as token ranges [first, last]. */
function clauses(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (CLAUSE_BREAKS.has(t.lower) && !(t.text === "–" && t.glued)) {
      if (i > start) out.push([start, i - 1]);
      start = i + 1;
    }
  });
  if (start < tokens.length) out.push([start, tokens.length - 1]);
  return out;
}

/** Words without which a clause holds no date; checked first because date parsing is costly. */
const MAY_HOLD_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|today|tonight|[12]\d{3})/i;

/** Date mentions of clauses already read in this article, by their span: numbers in one clause share them. */
type ClauseDates = Map<string, DateMention[]>;

/** What a number's period is read from: the sentence's date expressions, read once, and the clauses read so far. */
interface DateContext {
  published: string;
  sentence: Sentence;
  known: ClauseDates;
}

function datesIn(raw: string, tokens: Token[], [first, last]: [number, number], context: DateContext): DateMention[] {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const key = `${start}:${end}`;
  let dates = context.known.get(key);
  if (!dates) {
    const clause = raw.slice(start, end);
    dates = MAY_HOLD_DATE.test(clause) ? findDates(clause, context.published || undefined, start, clauseExpressions(context.sentence, start, end)) : [];
    context.known.set(key, dates);
  }
  return dates;
}

/**
 * The sentence's date expressions that lie within a clause, indexed from the clause's
 * start; undefined (read the clause afresh) when one straddles its edge, since chrono
 * may read the clause alone differently.
 */
function clauseExpressions(sentence: Sentence, start: number, end: number): DateExpression[] | undefined {
  const from = start - sentence.start;
  const to = end - sentence.start;
  const inside: DateExpression[] = [];
  for (const expression of sentenceDateExpressions(sentence)) {
    const last = expression.index + expression.text.length;
    if (last <= from || expression.index >= to) continue;
    if (expression.index < from || last > to) return undefined;
    inside.push({ ...expression, index: expression.index - from });
  }
  return inside;
}

interface Period {
  start: string;
  end: string;
}

/** A mention as a period; "since August" runs up to the article's date. */
function asPeriod(mention: DateMention, published: string): Period {
  const since = /^since\b/i.test(mention.text) && published && published > mention.lastDay;
  return { start: mention.date, end: since ? published : mention.lastDay };
}

/** The period a number covers: a date in its own clause, or a date that opens the sentence on its own ("Last week, …"). */
function periodOf(raw: string, tokens: Token[], at: number, context: DateContext): Period | undefined {
  const published = context.published;
  const parts = clauses(tokens);
  const index = parts.findIndex(([f, l]) => at >= f && at <= l);
  if (index < 0) return undefined;
  const own = datesIn(raw, tokens, parts[index], context);
  // "between June and August": two mentions that chrono reads apart make one period.
  for (let m = 0; m + 1 < own.length; m++) {
    const gap = raw.slice(own[m].end, own[m + 1].start).trim().toLowerCase();
    const opener = /\b(?:between|from)\s+$/i.test(raw.slice(Math.max(0, own[m].start - 9), own[m].start)) || /^(?:between|from)\b/i.test(own[m].text);
    if (opener && ["and", "to", "through", "until", "-", "–"].includes(gap) && own[m + 1].lastDay >= own[m].date) return { start: own[m].date, end: own[m + 1].lastDay };
  }
  if (own.length > 0) {
    const ranged = own.find((d) => d.dateEnd);
    const nearest = own.reduce((a, b) => (Math.abs(b.start - tokens[at].start) < Math.abs(a.start - tokens[at].start) ? b : a));
    return asPeriod(ranged ?? nearest, published);
  }
  if (index === 1) {
    const opening = datesIn(raw, tokens, parts[0], context);
    const span = raw.slice(tokens[parts[0][0]].start, tokens[parts[0][1]].end);
    if (opening.length === 1 && opening[0].text.length >= span.replace(/^(?:in|on|at|during|since|by)\s+/i, "").length) return asPeriod(opening[0], published);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Extraction

/** Sentences longer than this are not prose; attribution and periods look at a window around the number. */
const WINDOW = 400;

/** Every quantity of an article, with dictionaries given (tests pass their own). */
export function extractQuantitiesWith(doc: ArticleDoc, lex: QuantityLexicon, gazetteer: Gazetteer, general = false): QuantityRow[] {
  const raw = doc.article.raw;
  const rows: QuantityRow[] = [];
  const seen = new Map<string, QuantityRow>();
  const reportFrom = reportStart(doc);
  const clauseDates: ClauseDates = new Map();
  doc.sentences.forEach((sentence, index) => {
    const tokens = tokenize(sentence.text, sentence.start);
    let counted: Reading | undefined;
    for (let i = 0; i < tokens.length; ) {
      const outcome = withRange(tokens, readQuantity(tokens, i, lex), (k) => readQuantity(tokens, k, lex), lex.changes);
      if (!outcome) {
        i++;
        continue;
      }
      i = Math.max(outcome.next, i + 1);
      const r = outcome.reading && elided(outcome.reading, tokens, counted);
      if (r?.item) counted = r;
      // The table keeps material amounts (data/quantity-nouns.yaml, `material`).
      if (!r || (!general && !lex.material.has(r.category))) continue;
      const start = tokens[r.first].start;
      const end = tokens[r.last].end;
      // The general reader (the benchmark's) reads every mention; the table keeps one per amount.
      keepMention(rows, general ? undefined : seen, reportFrom, {
        quantity_id: "",
        article_id: doc.article.id,
        text: raw.slice(start, end),
        value: r.value,
        value_max: r.valueMax,
        bound: r.bound,
        unit: r.unit,
        item: r.item ? raw.slice(tokens[r.item[0]].start, tokens[r.item[1]].end) : "",
        category: r.category,
        change: changeOf(tokens, r.first, r.last, lex),
        attributed_to: attribution(doc, index, tokens, start, end, lex, gazetteer),
        ...period(raw, tokens, r.first, { published: doc.published, sentence, known: clauseDates }),
        evidence: sentence.text,
        char_start: start,
        char_end: end,
      });
    }
  });
  return rows;
}

/**
 * Adds a row unless it repeats one: the same amount of the same unit mentioned again is one row
 * (the annotation guide), the first mention, but the report's over the lead-in's (headline, wire
 * teaser above the dateline).
 */
function keepMention(rows: QuantityRow[], seen: Map<string, QuantityRow> | undefined, reportFrom: number, row: QuantityRow): void {
  if (!seen) {
    rows.push(row);
    return;
  }
  const key = `${row.value}|${row.value_max}|${row.unit.toLowerCase()}`;
  const earlier = seen.get(key);
  if (earlier && !(earlier.char_start < reportFrom && row.char_start >= reportFrom)) return;
  if (earlier) rows.splice(rows.indexOf(earlier), 1);
  rows.push(row);
  seen.set(key, row);
}

/**
 * A bare number followed by a participle counts what the sentence counted before it: "10,000
 * soldiers are in Russia, with around 8,000 deployed in Kursk" — 8,000 soldiers.
 */
function elided(r: Reading, tokens: Token[], counted: Reading | undefined): Reading {
  const next = tokens[r.last + 1];
  if (!counted || r.unit || r.category !== "number" || !next || !PARTICIPLE.test(next.lower)) return r;
  return { ...r, unit: counted.unit, item: counted.item, category: counted.category };
}

const PARTICIPLE = /^(?:[a-z]{2,}(?:ed|en)|sent|held|left|kept|lost|hurt|based)$/;

/** Whether the amount is a change: a change word just before it ("rose 5%", "fell by $2bn", "up 19 cents") or just after ("0.68 percent lower"). */
function changeOf(tokens: Token[], first: number, last: number, lex: QuantityLexicon): Change {
  const before = tokens[first - 1]?.lower === "by" ? tokens[first - 2] : tokens[first - 1];
  return lex.changes.get(before?.lower ?? "") ?? lex.changes.get(tokens[last + 1]?.lower ?? "") ?? "";
}

/** The tokens within WINDOW characters of [start, end), by binary search (sentences may be huge). */
function windowTokens(tokens: Token[], start: number, end: number): Token[] {
  const firstAfter = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return tokens.slice(firstAfter(start - WINDOW), firstAfter(end + WINDOW));
}

function attribution(doc: ArticleDoc, index: number, tokens: Token[], start: number, end: number, lex: QuantityLexicon, gazetteer: Gazetteer): string {
  const raw = doc.article.raw;
  const contextOf = (toks: Token[], sentenceStart: number): Context => {
    if (toks.length === 0) return { tokens: toks, mentions: [], raw, sentenceStart };
    const from = toks[0].start;
    return { tokens: toks, mentions: gazetteer.find(raw.slice(from, toks[toks.length - 1].end), from), raw, sentenceStart };
  };
  // "he said": the person last named in this or the three sentences before.
  const pronoun = (at: number): string | undefined => {
    const from = doc.sentences[Math.max(0, index - 3)].start;
    const people = gazetteer.find(raw.slice(from, at), from).filter((m) => m.actor.kind === "person");
    return people.pop()?.actor.name;
  };
  const window = windowTokens(tokens, start, end);
  const mayAttribute = (toks: Token[]) => toks.some((t) => t.lower === "according" || lex.attributionVerbs.has(t.lower));
  const cues = mayAttribute(window) ? findCues(contextOf(window, doc.sentences[index].start), lex, pronoun) : [];
  const own = pickCue(cues, start, end, window);
  if (own || cues.length > 0) return own;
  const next = doc.sentences[index + 1];
  if (next && next.paragraph === doc.sentences[index].paragraph && ATTRIBUTING_FOLLOW_UP.test(next.text) && next.text.length < 2 * WINDOW) {
    return findCues(contextOf(tokenize(next.text, next.start), next.start), lex, pronoun)[0]?.claimant ?? "";
  }
  return "";
}

function period(raw: string, tokens: Token[], first: number, context: DateContext): Pick<QuantityRow, "period_start" | "period_end"> {
  const start = tokens[first].start;
  const window = windowTokens(tokens, start, start);
  const at = window.indexOf(tokens[first]);
  const found = at >= 0 ? periodOf(raw, window, at, context) : undefined;
  return found ? { period_start: found.start, period_end: found.end } : { period_start: "", period_end: "" };
}
