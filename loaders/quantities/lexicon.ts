/**
 * The quantity reader's dictionaries: data/units.yaml, data/quantity-nouns.yaml,
 * data/quantity-cues.yaml, data/quantity-words.yaml, and the attribution cues of data/speech-verbs.yaml (one
 * speech-verb dictionary for every table), read, checked and indexed once.
 */
import { z } from "zod";
import { attributionCues } from "../attribution.ts";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "../dictionaries.ts";
import { loadNumberWords, NUMBER_WORDS_FILE, type NumberWords } from "../number-words.ts";
import { tokenize, type Bound } from "../numbers.ts";
import { sharedStatementLexicon } from "../statement-lexicon.ts";
import { singular } from "./noun-phrases.ts";
import { PhraseIndex } from "./phrase-index.ts";
import { CATEGORIES, HEDGES, type Category } from "./row.ts";
import { loadQuantityWords, QUANTITY_WORDS_FILE, type QuantityWords } from "./words.ts";
import { stateCurrencies, WORLD_CURRENCIES_FILE, worldCurrencies, type StateCurrencies } from "./world-currencies.ts";

// ---------------------------------------------------------------------------------------------
// Dictionaries

const CURRENCY_CODES_FILE = "currency-codes.yaml";
const entries = z.array(z.string().min(1));
const unitsSchema = z.object({
  measures: z.array(
    z.object({ unit: z.string().min(1), category: z.enum(CATEGORIES), aliases: entries.min(1), glued: entries.optional(), glued_symbols: entries.optional(), symbols: entries.optional() }),
  ),
  currencies: z.array(
    z.object({ unit: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"), symbols: entries, glued_symbols: entries.optional(), words: entries }),
  ),
  calibres: entries,
});
const codesSchema = z.object({
  codes: z.record(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"), z.string().min(1)),
  other_codes: z.record(z.string().regex(/^[A-Z]{3}$/, "must be a code of three capitals"), z.string().min(1)),
  not_read: z.array(z.string().regex(/^[A-Z]{3}$/)),
});
const nounsSchema = z.object({
  categories: z.object({ munitions: entries, personnel: entries, count: entries, reporting: entries, discourse: entries }),
  mass_nouns: entries,
  uncounted: entries,
  parties: entries,
  most_parties: z.number().int().positive(),
  designators: entries,
  time_units: entries,
  count_modifiers: entries,
  street_types: entries,
  formation_names: entries,
  unit_names: z.record(z.string().min(1), z.string().min(1)),
  same_kind: z.record(z.string().min(1), z.string().min(1)),
  material: z.array(z.enum(CATEGORIES)).min(1),
  counted_parts: z.array(z.enum(CATEGORIES)),
  people_endings: entries,
  demonym_endings: entries,
  demonym_unit: z.string().min(1),
  demonym_nouns: entries,
  generic_heads: entries,
});
const boundLists = z.object({ approx: entries.optional(), at_least: entries.optional(), at_most: entries.optional() });
const cuesSchema = z.object({
  hedges: boundLists,
  post_hedges: boundLists,
  bound_verbs: boundLists,
  limit_verbs: entries,
  changes: z.object({ up: entries, down: entries }),
  change_participles: z.object({ up: entries, down: entries }),
  particle_verbs: z.object({ up: entries, down: entries }),
  collecting_verbs: entries,
  change_nouns: z.object({ up: entries, down: entries }),
  claimant_nouns: entries,
  sources: entries,
});


export interface Measure {
  unit: string;
  category: Category;
}

export interface QuantityLexicon {
  measures: PhraseIndex<Measure>;
  /** Unit aliases that may be written onto the number ("10km"). */
  gluedMeasures: PhraseIndex<Measure>;
  currencySymbols: PhraseIndex<string>;
  /** Letters standing for a sign an encoding lost ("PS2.7m" for £2.7m): matched as written, onto the number only. */
  gluedCurrencySymbols: PhraseIndex<string>;
  /** ISO 4217 codes, matched only in capitals (data/currency-codes.yaml). */
  currencyCodes: PhraseIndex<string>;
  currencyWords: PhraseIndex<string>;
  /** Names several states' currencies share ("pesos"): read as money, the unit the state's (currency-states.ts). */
  stateCurrencies: StateCurrencies;
  calibres: Set<string>;
  /** Lemma (singular, lower case, maybe two words) → category. */
  categories: Map<string, Category>;
  massNouns: Set<string>;
  uncounted: Set<string>;
  parties: Set<string>;
  /** The most parties a definite count re-names ("the two countries"); more are a set counted ("the 37 states that allow it"). */
  mostParties: number;
  designators: Set<string>;
  /** Uncounted heads that measure time ("years", "days"): their amounts are durations. */
  timeUnits: Set<string>;
  /** "other", "more": between a number and what it counts ("40 other countries"). */
  countModifiers: Set<string>;
  /** Last words of street names ("Road", "St"): a number before one is an address. */
  streetTypes: Set<string>;
  /** Last words of military formations' names ("Brigade", "Army"): digits before one are its number. */
  formationNames: Set<string>;
  /** The unit written for a head noun of several names (singular, lower-case): "soldier" → "troops". */
  unitNames: Map<string, string>;
  /** Units that name one kind of thing (singular, lower-case → the kind): "soldier" and "troop" → "troops". */
  sameKind: Map<string, string>;
  /** The categories the quantities table keeps. */
  material: Set<Category>;
  /** Categories whose part ("two of the five missiles") is an amount of its own. */
  countedParts: Set<Category>;
  /** Endings of an unsorted head that make it people ("jihadist"), and of a capitalised one ("Israeli"). */
  peopleEndings: string[];
  demonymEndings: string[];
  /** The unit of people counted by a demonym ("162 Georgians" → people). */
  demonymUnit: string;
  /** People named by faith, ethnicity or residence, personnel counted as people ("Muslims", "New Yorkers"). */
  demonymNouns: Set<string>;
  /** Heads that take the category of the noun before them ("mortar systems"). */
  genericHeads: Set<string>;
  hedges: PhraseIndex<Bound>;
  postHedges: PhraseIndex<Bound>;
  /** Verbs before a number that bound it, outside its text ("exceeded 40", "capped at"), and verbs of a limit "to" after their object. */
  boundVerbs: Array<{ words: string[]; bound: Bound }>;
  limitVerbs: Set<string>;
  /** Words that make an amount a change: "rose", "up" → up; "fell", "lower" → down. */
  changes: Map<string, "up" | "down">;
  /** Change words read only before a number ("after plunging 65%"): after one they open another clause. */
  changesBeforeOnly: Set<string>;
  /** "shot down 12 drones", "make up 40%": the verbs whose "up" or "down" is a particle ("shot down", "make up"). */
  particleVerbs: Set<string>;
  /** Change verbs that collect the sum that is their object ("raised $5 million"). */
  collectingVerbs: Set<string>;
  /** Nouns of change whose "of" names its size ("an increase of 5%"). */
  changeNouns: Map<string, "up" | "down">;
  attributionVerbs: Set<string>;
  /** Phrases after which the claimant stands ("according to"), and their first words. */
  attributionPhrases: PhraseIndex<true>;
  attributionPhraseStarts: Set<string>;
  claimantNouns: PhraseIndex<true>;
  sources: Set<string>;
  /** Percent signs and words ("%", "per cent"); data/quantity-words.yaml. */
  percentSigns: PhraseIndex<true>;
  /** Headings of a line of their own over a list of other pages ("Related News"), lower-case, from data/outlet-signatures.yaml. */
  teaserHeadings: Set<string>;
  /** The reader's closed-class words (data/quantity-words.yaml). */
  words: QuantityWords;
  /** The number reader's words (data/number-words.yaml). */
  numbers: NumberWords;
}

/** The one field of data/outlet-signatures.yaml the reader takes: the headings of lists of other pages. */
const teaserSchema = z.object({ teaser_headings: z.array(z.string().min(1)) });

/** Reads data/units.yaml (with data/world-currencies.yaml), data/currency-codes.yaml, data/quantity-nouns.yaml, data/quantity-cues.yaml and data/quantity-words.yaml. */
export function loadQuantityLexicon(dir = DATA_DIR): QuantityLexicon {
  const units = loadDictionary("units.yaml", unitsSchema, dir);
  const nouns = loadDictionary("quantity-nouns.yaml", nounsSchema, dir);
  const cues = loadDictionary("quantity-cues.yaml", cuesSchema, dir);
  const words = loadQuantityWords(dir);
  const speech = sharedStatementLexicon(dir);
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const lex: QuantityLexicon = {
    measures: new PhraseIndex(),
    gluedMeasures: new PhraseIndex(),
    currencySymbols: new PhraseIndex(),
    gluedCurrencySymbols: new PhraseIndex(),
    currencyCodes: new PhraseIndex(),
    currencyWords: new PhraseIndex(),
    stateCurrencies: { forms: new Map(), byState: new Map(), plural: new Map() },
    calibres: lower(units.calibres),
    categories: new Map(),
    massNouns: lower(nouns.mass_nouns),
    uncounted: lower(nouns.uncounted),
    parties: lower(nouns.parties),
    mostParties: nouns.most_parties,
    designators: lower(nouns.designators),
    timeUnits: lower(nouns.time_units),
    countModifiers: lower(nouns.count_modifiers),
    streetTypes: lower(nouns.street_types),
    formationNames: lower(nouns.formation_names),
    unitNames: new Map(Object.entries(nouns.unit_names).map(([noun, unit]) => [noun.toLowerCase(), unit])),
    sameKind: new Map(Object.entries(nouns.same_kind).map(([noun, kind]) => [noun.toLowerCase(), kind])),
    material: new Set(nouns.material),
    countedParts: new Set(nouns.counted_parts),
    peopleEndings: nouns.people_endings.map((e) => e.toLowerCase()),
    demonymEndings: nouns.demonym_endings.map((e) => e.toLowerCase()),
    demonymUnit: nouns.demonym_unit,
    demonymNouns: lower(nouns.demonym_nouns),
    genericHeads: lower(nouns.generic_heads),
    hedges: new PhraseIndex(),
    postHedges: new PhraseIndex(),
    boundVerbs: (["approx", "at_least", "at_most"] as const).flatMap((bound) => (cues.bound_verbs[bound] ?? []).map((v) => ({ words: v.toLowerCase().split(/\s+/), bound }))),
    limitVerbs: lower(cues.limit_verbs),
    changes: changeWords([cues.changes, cues.change_participles]),
    changesBeforeOnly: lower([...cues.change_participles.up, ...cues.change_participles.down]),
    collectingVerbs: lower(cues.collecting_verbs),
    changeNouns: changeWords([cues.change_nouns]),
    particleVerbs: lower([...cues.particle_verbs.up.map((v) => `${v} up`), ...cues.particle_verbs.down.map((v) => `${v} down`)]),
    // The speech and evidence verbs of data/speech-verbs.yaml, one dictionary for every table.
    attributionVerbs: attributionCues(speech),
    attributionPhrases: new PhraseIndex(),
    attributionPhraseStarts: new Set(),
    claimantNouns: new PhraseIndex(),
    sources: lower(cues.sources),
    percentSigns: new PhraseIndex(),
    teaserHeadings: new Set(loadDictionary("outlet-signatures.yaml", teaserSchema, dir).teaser_headings.map((h) => h.toLowerCase())),
    words,
    numbers: loadNumberWords(dir),
  };
  indexUnitsAndCurrencies(lex, units, dir);
  indexCategories(lex, nouns);
  indexCues(lex, cues, speech.attributingPhrases);
  return lex;
}

/** Units, the world's currencies by name and by ISO code, and the names several states share. */
function indexUnitsAndCurrencies(lex: QuantityLexicon, units: z.infer<typeof unitsSchema>, dir: string): void {
  const iso = loadDictionary(CURRENCY_CODES_FILE, codesSchema, dir);
  const codes = Object.keys({ ...iso.codes, ...iso.other_codes });
  // The states' currencies that units.yaml does not name ("12 million soles", "S/. 40 million").
  indexUnits(lex, { ...units, currencies: [...units.currencies, ...worldCurrencies(units.currencies, new Set(codes), dir)] });
  // "50 billion pesos": the shared name stands as the unit until the row finds its state.
  lex.stateCurrencies = stateCurrencies(new Set(codes), dir);
  for (const [form, name] of lex.stateCurrencies.forms) if (!lex.currencyWords.match(tokenize(form), 0)) lex.currencyWords.add(form, name);
  const notRead = new Set(iso.not_read);
  for (const code of codes) if (!notRead.has(code)) lex.currencyCodes.add(code, code, true);
}

/** Hedges, claimant nouns, percent signs and attributing phrases by their words. */
function indexCues(lex: QuantityLexicon, cues: z.infer<typeof cuesSchema>, attributingPhrases: Iterable<string>): void {
  for (const bound of HEDGES) {
    for (const h of cues.hedges[bound] ?? []) lex.hedges.add(h, bound);
    for (const h of cues.post_hedges[bound] ?? []) lex.postHedges.add(h, bound);
  }
  for (const n of cues.claimant_nouns) lex.claimantNouns.add(n, true);
  for (const sign of lex.words.percentSigns) lex.percentSigns.add(sign, true);
  for (const phrase of attributingPhrases) {
    lex.attributionPhrases.add(phrase, true);
    lex.attributionPhraseStarts.add(phrase.split(/\s+/)[0]);
  }
}

/** The change words of each list by their direction. */
function changeWords(lists: Array<{ up: string[]; down: string[] }>): Map<string, "up" | "down"> {
  return new Map(lists.flatMap((l) => [...l.up.map((w) => [w.toLowerCase(), "up"] as const), ...l.down.map((w) => [w.toLowerCase(), "down"] as const)]));
}

/** Units of measure and currencies by their aliases, symbols and words. */
function indexUnits(lex: QuantityLexicon, units: z.infer<typeof unitsSchema>): void {
  for (const m of units.measures) {
    for (const alias of m.aliases) lex.measures.add(alias, { unit: m.unit, category: m.category });
    for (const alias of m.glued ?? []) lex.gluedMeasures.add(alias, { unit: m.unit, category: m.category });
    // A letter written onto the number, matched as written ("45g" but not "5G").
    for (const symbol of m.glued_symbols ?? []) lex.gluedMeasures.add(symbol, { unit: m.unit, category: m.category }, true);
    // A symbol that is also a letter or a word ("W", "C", "WAR") is matched only as written.
    for (const symbol of m.symbols ?? []) lex.measures.add(symbol, { unit: m.unit, category: m.category }, true);
  }
  for (const c of units.currencies) {
    for (const s of c.symbols) lex.currencySymbols.add(s, c.unit);
    for (const s of c.glued_symbols ?? []) lex.gluedCurrencySymbols.add(s, c.unit, true);
    for (const w of c.words) lex.currencyWords.add(w, c.unit);
  }
}

/** The counted nouns' categories by the noun as written and by its singular (lex.words must be set). */
function indexCategories(lex: QuantityLexicon, nouns: z.infer<typeof nounsSchema>): void {
  for (const category of ["munitions", "personnel", "count", "reporting", "discourse"] as const) {
    for (const noun of nouns.categories[category]) {
      // Entries may be written in the plural ("special forces"): keep both forms.
      const nounWords = noun.toLowerCase().split(" ");
      const lemma = [...nounWords.slice(0, -1), singular(nounWords[nounWords.length - 1], lex.words)].join(" ");
      for (const form of [noun.toLowerCase(), lemma]) if (!lex.categories.has(form)) lex.categories.set(form, category);
    }
  }
  // People named by faith or residence are people counted ("1.6 billion Muslims").
  for (const noun of lex.demonymNouns) if (!lex.categories.has(noun)) lex.categories.set(noun, "personnel");
}

/** The quantity lexicon of `dir`, loaded once and shared while its files are unchanged (it is immutable). */
export function sharedQuantityLexicon(dir = DATA_DIR): QuantityLexicon {
  return memoiseDictionary("quantities", dir, ["units.yaml", CURRENCY_CODES_FILE, "quantity-nouns.yaml", "quantity-cues.yaml", QUANTITY_WORDS_FILE, NUMBER_WORDS_FILE, "speech-verbs.yaml", "outlet-signatures.yaml", WORLD_CURRENCIES_FILE], () => loadQuantityLexicon(dir));
}
