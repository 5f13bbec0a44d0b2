/**
 * What the three benchmark adapters share: reading a benchmark file with an error that
 * names it, running our extractors over texts that are not articles of the corpus, and
 * micro precision, recall and F1.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseArticle } from "../corpus.ts";
import { InputError } from "../errors.ts";
import { buildTables, loadDictionaries, type Dictionaries, type Tables } from "../tables.ts";

export interface Prf {
  /** True positives, predicted and gold counts. */
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(matched: number, predicted: number, gold: number): Prf {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { matched, predicted, gold, precision, recall, f1 };
}

/** Reads a file, or stops with one line naming it. */
export function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(file, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/** Parses a JSON file against a schema; a bad file names the record and field that is wrong. */
export function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const text = readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, 0, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("") : "the file";
    throw new InputError(file, 0, `${where}: ${issue.message}`);
  }
  return parsed.data;
}

/** A text to run the extractors on, with the id its rows will carry. */
export interface BenchmarkText {
  id: string;
  text: string;
}

/**
 * Runs every extractor over texts given in memory, as if each were an article file of its
 * own: the same path through `buildTables` that `npm run extract` takes.
 */
export function extractTexts(texts: BenchmarkText[], dictionaries: Dictionaries = loadDictionaries()): Tables {
  const articles = texts.map(({ id, text }) => parseArticle(`${id}.txt`, text.trim() ? text : "."));
  return buildTables(articles, { ...dictionaries, corrections: [] });
}

/** Rows of a table grouped by article id. */
export function rowsByArticle<T extends { article_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.article_id);
    if (list) list.push(row);
    else out.set(row.article_id, [row]);
  }
  return out;
}

/** The id of the n-th text of a benchmark: zero-padded, so that the tables keep input order. */
export const textId = (prefix: string, index: number) => `${prefix}${String(index).padStart(5, "0")}`;
