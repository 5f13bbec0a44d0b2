/**
 * The quantity reader's dictionaries: data/units.yaml, data/quantity-nouns.yaml,
 * data/quantity-cues.yaml, and the attribution cues of data/speech-verbs.yaml (one
 * speech-verb dictionary for every table), read, checked and indexed once.
 */
import { z } from "zod";
import { attributionCues } from "../attribution.ts";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "../dictionaries.ts";
import type { Bound } from "../numbers.ts";
import { sharedStatementLexicon } from "../statement-lexicon.ts";
import { singular } from "./noun-phrases.ts";
import { PhraseIndex } from "./phrase-index.ts";
import { BOUNDS, CATEGORIES, type Category } from "./row.ts";

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


export interface Measure {
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
