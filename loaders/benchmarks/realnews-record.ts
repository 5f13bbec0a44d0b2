/**
 * The real-news development set's last measured scores (tests/realnews/scores.json). The
 * pages' texts are not in the repository, so the site cannot score them when it is built:
 * `npm run realnews -- score --record` writes the figures with their date, and the
 * methodology page shows them as recorded.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_DIR } from "../cli.ts";
import type { TableScore } from "../evaluate.ts";

export const REALNEWS_SCORES = join(PROJECT_DIR, "tests", "realnews", "scores.json");
/** The set's gold tables, made by hand (tests/realnews/README.md). */
export const REALNEWS_GOLD_DIR = join(PROJECT_DIR, "tests", "realnews", "gold");

const schema = z.object({
  date: z.string(),
  command: z.string(),
  /** The pages scored: those whose texts could be restored unchanged. */
  pages: z.number(),
  /** The pages in the set, and the ids of those left out of the score. */
  listed: z.number().optional(),
  left_out: z.array(z.string()).optional(),
  scores: z.array(z.object({ table: z.string(), gold: z.number(), predicted: z.number(), matched: z.number(), precision: z.number(), recall: z.number(), f1: z.number(), attributes: z.array(z.object({ attribute: z.string(), accuracy: z.number() })) })),
});
export type RealNewsScores = z.infer<typeof schema>;

export function readRealNewsScores(file = REALNEWS_SCORES): RealNewsScores | undefined {
  if (!existsSync(file)) return undefined;
  return schema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function recordRealNewsScores(scores: TableScore[], set: Pick<RealNewsScores, "pages" | "listed" | "left_out">, command: string, file = REALNEWS_SCORES): RealNewsScores {
  const record: RealNewsScores = {
    date: new Date().toISOString().slice(0, 10),
    command,
    ...set,
    scores: scores.map(({ table, gold, predicted, matched, precision, recall, f1, attributes }) => ({
      table, gold, predicted, matched, precision, recall, f1,
      attributes: attributes.map(({ attribute, accuracy }) => ({ attribute, accuracy })),
    })),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  return record;
}
