/**
 * The PLOVER gold standard records (Open Event Data Alliance): one coded event per sentence,
 * with source and target actors as country codes. Each sentence is coded by our events
 * extractor as an article of its own. Reported: event-type accuracy (the sentence's events
 * include the gold type, after mapping the 2016 names onto the current ones), how many
 * sentences get any event, and precision, recall and F1 of (actor, type, target) triples,
 * each side compared as a set of codes.
 */
import { z } from "zod";
import type { Dictionaries } from "../tables.ts";
import { extractTexts, prf, readJson, rowsByArticle, textId, type Prf } from "./common.ts";
import { loadBenchmarkConfig, type BenchmarkConfig } from "./config.ts";

const actor = z.object({ actorText: z.string().optional(), code: z.string() });
export const ploverSchema = z
  .array(
    z.object({
      id: z.string().optional(),
      text: z.string(),
      event: z.string().min(1),
      source: z.union([z.array(actor), z.string()]).optional(),
      target: z.union([z.array(actor), z.string()]).optional(),
    }),
  )
  .min(1, "the file holds no record");
export type PloverRecord = z.infer<typeof ploverSchema>[number];

/** One coded event, as the predictions file writes it: codes joined by ";". */
export interface PredictedEvent {
  event_type: string;
  actor: string;
  target: string;
}
export type PloverPredictions = Array<{ events: PredictedEvent[] }>;

export const ploverPredictionsSchema = z.array(z.object({ events: z.array(z.object({ event_type: z.string(), actor: z.string(), target: z.string() })) }));

export interface PloverScore {
  sentences: number;
  /** Sentences whose events include the gold type. */
  typeAccuracy: number;
  /** Sentences with any event at all. */
  coverage: number;
  triples: Prf;
}

export function readPlover(file: string): PloverRecord[] {
  return readJson(file, ploverSchema);
}

export function predictPlover(records: PloverRecord[], dictionaries?: Dictionaries, config: BenchmarkConfig["plover"] = loadBenchmarkConfig().plover): PloverPredictions {
  const texts = records.map((r, i) => ({ id: textId("pl", i), text: r.text }));
  const byText = rowsByArticle(extractTexts(texts, dictionaries).events);
  const domestic = new Set(config.domestic);
  return texts.map(({ id }) => ({
    events: (byText.get(id) ?? []).map((e) => ({ event_type: e.event_type, actor: e.actor, target: domesticTarget(e, domestic) })),
  }));
}

/** The records' domestic coding: a protest, a curfew or a concession with no outside party named is aimed at the actor's own state. */
function domesticTarget(e: { event_type: string; actor: string; target: string }, domestic: ReadonlySet<string>): string {
  return e.target === "" && domestic.has(e.event_type) && e.actor !== "" && !e.actor.includes(";") ? e.actor : e.target;
}

/** A side of a triple as a sorted set of codes: the records' CAMEO codes mapped to ISO, our organisations' codes to the records' IGO. */
function codeSet(codes: string[], config: BenchmarkConfig["plover"]): string {
  return [...new Set(codes.map((c) => c.trim()).filter(Boolean).map((c) => config.codes[c] ?? config.organisations[c] ?? c))].sort().join(";");
}

/** A side given as text ("", "diplomatic") names no actor. */
const goldCodes = (side: PloverRecord["source"]) => (Array.isArray(side) ? side.map((a) => a.code) : []);

export function goldType(record: PloverRecord, config: BenchmarkConfig["plover"]): string {
  return config.types[record.event] ?? record.event;
}

export function scorePlover(records: PloverRecord[], predictions: PloverPredictions, config: BenchmarkConfig["plover"]): PloverScore {
  let typed = 0;
  let covered = 0;
  let matched = 0;
  let predicted = 0;
  records.forEach((record, i) => {
    const events = predictions[i]?.events ?? [];
    const type = goldType(record, config);
    const triple = `${codeSet(goldCodes(record.source), config)}|${type}|${codeSet(goldCodes(record.target), config)}`;
    predicted += events.length;
    if (events.length > 0) covered++;
    if (events.some((e) => e.event_type === type)) typed++;
    const triples = events.map((e) => `${codeSet(e.actor.split(";"), config)}|${e.event_type}|${codeSet(e.target.split(";"), config)}`);
    if (triples.includes(triple)) matched++;
  });
  const n = records.length;
  return { sentences: n, typeAccuracy: n ? typed / n : 0, coverage: n ? covered / n : 0, triples: prf(matched, predicted, n) };
}
