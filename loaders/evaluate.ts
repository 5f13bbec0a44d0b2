/**
 * Evaluation against hand-made gold tables: precision, recall and F1 per table, and
 * the accuracy of each attribute over the matched rows.
 *
 * A predicted row matches a gold row of the same article when the table's matcher says
 * so (quantities: value within 1 % and overlapping span; statements: the quote covers
 * half the gold quote's words or overlaps it, and the speaker is the same; events: same
 * type and overlapping evidence). Each gold row matches at most one predicted row.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "./corpus.ts";
import { parseCsv } from "./csv.ts";
import { matchOneToOne } from "./matching.ts";
import { InputError } from "./errors.ts";
import { buildTables, type TableName, type Tables } from "./tables.ts";

export type GoldRow = Record<string, string>;
export type PredictedRow = Record<string, string | number>;

export interface AttributeScore {
  attribute: string;
  correct: number;
  total: number;
  accuracy: number;
}

export interface TableScore {
  table: TableName;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  attributes: AttributeScore[];
  missed: GoldRow[];
  spurious: PredictedRow[];
  /** Matched pairs whose attributes differ: [gold, predicted, attributes that differ]. */
  mismatches: Array<{ gold: GoldRow; predicted: PredictedRow; differ: string[] }>;
}

interface Matcher {
  /** Whether a predicted row can stand for a gold row (same article is checked before). */
  matches: (gold: GoldRow, predicted: PredictedRow) => boolean;
  /** How good a match is, to pick the best candidate. */
  score: (gold: GoldRow, predicted: PredictedRow) => number;
  /** Attributes whose accuracy is reported, with how to compare them. */
  attributes: Record<string, (gold: string, predicted: string) => boolean>;
}

const num = (value: string | number | undefined) => (value === "" || value === undefined ? NaN : Number(value));
const text = (value: string | number | undefined) => (value === undefined ? "" : String(value));

function spanOverlap(a: { char_start?: string | number; char_end?: string | number }, b: typeof a): number {
  const start = Math.max(num(a.char_start), num(b.char_start));
  const end = Math.min(num(a.char_end), num(b.char_end));
  return Math.max(0, end - start);
}

/** Lower-cased, with curly quotes straightened, a leading "the" and punctuation dropped. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}' ;]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether two speaker strings name the same person or body ("Kirby" and "John Kirby"). */
export function sameSpeaker(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return x === y;
  if (x === y) return true;
  const lastX = x.split(" ").pop()!;
  const lastY = y.split(" ").pop()!;
  if (lastX === lastY && lastX.length > 2) return true;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function words(value: string): string[] {
  return normaliseName(value.replace(/\s…\s/g, " ")).split(" ").filter(Boolean);
}

/** Share of the gold quote's words that the predicted quote contains. */
export function quoteCoverage(gold: string, predicted: string): number {
  const goldWords = words(gold);
  if (goldWords.length === 0) return 0;
  const have = new Map<string, number>();
  for (const w of words(predicted)) have.set(w, (have.get(w) ?? 0) + 1);
  let covered = 0;
  for (const w of goldWords) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      covered++;
      have.set(w, n - 1);
    }
  }
  return covered / goldWords.length;
}

const exact = (g: string, p: string) => g.trim() === p.trim();
const sameCodes = (g: string, p: string) => g.split(";").map((c) => c.trim()).filter(Boolean).sort().join(";") === p.split(";").map((c) => c.trim()).filter(Boolean).sort().join(";");
const sameNumber = (g: string, p: string) => (g === "" && p === "") || Math.abs(num(g) - num(p)) <= Math.abs(num(g)) * 0.01;
const sameText = (g: string, p: string) => normaliseName(g) === normaliseName(p);

export const MATCHERS: Partial<Record<TableName, Matcher>> = {
  quantities: {
    matches: (g, p) => Math.abs(num(g.value) - num(p.value)) <= Math.abs(num(g.value)) * 0.01 && spanOverlap(g, p) > 0,
    score: (g, p) => spanOverlap(g, p),
    attributes: {
      unit: sameText,
      bound: exact,
      category: exact,
      value_max: sameNumber,
      item: sameText,
      attributed_to: sameSpeaker,
      period_start: exact,
      period_end: exact,
    },
  },
  statements: {
    matches: (g, p) => (quoteCoverage(g.quote, text(p.quote)) >= 0.5 || spanOverlap(g, p) > 0) && sameSpeaker(g.speaker, text(p.speaker)),
    score: (g, p) => quoteCoverage(g.quote, text(p.quote)) + spanOverlap(g, p) / 1000,
    attributes: {
      speaker: sameSpeaker,
      kind: exact,
      stance: exact,
      speaker_country: sameCodes,
      target: sameCodes,
      date: exact,
      via: sameText,
    },
  },
  events: {
    matches: (g, p) => g.event_type === text(p.event_type) && spanOverlap(g, p) > 0,
    score: (g, p) => spanOverlap(g, p) + (sameCodes(g.actor, text(p.actor)) ? 1000 : 0) + (sameCodes(g.target, text(p.target)) ? 500 : 0),
    attributes: {
      date: exact,
      actor: sameCodes,
      target: sameCodes,
      status: exact,
      date_precision: exact,
      event_mode: sameText,
    },
  },
  articles: {
    matches: () => true,
    score: () => 1,
    attributes: { title: exact, outlet: sameText, published: exact, published_basis: exact },
  },
};

/** Scores one table's predicted rows against its gold rows. */
export function scoreTable(table: TableName, gold: GoldRow[], predicted: PredictedRow[]): TableScore {
  const matcher = MATCHERS[table];
  if (!matcher) throw new Error(`no matcher for table ${table}`);
  const byArticle = new Map<string, PredictedRow[]>();
  for (const row of predicted) {
    const list = byArticle.get(text(row.article_id)) ?? [];
    list.push(row);
    byArticle.set(text(row.article_id), list);
  }
  // Greedy one-to-one matching, best-scoring pairs first.
  const candidates: Array<{ g: number; p: PredictedRow; score: number }> = [];
  gold.forEach((g, gi) => {
    for (const p of byArticle.get(g.article_id) ?? []) {
      if (table === "articles" ? text(p.article_id) === g.article_id : matcher.matches(g, p)) candidates.push({ g: gi, p, score: matcher.score(g, p) });
    }
  });
  const goldTaken = new Map([...matchOneToOne(candidates)].map(([g, c]) => [g, c.p]));
  const predTaken = new Set(goldTaken.values());
  // A gold file may leave a column out (the real-news set withholds titles): it is not scored.
  const scored = Object.entries(matcher.attributes).filter(([attribute]) => gold.length === 0 || attribute in gold[0]);
  const attributes: AttributeScore[] = scored.map(([attribute, same]) => {
    let correct = 0;
    for (const [gi, p] of goldTaken) if (same(gold[gi][attribute] ?? "", text(p[attribute]))) correct++;
    return { attribute, correct, total: goldTaken.size, accuracy: goldTaken.size ? correct / goldTaken.size : 0 };
  });
  const mismatches = [...goldTaken].flatMap(([gi, p]) => {
    const differ = scored.filter(([a, same]) => !same(gold[gi][a] ?? "", text(p[a]))).map(([a]) => a);
    return differ.length ? [{ gold: gold[gi], predicted: p, differ }] : [];
  });
  const matched = goldTaken.size;
  const precision = predicted.length ? matched / predicted.length : gold.length ? 0 : 1;
  const recall = gold.length ? matched / gold.length : 1;
  return {
    table,
    gold: gold.length,
    predicted: predicted.length,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    attributes,
    missed: gold.filter((_, gi) => !goldTaken.has(gi)),
    spurious: predicted.filter((p) => !predTaken.has(p)),
    mismatches,
  };
}

/** The evaluation report as the lines `npm run eval` prints. */
export function formatReport(scores: TableScore[], verbose = false): string {
  const lines = [`${"table".padEnd(12)}${"gold".padStart(6)}${"pred".padStart(6)}${"match".padStart(7)}${"precision".padStart(11)}${"recall".padStart(8)}${"F1".padStart(7)}   attribute accuracy over matched rows`];
  for (const s of scores) {
    const attrs = s.attributes.map((a) => `${a.attribute} ${a.accuracy.toFixed(2)}`).join(" · ");
    lines.push(`${s.table.padEnd(12)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}${String(s.matched).padStart(7)}${s.precision.toFixed(3).padStart(11)}${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(7)}   ${attrs}`);
  }
  if (verbose) {
    for (const s of scores) {
      const show = (row: Record<string, string | number>) =>
        [row.article_id, row.char_start, row.text ?? row.quote ?? row.summary ?? row.title, row.event_type ?? row.speaker ?? row.value ?? ""].map(text).join(" | ");
      for (const row of s.missed) lines.push(`  ${s.table} missed:   ${show(row)}`);
      for (const row of s.spurious) lines.push(`  ${s.table} spurious: ${show(row)}`);
      for (const m of s.mismatches) {
        lines.push(`  ${s.table} differs:  ${show(m.gold)} :: ${m.differ.map((a) => `${a} gold=${JSON.stringify(m.gold[a])} got=${JSON.stringify(text(m.predicted[a]))}`).join("; ")}`);
      }
    }
  }
  return lines.join("\n");
}

export const EVALUATED_TABLES: TableName[] = ["articles", "quantities", "statements", "events"];

/**
 * Extracts the tables from the articles and scores each against `<goldDir>/<table>.csv`,
 * on the articles both sides know (a gold folder may cover a subset of the corpus).
 */
export function evaluateCorpus(articles: Article[], goldDir: string): TableScore[] {
  return evaluateTables(buildTables(articles), goldDir);
}

/** A gold folder that is missing or holds no gold table would score nothing and look like a clean run: an error. */
export function checkGoldFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, 0, "no such gold folder");
  if (!EVALUATED_TABLES.some((name) => existsSync(join(dir, `${name}.csv`)))) {
    throw new InputError(dir, 0, `no gold table in the folder (expected one of ${EVALUATED_TABLES.map((name) => `${name}.csv`).join(", ")})`);
  }
}

/** Scores extracted tables against the gold tables of a folder. */
export function evaluateTables(tables: Tables, goldDir: string): TableScore[] {
  const articleIds = new Set(tables.articles.map((a) => a.article_id));
  const rows = new Map(EVALUATED_TABLES.map((name) => [name, tables[name] as unknown as PredictedRow[]]));
  return scoreAgainstGold(rows, articleIds, goldDir);
}

/** Tables already written, and the articles they cover (their articles.csv, or else every article their tables name). */
export interface TableFolder {
  tables: Map<TableName, PredictedRow[]>;
  articles: Set<string>;
}

/** Reads the evaluated tables a folder holds. */
export function readTableFolder(dir: string): TableFolder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, 0, "no such folder of tables");
  const tables = new Map<TableName, PredictedRow[]>();
  for (const name of EVALUATED_TABLES) {
    const file = join(dir, `${name}.csv`);
    if (existsSync(file)) tables.set(name, parseCsv(readFileSync(file, "utf8"), file));
  }
  if (tables.size === 0) throw new InputError(dir, 0, `no table in the folder (expected one of ${EVALUATED_TABLES.map((name) => `${name}.csv`).join(", ")})`);
  const named = tables.get("articles") ?? [...tables.values()].flat();
  return { tables, articles: new Set(named.map((row) => String(row.article_id))) };
}

/**
 * Scores tables already written — an earlier extraction, or a second annotator's tables of the
 * same pages — against the gold: each table both folders hold, on the articles the folder covers.
 */
export function evaluateTableFolder(dir: string | TableFolder, goldDir: string): TableScore[] {
  const folder = typeof dir === "string" ? readTableFolder(dir) : dir;
  return scoreAgainstGold(folder.tables, folder.articles, goldDir);
}

function scoreAgainstGold(tables: Map<TableName, PredictedRow[]>, articleIds: Set<string>, goldDir: string): TableScore[] {
  checkGoldFolder(goldDir);
  const scores: TableScore[] = [];
  for (const name of EVALUATED_TABLES) {
    const file = join(goldDir, `${name}.csv`);
    const predictedRows = tables.get(name);
    if (!existsSync(file) || !predictedRows) continue;
    const gold = parseCsv(readFileSync(file, "utf8"), file);
    const goldIds = new Set(gold.map((row) => row.article_id));
    const goldHere = gold.filter((row) => articleIds.has(row.article_id));
    const predicted = predictedRows.filter((row) => goldIds.has(String(row.article_id)));
    scores.push(scoreTable(name, goldHere, predicted));
  }
  return scores;
}
