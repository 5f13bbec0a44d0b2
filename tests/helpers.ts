/** Test helpers: make articles from text without touching the disk, and the seed corpus's tables. */
import { createHash } from "node:crypto";
import { parseArticle, readCorpus, type Article } from "../loaders/corpus.ts";
import type { ArticleDoc } from "../loaders/document.ts";
import { readArticle } from "../loaders/analysis/index.ts";
import { sharedDateWords } from "../loaders/date-words.ts";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { sharedGazetteer } from "../loaders/actors.ts";
import { extractQuantitiesWith, type QuantityRow } from "../loaders/quantities.ts";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { buildTables, loadDictionaries, prepareArticle, type Tables } from "../loaders/tables.ts";
import { splitSentences } from "../loaders/text.ts";
import { threadCpuMs } from "../loaders/thread-cpu.ts";

export function makeArticle(raw: string, id = "test_article"): Article {
  return parseArticle(`${id}.txt`, raw);
}

/** An article ready for extraction; `published` fixes the reference date through front matter. */
export function makeDoc(body: string, published = "2024-06-24", id = "test_article"): ArticleDoc {
  const raw = published ? `---\npublished: ${published}\n---\n${body}` : body;
  return prepareArticle(makeArticle(raw, id), loadDictionaries());
}

/**
 * Paragraphs as one article for the event coder alone: no front matter, so offsets count
 * from the first paragraph, and `published` dates it as the metadata would.
 */
export function makeEventDoc(paragraphs: string[], published = "2023-09-06"): ArticleDoc {
  const article = parseArticle("test.txt", paragraphs.join("\n\n"));
  const sentences = splitSentences(article);
  const meta = { article_id: "test", title: "", outlet: "", published, published_basis: "metadata", published_note: "", url: "", file: "test.txt", sentences: sentences.length, characters: article.raw.length } as ArticleDoc["meta"];
  return { article, meta, sentences, published, reading: readArticle(eventResources().gazetteer), dateCues: sharedDateWords().cues };
}

/** Type, actor and target of each row the event coder makes of the paragraphs. */
export function codedEvents(paragraphs: string[], published = "2023-09-06"): string[][] {
  return extractEvents(makeEventDoc(paragraphs, published), eventResources()).map((r) => [r.event_type, r.actor, r.target]);
}

/** The event types the coder finds in one sentence. */
export function eventTypes(sentence: string): string[] {
  return codedEvents([sentence]).map(([type]) => type);
}

/** The quantity rows of an article made of `body` (see makeDoc). */
export function quantitiesOf(body: string, published = "2024-06-24"): QuantityRow[] {
  return extractQuantitiesWith(makeDoc(body, published), sharedQuantityLexicon(), sharedGazetteer());
}

/** Text, value, bound, unit and category of each row: what a quantity test compares. */
export const quantityBrief = (rows: QuantityRow[]) => rows.map((r) => [r.text, r.value, r.bound, r.unit, r.category]);

/**
 * Milliseconds of this thread's CPU that `run` takes (wall time where /proc does not say): the
 * guards against runaway patterns measure work done, which other processes on a busy machine
 * do not inflate as they do the wall clock.
 */
export function cpuMsOf(run: () => unknown): number {
  const cpu = threadCpuMs();
  const wall = performance.now();
  run();
  const after = threadCpuMs();
  return cpu !== undefined && after !== undefined ? after - cpu : performance.now() - wall;
}

/** Tables extracted by articles read, with the dictionary groups they were extracted with (see corpusTables). */
const corpusMemo = new Map<string, { groups: unknown[]; tables: Tables }>();

/**
 * The articles of a folder and their tables with data/'s dictionaries. A dozen test files
 * check the tables of the same seed articles; isolate: false keeps this module for all of a
 * worker's files, so they are extracted once per worker rather than once per file. Kept by
 * the articles read and the dictionary groups (the memo gives new ones when data/ changes),
 * and each call's copy is its own: a test may change its tables without another seeing it.
 */
export function corpusTables(dir: string): { articles: Article[]; tables: Tables } {
  const articles = readCorpus(dir);
  const dictionaries = loadDictionaries();
  const groups = Object.values(dictionaries);
  const key = createHash("sha1").update(JSON.stringify(articles)).digest("hex");
  let kept = corpusMemo.get(key);
  if (!kept || kept.groups.some((group, i) => group !== groups[i])) corpusMemo.set(key, (kept = { groups, tables: buildTables(articles, dictionaries) }));
  return { articles, tables: structuredClone(kept.tables) };
}
