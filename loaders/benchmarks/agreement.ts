/**
 * How far two annotators agree on the same real pages: a second annotator's tables of some
 * pages of the real-news set (tests/realnews/agreement) scored against the gold with the
 * extractors' own matcher. It is the ceiling an extractor is judged against. Both sets of
 * rows are in the repository (only offsets and facts, no page text), so the site computes it
 * when it is built.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_DIR } from "../cli.ts";
import { parseCsv } from "../csv.ts";
import { EVALUATED_TABLES, evaluateTableFolder } from "../evaluate.ts";

export const AGREEMENT_DIR = join(PROJECT_DIR, "tests", "realnews", "agreement");
export const REALNEWS_GOLD_DIR = join(PROJECT_DIR, "tests", "realnews", "gold");

export interface AgreementReport {
  /** Pages both annotators coded. */
  pages: number;
  scores: Array<{ table: string; gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number }>;
}

/** The second annotator's agreement with the gold, per table; undefined when either folder is missing. */
export function annotatorAgreement(dir = AGREEMENT_DIR, goldDir = REALNEWS_GOLD_DIR): AgreementReport | undefined {
  if (!existsSync(dir) || !existsSync(goldDir)) return undefined;
  const pages = new Set<string>();
  for (const name of EVALUATED_TABLES) {
    const file = join(dir, `${name}.csv`);
    if (existsSync(file)) for (const row of parseCsv(readFileSync(file, "utf8"), file)) pages.add(row.article_id);
  }
  const scores = evaluateTableFolder(dir, goldDir).map(({ table, gold, predicted, matched, precision, recall, f1 }) => ({ table, gold, predicted, matched, precision, recall, f1 }));
  return { pages: pages.size, scores };
}
