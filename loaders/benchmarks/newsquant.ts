/**
 * NewsQuant (Almasian et al., EMNLP 2023): news sentences with every quantity annotated.
 * Each sentence is run through the quantity reader as an article of its own; a predicted
 * quantity matches a gold one when the values are equal (ranges: both ends, relative
 * tolerance 1e-5 as the paper's scorer), then value+unit also needs the normalised units
 * equal, value+change the change equal. Matching is one-to-one within a sentence, pairs
 * agreeing on more attributes first; scores are micro-averaged over all quantities.
 */
import { z } from "zod";
import { parseArticle } from "../corpus.ts";
import { sharedNumberWords } from "../number-words.ts";
import { matchOneToOne, type Candidate } from "../matching.ts";
import { extractAllQuantities, singular, type QuantityRow } from "../quantities.ts";
import { FRACTION_UNIT } from "../quantities/fractions.ts";
import { loadDictionaries, prepareArticle, type Dictionaries } from "../tables.ts";
import { prf, readJson, textId, type Prf } from "./common.ts";
import type { BenchmarkConfig } from "./config.ts";

const goldQuantity = z.object({
  value: z.union([z.string().min(1), z.number()]),
  unit: z.string(),
  normalized_unit: z.string(),
  change: z.string(),
  referred_concepts: z.string().optional(),
});
export const newsQuantSchema = z.array(z.object({ text: z.string(), quantities: z.array(goldQuantity) })).min(1, "the file holds no sentence");
export type NewsQuantSentence = z.infer<typeof newsQuantSchema>[number];

/** One predicted quantity, in the format the predictions file is written in. */
export interface PredictedQuantity {
  value: number;
  value_max: number | null;
  unit: string;
  normalized_unit: string;
  change: string;
}
export type NewsQuantPredictions = Array<{ quantities: PredictedQuantity[] }>;

/** The predictions file's format, checked when another system's predictions are scored. */
export const newsQuantPredictionsSchema = z.array(
  z.object({
    quantities: z.array(z.object({ value: z.number(), value_max: z.number().nullable(), unit: z.string(), normalized_unit: z.string(), change: z.string() })),
  }),
);

export interface NewsQuantScore {
  sentences: number;
  value: Prf;
  valueUnit: Prf;
  valueChange: Prf;
}

export function readNewsQuant(file: string): NewsQuantSentence[] {
  return readJson(file, newsQuantSchema);
}

/** NewsQuant's unit for one of ours: the mapping in data/benchmarks.yaml, else the singular, lower-cased. */
export function normaliseUnit(unit: string, config: BenchmarkConfig["newsquant"]): string {
  // A rate ("USD per barrel") is normalised on each side ("dollar per barrel").
  if (unit.includes(" per ")) return unit.split(" per ").map((side) => normaliseUnit(side, config)).join(" per ");
  const mapped = config.units[unit];
  if (mapped !== undefined) return mapped;
  const words = unit.toLowerCase().split(" ");
  return [...words.slice(0, -1).map((w) => lemma(w, config)), singular(words[words.length - 1])].filter(Boolean).join(" ");
}

/** A modifier as NewsQuant's lemma, where data/benchmarks.yaml lists one ("best" → "good"). */
function lemma(word: string, config: BenchmarkConfig["newsquant"]): string {
  return config.lemmas[word] ?? word;
}

/**
 * NewsQuant names a counted thing by its whole noun phrase, modifiers included ("7 European
 * countries" → "european country"); a unit of measure or a currency by the unit alone; a share
 * by "%" and what it is a share of ("a third of the staff" → "% staff"), "% -" when a pronoun names it.
 */
function newsQuantUnit(row: Pick<QuantityRow, "unit" | "item">, config: BenchmarkConfig["newsquant"]): string {
  if (row.unit === FRACTION_UNIT && row.item) return `% ${normaliseUnit(row.item, config)}`;
  const counted = row.item && config.units[row.unit] === undefined && row.item.toLowerCase().endsWith(row.unit.toLowerCase());
  return normaliseUnit(counted ? row.item : row.unit, config);
}

export function toPrediction(row: Pick<QuantityRow, "text" | "value" | "value_max" | "unit" | "item" | "bound" | "change">, config: BenchmarkConfig["newsquant"]): PredictedQuantity {
  const vague = vagueRange(row, config);
  return {
    value: vague?.[0] ?? row.value,
    value_max: vague?.[1] ?? (row.value_max === "" ? null : row.value_max),
    unit: row.unit,
    normalized_unit: newsQuantUnit(row, config),
    // NewsQuant's change is a direction ("up 19 cents") or, failing one, the hedge; a vague
    // magnitude's range already says how far it reaches, and NewsQuant writes it as "=".
    change: row.change || (vague ? "=" : config.changes[row.bound]),
  };
}

/** A vague magnitude ("tens of thousands of students") as NewsQuant's range; undefined for other values. */
function vagueRange(row: Pick<QuantityRow, "text" | "value" | "value_max" | "bound">, config: BenchmarkConfig["newsquant"]): [number, number] | undefined {
  const vague = row.bound === "at_least" && row.value_max === "" ? /^(\w+) of\b/i.exec(row.text)?.[1].toLowerCase() : undefined;
  if (vague && sharedNumberWords().vague.has(vague)) return config.vague.ranges[vague] ?? [row.value, row.value * config.vague.reach];
  return undefined;
}

/**
 * Runs the general quantity reader (every amount, not only the material ones the table keeps)
 * over every sentence, each read as an article of its own; the result is aligned with the input.
 */
export function predictNewsQuant(sentences: NewsQuantSentence[], config: BenchmarkConfig["newsquant"], dictionaries: Dictionaries = loadDictionaries()): NewsQuantPredictions {
  return sentences.map((sentence, i) => {
    if (!sentence.text.trim()) return { quantities: [] };
    const doc = prepareArticle(parseArticle(`${textId("nq", i)}.txt`, sentence.text), dictionaries);
    const rows = extractAllQuantities(doc, dictionaries.quantities, dictionaries.events.gazetteer);
    return { quantities: changesAsRanges(rows, doc.article.raw).map((row) => toPrediction(row, config)) };
  });
}

/**
 * NewsQuant writes a change "from A to B" as one quantity, the range A-B, falling or rising
 * ("plummeted from $36,040 at 10.45pm to $34,935" is 36040-34935). Our table keeps the two
 * figures apart (a change is not a range: loaders/quantities/ranges.ts); this joins them the
 * benchmark's way when "from" opens the first and "to" ends the words between them.
 */
export function changesAsRanges<R extends Pick<QuantityRow, "value" | "value_max" | "unit" | "item" | "char_start" | "char_end">>(rows: R[], raw: string): R[] {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i++) {
    const [a, b] = [rows[i], rows[i + 1]];
    const before = raw.slice(Math.max(0, a.char_start - 20), a.char_start);
    const between = b ? raw.slice(a.char_end, b.char_start) : "";
    if (b && a.value_max === "" && b.value_max === "" && /\bfrom\s+$/i.test(before) && between.length <= 40 && /^[^,;:()]*\bto\s+$/i.test(between)) {
      out.push({ ...a, value_max: b.value, unit: b.unit || a.unit, item: b.item || a.item, char_end: b.char_end });
      i++;
    } else out.push(a);
  }
  return out;
}

/** A gold value as an interval: "275.0" → [275, 275]; "252.0-287.0" → [252, 287]; "-5" stays negative. */
export function goldInterval(value: string | number): [number, number] {
  if (typeof value === "number") return [value, value];
  const range = /^\s*(-?[\d.]+(?:e[-+]?\d+)?)\s*-\s*(-?[\d.]+(?:e[-+]?\d+)?)\s*$/i.exec(value);
  if (range) return [Number(range[1]), Number(range[2])];
  const n = Number(value.trim());
  return [n, n];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

function sameValue(gold: [number, number], p: PredictedQuantity): boolean {
  return close(p.value, gold[0]) && close(p.value_max ?? p.value, gold[1]);
}

/** Scores predictions (ours or another system's, in the predictions format) against the gold. */
export function scoreNewsQuant(gold: NewsQuantSentence[], predictions: NewsQuantPredictions): NewsQuantScore {
  let predicted = 0;
  let goldCount = 0;
  const hits = { value: 0, unit: 0, change: 0 };
  gold.forEach((sentence, i) => {
    const mine = predictions[i]?.quantities ?? [];
    predicted += mine.length;
    goldCount += sentence.quantities.length;
    const pairs: Array<Candidate<number> & { unit: boolean; change: boolean }> = [];
    sentence.quantities.forEach((q, g) => {
      const interval = goldInterval(q.value);
      mine.forEach((p, k) => {
        if (!sameValue(interval, p)) return;
        const unit = p.normalized_unit.toLowerCase() === q.normalized_unit.toLowerCase();
        const change = p.change === q.change;
        pairs.push({ g, p: k, unit, change, score: Number(unit) + Number(change) });
      });
    });
    for (const pair of matchOneToOne(pairs).values()) {
      hits.value++;
      if (pair.unit) hits.unit++;
      if (pair.change) hits.change++;
    }
  });
  return {
    sentences: gold.length,
    value: prf(hits.value, predicted, goldCount),
    valueUnit: prf(hits.unit, predicted, goldCount),
    valueChange: prf(hits.change, predicted, goldCount),
  };
}
