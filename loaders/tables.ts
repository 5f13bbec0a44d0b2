/**
 * The tables: runs every extractor over a corpus and gives each table its rows, its
 * columns (the contract of the annotation guide first, then our own) and stable ids.
 */
import { readArticle } from "./analysis/index.ts";
import { articleRow, sharedArticleDictionaries, type ArticleDictionaries, type ArticleRow } from "./articles.ts";
// From source-file.ts, not corpus.ts: a worker of the pool extracts without loading the kinds of source.
import { sortArticles, type Article } from "./source-file.ts";
import { buildClaims, type ClaimRow } from "./claims.ts";
import { applyCorrections, sharedCorrections, type Correction, type CorrectionOutcome } from "./corrections.ts";
import { csvChunks, type Row } from "./csv.ts";
import { stableId, type ArticleDoc } from "./document.ts";
import { eventResources, extractEvents, headingSpans, type EventResources, type EventRow } from "./events/index.ts";
import { articleSetting } from "./speakers/home-state.ts";
import { withSpeechActs } from "./events/speech-acts.ts";
import { extractQuantities, sharedQuantityLexicon, type QuantityLexicon, type QuantityRow } from "./quantities.ts";
import { claimantsFromStatements } from "./quantities/statement-claimants.ts";
import { sharedStatementLexicon, type StatementLexicon } from "./statement-lexicon.ts";
import { extractStatements, type StatementRow } from "./statements.ts";
import { stanceFromActs } from "./statements/stance-from-acts.ts";
import { SCHEMA, type TableSchema } from "./schema.ts";
import { splitSentences } from "./text.ts";

export interface TableSpec {
  name: string;
  /** The column the row ids live in. */
  id?: string;
  /** Contract columns of the annotation guide, in order, then extra columns. */
  columns: string[];
  numeric: ReadonlySet<string>;
  description: string;
}

/** A table's columns and numeric columns, as its schema (loaders/schema.ts) declares them. */
function specOf(table: TableSchema): TableSpec {
  const entries = Object.entries(table.columns);
  const numeric = entries.filter(([, c]) => c.type === "integer" || c.type === "number").map(([name]) => name);
  return { name: table.name, ...(table.id ? { id: table.id } : {}), columns: entries.map(([name]) => name), numeric: new Set(numeric), description: table.description };
}

export const TABLE_SPECS = Object.fromEntries(Object.entries(SCHEMA).map(([name, table]) => [name, specOf(table)])) as Record<keyof typeof SCHEMA, TableSpec>;

export type TableName = keyof typeof TABLE_SPECS;

export interface Tables {
  articles: ArticleRow[];
  quantities: QuantityRow[];
  statements: StatementRow[];
  events: EventRow[];
  claims: ClaimRow[];
  corrections: CorrectionOutcome[];
}

/** Every dictionary of the extraction, loaded once per run and passed down to the extractors. */
export interface Dictionaries {
  articles: ArticleDictionaries;
  corrections: Correction[];
  quantities: QuantityLexicon;
  statements: StatementLexicon;
  /** The event verb patterns and the actor gazetteer, which every extractor shares. */
  events: EventResources;
}

/** The dictionaries of `dir` (default `data/`); unchanged files are not read twice (see memoiseDictionary). */
export function loadDictionaries(dir?: string): Dictionaries {
  return {
    articles: sharedArticleDictionaries(dir),
    corrections: sharedCorrections(dir),
    quantities: sharedQuantityLexicon(dir),
    statements: sharedStatementLexicon(dir),
    events: eventResources(dir),
  };
}

/** Prepares an article for extraction: sentences, metadata and its reference date. */
export function prepareArticle(article: Article, dictionaries: Dictionaries): ArticleDoc {
  const sentences = splitSentences(article, dictionaries.articles.sentenceWords);
  const meta = articleRow(article, dictionaries.articles, sentences);
  return { article, meta, sentences, published: meta.published, reading: readArticle(dictionaries.events.gazetteer), dateCues: dictionaries.articles.dateWords.cues };
}

/** One article's rows of each extracted table, with their ids. */
export interface ArticleRows {
  article: ArticleRow;
  quantities: QuantityRow[];
  statements: StatementRow[];
  events: EventRow[];
}

/**
 * Runs every extractor over one article. Pure given the dictionaries: a worker of the pool
 * (loaders/extract-pool.ts) gives the same rows as the main thread.
 */
export function extractArticle(article: Article, dictionaries: Dictionaries): ArticleRows {
  const doc = prepareArticle(article, dictionaries);
  const read = extractEvents(doc, dictionaries.events);
  const said = extractStatements(doc, dictionaries.statements);
  // An accusation, denial or threat told as a statement is an event too (events/speech-acts.ts): read
  // from the words' own stance, before a stance taken from the act the clause reports, already an event.
  const events = withIds(withSpeechActs(read, said, dictionaries.events, headingSpans(doc), articleSetting(doc, dictionaries.events.gazetteer).state), "event_id", "e");
  // A statement's stance also comes from the act its clause tells (the events of its sentence).
  const statements = stanceFromActs(said, read, dictionaries.statements.words.accusingActs, dictionaries.statements);
  return {
    article: doc.meta,
    // Who claims an amount is who the statements say is speaking ("he said", "according to", "Critics say"):
    // the statements are read first, the amounts' own cues kept where none covers them.
    quantities: withIds(claimantsFromStatements(extractQuantities(doc, dictionaries.quantities, dictionaries.events.gazetteer), statements, dictionaries.quantities.words, doc.article.raw), "quantity_id", "q"),
    statements: withIds(statements, "statement_id", "s"),
    events,
  };
}

/** The tables from each article's rows, in article order, with the editors' corrections applied and the claims grouped. */
export function assembleTables(perArticle: Iterable<ArticleRows>, corrections: Correction[]): Tables {
  const tables: Tables = { articles: [], quantities: [], statements: [], events: [], claims: [], corrections: [] };
  for (const rows of perArticle) {
    tables.articles.push(rows.article);
    tables.quantities.push(...rows.quantities);
    tables.statements.push(...rows.statements);
    tables.events.push(...rows.events);
  }
  const corrected = correct(tables, corrections);
  // Claims group the corrected rows of all articles, so they come last.
  return { ...corrected, claims: buildClaims(corrected) };
}

/** Runs every extractor over the articles, one after another on this thread, and assigns stable ids. */
export function buildTables(articles: Article[], dictionaries: Dictionaries = loadDictionaries()): Tables {
  // Sorted by id, so that the tables do not depend on the order the files were listed in.
  // One article at a time: its sentences and cached dates are dropped once its rows are out.
  const sorted = sortArticles(articles);
  function* rowsOfEach(): Generator<ArticleRows> {
    for (const article of sorted) yield extractArticle(article, dictionaries);
  }
  return assembleTables(rowsOfEach(), dictionaries.corrections);
}

/** Applies the editors' corrections to the extracted rows and records what became of each. */
function correct(tables: Tables, corrections: Correction[]): Tables {
  const { quantities, statements, events } = tables;
  const corrected = applyCorrections({ quantities, statements, events } as unknown as Record<string, Array<Record<string, unknown>>>, corrections, TABLE_SPECS);
  return { ...tables, ...(corrected.tables as unknown as Pick<Tables, "quantities" | "statements" | "events">), corrections: corrected.outcomes };
}

/** Orders one article's rows by position and gives them ids that do not depend on other articles. */
function withIds<T extends { article_id: string; char_start: number }>(rows: T[], column: keyof T & string, prefix: string): T[] {
  const taken = new Set<string>();
  return [...rows]
    .sort((a, b) => a.char_start - b.char_start)
    .map((row) => ({ ...row, [column]: stableId(prefix, row.article_id, row.char_start, taken) }));
}

/** Every table as CSV text, keyed by file name. */
export function tablesToCsv(tables: Tables): Record<string, string> {
  return Object.fromEntries(Object.entries(tableCsvWriters(tables)).map(([name, write]) => [name, [...write()].join("")]));
}

/**
 * Every table's CSV as a function that makes it in pieces, keyed by file name: for writing
 * one table at a time, a few thousand rows at a time (writeFilesAtomically takes these).
 */
export function tableCsvWriters(tables: Tables): Record<string, () => Iterable<string>> {
  const files: Record<string, () => Iterable<string>> = {};
  for (const spec of Object.values(TABLE_SPECS)) {
    files[`${spec.name}.csv`] = () => csvChunks(tables[spec.name as TableName] as unknown as Row[], spec.columns, spec.numeric);
  }
  return files;
}
