/**
 * How far two annotators agree on the same real pages: a second annotator's tables of some
 * pages of the real-news set (tests/realnews/agreement) scored against the gold with the
 * extractors' own matcher. It is the ceiling an extractor is judged against. Both sets of
 * rows are in the repository (only offsets and facts, no page text), so the site computes it
 * when it is built.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_DIR } from "../cli.ts";
import { evaluateTableFolder, readTableFolder } from "../evaluate.ts";
import { REALNEWS_GOLD_DIR } from "./realnews-record.ts";

export const AGREEMENT_DIR = join(PROJECT_DIR, "tests", "realnews", "agreement");

export interface AgreementReport {
  /** Pages both annotators coded. */
  pages: number;
  scores: Array<{ table: string; gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number }>;
}

/** The second annotator's agreement with the gold, per table; undefined when either folder is missing. */
export function annotatorAgreement(dir = AGREEMENT_DIR, goldDir = REALNEWS_GOLD_DIR): AgreementReport | undefined {
  if (!existsSync(dir) || !existsSync(goldDir)) return undefined;
  const folder = readTableFolder(dir);
  const scores = evaluateTableFolder(folder, goldDir).map(({ table, gold, predicted, matched, precision, recall, f1 }) => ({ table, gold, predicted, matched, precision, recall, f1 }));
  return { pages: folder.articles.size, scores };
}
