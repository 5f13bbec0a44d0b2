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

const record = z.object({
  /** The pages chosen (`--pages`, as written), or "all". */
  selection: z.string().default("all"),
  /** What the chosen pages are, for a reader ("the election pages held out: nobody read their misses"). */
  label: z.string().optional(),
  date: z.string(),
  command: z.string(),
  /** The pages scored: those whose texts could be restored unchanged. */
  pages: z.number(),
  /** The pages in the set, and the ids of those left out of the score. */
  listed: z.number().optional(),
  left_out: z.array(z.string()).optional(),
  scores: z.array(z.object({ table: z.string(), gold: z.number(), predicted: z.number(), matched: z.number(), precision: z.number(), recall: z.number(), f1: z.number(), attributes: z.array(z.object({ attribute: z.string(), accuracy: z.number() })) })),
});
export type RealNewsScores = z.infer<typeof record>;
/** One record per selection of pages: recording one selection keeps the others' figures. */
const schema = z.object({ records: z.array(record) });

/** The recorded scores, the whole set's first. */
export function readRealNewsScores(file = REALNEWS_SCORES): RealNewsScores[] {
  if (!existsSync(file)) return [];
  return schema.parse(JSON.parse(readFileSync(file, "utf8"))).records;
}

/** What a selection of pages was scored as: the table rows, the pages counted, what they are. */
export interface RealNewsSelection extends Pick<RealNewsScores, "pages" | "listed" | "left_out" | "label"> {
  selection: string;
}

/** Records the scores of one selection, replacing that selection's earlier record and keeping the others. */
export function recordRealNewsScores(scores: TableScore[], set: RealNewsSelection, command: string, file = REALNEWS_SCORES): RealNewsScores {
  const recorded: RealNewsScores = {
    selection: set.selection,
    ...(set.label ? { label: set.label } : {}),
    date: new Date().toISOString().slice(0, 10),
    command,
    pages: set.pages,
    listed: set.listed,
    left_out: set.left_out,
    scores: scores.map(({ table, gold, predicted, matched, precision, recall, f1, attributes }) => ({
      table, gold, predicted, matched, precision, recall, f1,
      attributes: attributes.map(({ attribute, accuracy }) => ({ attribute, accuracy })),
    })),
  };
  const others = readRealNewsScores(file).filter((r) => r.selection !== set.selection);
  const records = [...others, recorded].sort((a, b) => Number(b.selection === "all") - Number(a.selection === "all"));
  writeFileSync(file, `${JSON.stringify({ records }, null, 1)}\n`);
  return recorded;
}
