/**
 * The number words the number reader reads (data/number-words.yaml): units and tens, scale
 * words and abbreviations, vague magnitudes, qualifiers and range words. Data, so that an
 * editor can add an abbreviation ("lakh", "crore", "mln") without touching the grammar.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "./dictionaries.ts";
import { BOUNDS } from "./schema.ts";

export const NUMBER_WORDS_FILE = "number-words.yaml";

const word = z.string().min(1).regex(/^[\p{L}'’-]+$/u, "one word, letters only");
const values = z.record(word, z.number().positive());

const numberWordsSchema = z.object({
  units: z.record(word, z.number().int().nonnegative()),
  tens: z.record(word, z.number().int().positive()),
  scales: values,
  glued_only_scales: z.array(word),
  vague: values,
  fractions: values,
  small_counts: z.record(word, z.object({ value: z.number().positive(), bound: z.enum(BOUNDS), table_only: z.boolean().optional() })),
  vague_elided: z.array(word),
  vague_levels: z.array(word),
  vague_alternatives: z.array(word),
  qualifiers: z.record(z.string().min(1), z.number().positive()),
  range_words: z.array(z.string().min(1).regex(/^\S+$/u, "one word or mark, no spaces")).min(1),
});

export interface NumberWords {
  /** "zero" … "nineteen". */
  units: Map<string, number>;
  /** "twenty" … "ninety". */
  tens: Map<string, number>;
  /** Units and tens in one Map: every token of a sentence is looked up, so the common case must be cheap. */
  small: Map<string, number>;
  /** Scale words after a number, spelled out or abbreviated. */
  scales: Map<string, number>;
  /** Abbreviations that are scales only when written onto the number ("1.5bn", "300k"). */
  gluedOnlyScales: Set<string>;
  /** Vague orders of magnitude ("millions of") and their lower bounds. */
  vague: Map<string, number>;
  /** Parts of a scale word ("half", "quarter", "thirds") and their values. */
  fractions: Map<string, number>;
  /** Nouns for a small number after "a" and before "of" ("a couple of"), with value and bound. */
  smallCounts: Map<string, { value: number; bound: (typeof BOUNDS)[number]; table_only?: boolean }>;
  /** Words after a vague magnitude that leave its noun to an earlier count ("thousands more"). */
  vagueElided: Set<string>;
  /** Words before "the" and a lone magnitude that make it a level ("ran into the thousands"). */
  /** Words between two magnitudes offered as alternatives, the first read without "of" ("hundreds or thousands of"). */
  vagueAlternatives: Set<string>;
  vagueLevels: Set<string>;
  /** Vague multipliers before a scale word ("several thousand", "a few hundred"): lower bounds. */
  qualifiers: Map<string, number>;
  /** Words between a range's two ends. */
  rangeWords: Set<string>;
}

const lowerMap = (record: Record<string, number>) => new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

/** Reads and checks data/number-words.yaml in `dir`. */
export function loadNumberWords(dir = DATA_DIR): NumberWords {
  const w = loadDictionary(NUMBER_WORDS_FILE, numberWordsSchema, dir);
  const units = lowerMap(w.units);
  const tens = lowerMap(w.tens);
  return {
    units,
    tens,
    small: new Map([...units, ...tens]),
    scales: lowerMap(w.scales),
    gluedOnlyScales: new Set(w.glued_only_scales.map((s) => s.toLowerCase())),
    vague: lowerMap(w.vague),
    fractions: lowerMap(w.fractions),
    smallCounts: new Map(Object.entries(w.small_counts).map(([k, v]) => [k.toLowerCase(), v])),
    vagueElided: new Set(w.vague_elided.map((s) => s.toLowerCase())),
    vagueLevels: new Set(w.vague_levels.map((s) => s.toLowerCase())),
    vagueAlternatives: new Set(w.vague_alternatives.map((s) => s.toLowerCase())),
    qualifiers: lowerMap(w.qualifiers),
    rangeWords: new Set(w.range_words.map((s) => s.toLowerCase())),
  };
}

/** The number words of `dir`, loaded once while the file is unchanged. */
export function sharedNumberWords(dir = DATA_DIR): NumberWords {
  return memoiseDictionary("numbers", dir, [NUMBER_WORDS_FILE], () => loadNumberWords(dir));
}
