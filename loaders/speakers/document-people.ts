/**
 * The people of one article as every extractor reads them: statements resolve speakers with
 * them, events take a titled person for the state their title names. Found once per article
 * and lexicon, whichever extractor asks first.
 */
import type { ActorMention } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { articlePeople, type ArticlePeople } from "./article-people.ts";
import { roleCountry } from "./phrase.ts";

/** A person the gazetteer does not know, whom the article names with a title that names a state or body. */
export interface TitledPerson {
  /** The name as the title stands before it ("Sergei Ivanov"), and where it stands in the raw text. */
  name: string;
  start: number;
  end: number;
  /** The code of the state or body the title names ("Russian Deputy Foreign Minister" → RUS). */
  code: string;
}

const known = new WeakMap<ArticleDoc, { lex: StatementLexicon; people: ArticlePeople; titled?: TitledPerson[] }>();

/** The article's people (see ArticlePeople), found once per article and lexicon. */
export function documentPeople(doc: ArticleDoc, lex: StatementLexicon): ArticlePeople {
  return entry(doc, lex).people;
}

/** The titled people of the article whose title names a state or body, in text order. */
export function titledPeopleWithCodes(doc: ArticleDoc, lex: StatementLexicon): TitledPerson[] {
  const e = entry(doc, lex);
  e.titled ??= e.people
    .titledPeople()
    .map(({ name, role, at }) => ({ name, start: at, end: at + name.length, code: roleCountry(role, lex) }))
    .filter((p) => p.code !== "" && !p.code.includes(";"));
  return e.titled;
}

function entry(doc: ArticleDoc, lex: StatementLexicon) {
  let e = known.get(doc);
  if (!e || e.lex !== lex) {
    e = { lex, people: articlePeople(doc.article.raw, doc.article.bodyStart, lex, bodyActors(doc, lex)) };
    known.set(doc, e);
  }
  return e;
}

/**
 * The gazetteer's mentions in the article's body: those of its sentences, from the analysis
 * reading, and those of the text between sentences (datelines, credits) read here. Undefined
 * when sentences overlap or the reading has another gazetteer, and the body is then read whole.
 */
function bodyActors(doc: ArticleDoc, lex: StatementLexicon): ActorMention[] | undefined {
  // Actors are compared by identity: only a reading made with this lexicon's gazetteer will do.
  if (doc.reading.gazetteer !== lex.gazetteer) return undefined;
  const { raw, bodyStart } = doc.article;
  const actors: ActorMention[] = [];
  let at = bodyStart;
  for (const sentence of doc.sentences) {
    if (sentence.end <= bodyStart) continue;
    if (sentence.start < at) return undefined;
    if (sentence.start > at) append(actors, lex.gazetteer.find(raw.slice(at, sentence.start), at));
    append(actors, doc.reading.of(sentence).actors);
    at = sentence.end;
  }
  if (at < raw.length) append(actors, lex.gazetteer.find(raw.slice(at), at));
  return actors;
}

/** Appends one by one: a sentence may hold more actors than a spread's arguments can ("U.S. U.S. …"). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
