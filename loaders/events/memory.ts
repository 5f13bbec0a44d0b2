/**
 * What the coder remembers while it reads an article, sentence after sentence: the parties
 * and speakers named so far (antecedents of "he", "the three allies", "the vice
 * president"), the latest acts ("the veto") and whom each agency's official is. Everything
 * kept per sentence is bounded, so a long article is read in linear time.
 */
import type { ActorMention } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";
import type { EventResources } from "./resources.ts";
import type { Attribution, Mention, Party } from "./types.ts";
import { articleSetting } from "../speakers/home-state.ts";
import type { TitledPerson } from "../speakers/document-people.ts";
import { titledPeopleOfArticle } from "./office-holders.ts";
import { containsWord } from "./wording.ts";
import { rememberBoundBodies } from "./bound-bodies.ts";

/** How many parties and acts are kept as antecedents: they lie close by. */
const HISTORY = 40;

export interface ArticleMemory {
  readonly doc: ArticleDoc;
  readonly res: EventResources;
  /** Groups named so far, newest last: antecedents for pronouns and "the three allies". */
  readonly history: Party[];
  /** Speakers so far by key: "the vice president" is the vice president named before. */
  readonly speakers: Map<string, Attribution>;
  lastPersonSpeaker: Attribution | undefined;
  /** The previous sentence's parties and text: "It" opening a sentence is that sentence's subject. */
  previousParties: Party[];
  previousText: string;
  /** The people named in the latest sentence that named any, in order. */
  lastPeople: Party[];
  /** Mentions of earlier sentences, newest last (bounded): what "the veto", "the deployment" refer to. */
  readonly recent: Mention[];
  /** Short names of people named in the article ("Kim" after "Kim Jong Un"). */
  readonly shortNames: Map<string, { code: string; name: string }>;
  /** People the gazetteer does not know, titled with a state or body ("Russian Deputy Foreign Minister Sergei Ivanov") or a public office (office-holders.ts), in text order. */
  readonly titled: readonly TitledPerson[];
  /** The first of `titled` not yet passed: sentences come in text order, so each is looked at once. */
  titledNext: number;
  /** An agency's official is the person the article names with that agency ("NSC" → Kirby). */
  readonly affiliations: Map<string, string>;
  /** The country of the dateline's city ("SEOUL, Oct 18 (Reuters) -"), for bodies the text names without one. */
  readonly dateline: string | undefined;
  /** Acts told with no coded doer so far, by type, doer's words and target: one row each (unnamed-doer.ts). */
  readonly unnamedActs: Set<string>;
  /** Bodies named with their state so far, head word → state ("Japan's supreme court": court → JPN): bound-bodies.ts. */
  readonly boundBodies: Map<string, string>;
}

/** A fresh memory for reading `doc`. */
export function articleMemory(doc: ArticleDoc, res: EventResources): ArticleMemory {
  return {
    doc,
    res,
    history: [],
    speakers: new Map(),
    lastPersonSpeaker: undefined,
    previousParties: [],
    previousText: "",
    lastPeople: [],
    recent: [],
    shortNames: new Map(),
    titled: titledPeopleOfArticle(doc, res),
    titledNext: 0,
    affiliations: affiliationsOf(doc.sentences.flatMap((s) => doc.reading.of(s).actors)),
    dateline: articleSetting(doc, res.gazetteer).dateline,
    unnamedActs: new Set(),
    boundBodies: new Map(),
  };
}

/** Keeps what later sentences may refer back to: the sentence's parties, people, acts and speakers. */
export function rememberSentence(memory: ArticleMemory, text: string, parties: Party[], mentions: Mention[], attributions: Attribution[]): void {
  for (const p of parties) if (p.codes.length) memory.history.push(p);
  // Antecedents lie close by; a bounded history keeps long articles linear.
  if (memory.history.length > HISTORY) memory.history.splice(0, memory.history.length - HISTORY);
  memory.previousParties = parties;
  rememberBoundBodies(memory.boundBodies, memory.res.words.institutionHeads, text, parties);
  const people = parties.filter((p) => p.person && !p.anaphor);
  if (people.length) memory.lastPeople = people;
  memory.previousText = text;
  memory.recent.push(...mentions.filter((m) => m.actor.length > 0));
  if (memory.recent.length > HISTORY) memory.recent.splice(0, memory.recent.length - HISTORY);
  for (const a of attributions) {
    if (a.key) memory.speakers.set(a.key, a);
    if (a.level === "person") memory.lastPersonSpeaker = a;
  }
}

/**
 * An agency's official is the person the article names with that agency ("NSC" → Kirby):
 * for each body, the person named last whose role names it. The mentions are the actors
 * of the article's sentences as the analysis layer found them (statements read them
 * already), not a second gazetteer pass over the whole text. Each pair of actors is tested
 * once, not each pair of mentions (a long article names the same few actors thousands of times).
 */
function affiliationsOf(mentions: ActorMention[]): Map<string, string> {
  const lastPersonAt = new Map<ActorMention["actor"], number>();
  const bodies = new Set<ActorMention["actor"]>();
  mentions.forEach((m, i) => {
    if (m.actor.kind === "person") {
      lastPersonAt.delete(m.actor);
      lastPersonAt.set(m.actor, i);
    } else if (["government", "agency", "military"].includes(m.actor.kind)) bodies.add(m.actor);
  });
  const affiliations = new Map<string, string>();
  // In the order each person was last named, so that the last one named wins as before.
  for (const person of lastPersonAt.keys()) {
    for (const body of bodies) {
      if (person.code !== body.code) continue;
      const named = [body.name, ...body.aliases].some((alias) => containsWord(person.role, alias));
      if (named) affiliations.set(body.name, person.name);
    }
  }
  return affiliations;
}
