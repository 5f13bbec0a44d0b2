/**
 * data/benchmarks.yaml: how our vocabulary maps onto each benchmark's, and the figures that
 * published systems reach, printed beside ours.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";

const peer = z.object({ system: z.string().min(1) }).catchall(z.number());

const schema = z.object({
  newsquant: z.object({
    units: z.record(z.string(), z.string()),
    lemmas: z.record(z.string(), z.string()),
    changes: z.object({ exact: z.string(), approx: z.string(), at_least: z.string(), at_most: z.string() }),
    vague: z.object({ reach: z.number().positive(), ranges: z.record(z.string(), z.tuple([z.number(), z.number()])) }),
    published: z.array(peer),
  }),
  plover: z.object({
    types: z.record(z.string(), z.string()),
    codes: z.record(z.string(), z.string()),
    organisations: z.record(z.string(), z.string()),
    domestic: z.array(z.string().min(1)),
    published: z.array(peer),
  }),
  polnear: z.object({
    speech_cues: z.array(z.string().min(1)).min(1),
    published: z.array(peer),
  }),
});

export type BenchmarkConfig = z.infer<typeof schema>;
export type PublishedScore = z.infer<typeof peer>;

export function loadBenchmarkConfig(dir = DATA_DIR): BenchmarkConfig {
  return loadDictionary("benchmarks.yaml", schema, dir);
}
