/**
 * Events: PLOVER-coded things that happened, were planned, alleged or denied between actors.
 *
 * Dictionary-driven, in the tradition of the event coders (TABARI, PETRARCH): the actor
 * gazetteer (`data/actors.yaml`) names the parties, the verb-pattern dictionary
 * (`data/event-verbs.yaml`) names the acts and says where in the clause each act's actor
 * and target stand. A sentence is read in four steps:
 *
 *   1. parties: gazetteer mentions, joined into groups ("Washington and Seoul",
 *      "Russia's Vladimir Putin", "US-South Korean"), plus pronouns and "the three allies";
 *   2. attributions: who the sentence says spoke ("…, Kirby said Thursday");
 *   3. mentions: every dictionary trigger with its actor, target, status and date;
 *   4. article pass: denials get their accusers, mentions of one event are merged into one
 *      row, undated mentions take the date of the occasion they continue.
 */
import { sharedGazetteer, type ActorKind, type ActorMention, type Gazetteer } from "./actors.ts";
import { addDays, type DateMention } from "./dates.ts";
import { sentenceDates, type ArticleDoc } from "./document.ts";
import { DATA_DIR, memoiseDictionary } from "./dictionaries.ts";
import { EVENT_SUMMARIES_FILE, loadSummaryWording, summarise, type SummaryWording } from "./event-summary.ts";
import { EVENT_DICTIONARY_FILE, loadEventDictionary, type EventEntry, type RoleStrategy } from "./event-dictionary.ts";
import { PLOVER_TYPES, type PloverType } from "./plover.ts";
import { attributingVerbs, sharedStatementLexicon, type StatementLexicon } from "./statement-lexicon.ts";
import { allMatches, escapeRegExp, type Sentence } from "./text.ts";

export { PLOVER_TYPES, type PloverType };

export type EventStatus = "occurred" | "planned" | "alleged" | "denied";

export interface EventRow {
  event_id: string;
  article_id: string;
  date: string;
  date_end: string;
  date_precision: string;
  date_text: string;
  event_type: PloverType;
  event_mode: string;
  actor: string;
  target: string;
  status: EventStatus;
  location: string;
  summary: string;
  evidence: string;
  char_start: number;
  char_end: number;
  /** `sentence` (the evidence's own words), `context` (a sentence of the same occasion), or `none`. */
  date_basis: "sentence" | "context" | "none";
  /** How many sentences of the article tell this event. */
  mentions: number;
  /** The dictionary entries that fired (`derived-accusation` for claims made by a state's speaker). */
  rule: string;
}

/** What extraction needs besides the article: the two dictionaries, loaded once. */
export interface EventResources {
  gazetteer: Gazetteer;
  entries: EventEntry[];
  /** How the summary column words an event (data/event-summaries.yaml). */
  summaries: SummaryWording;
  /** Verbs that attribute what follows to a speaker, from data/speech-verbs.yaml (see attributionPattern). */
  speechVerbs: RegExp;
}

/** The dictionaries under `dir`, read once and shared while their files are unchanged (they are immutable). */
export function eventResources(dir = DATA_DIR): EventResources {
  return memoiseDictionary("events", dir, [EVENT_DICTIONARY_FILE, EVENT_SUMMARIES_FILE, "actors.yaml", "speech-verbs.yaml"], () => ({
    gazetteer: sharedGazetteer(dir),
    entries: loadEventDictionary(dir),
    summaries: loadSummaryWording(dir),
    speechVerbs: attributionPattern(sharedStatementLexicon(dir)),
  }));
}

/** The attributing verbs of the statements' dictionary (see attributingVerbs) as one pattern. */
function attributionPattern(lex: StatementLexicon): RegExp {
  const { follows, beforeThat } = attributingVerbs(lex);
  const alternatives = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f).replace(/ /g, "\\s+")).join("|");
  return new RegExp(`\\b(?:according to|report that|${alternatives(follows)}|(?:${alternatives(beforeThat)})(?=\\s+that\\b))\\b`, "gi");
}

export function extractEvents(doc: ArticleDoc, resources: EventResources = eventResources()): EventRow[] {
  const reader = new ArticleReader(doc, resources);
  const mentions = doc.sentences.flatMap((s) => reader.readSentence(s));
  resolvePendingRoles(mentions);
  // A headline sums up the body: its mentions join the body's rows but make none of their own.
  const headline = headlineIndex(doc);
  const body = mentions.filter((m) => isComplete(m) && m.index !== headline);
  const events = mergeMentions(body);
  attachHeadline(events, mentions.filter((m) => isComplete(m) && m.index === headline));
  inheritContextDates(events);
  return events.map((e) => toRow(doc, e, resources)).sort((a, b) => a.char_start - b.char_start);
}

/** Index of the sentence that is the article's headline, or -1. */
function headlineIndex(doc: ArticleDoc): number {
  const title = doc.meta.title.trim();
  if (!title) return -1;
  const first = doc.sentences.slice(0, 2).find((s) => title.includes(s.text.trim()) && s.text.trim().length > 0);
  return first ? first.index : -1;
}

/** Headline mentions count as further mentions of the body's events they fit, and are otherwise dropped. */
function attachHeadline(events: MergedEvent[], mentions: Mention[]): void {
  for (const m of mentions) {
    const fit = events.find((e) => compatible(e, m));
    if (fit) addMention(fit, m);
  }
}

// ── Parties ─────────────────────────────────────────────────────────────────────────────

interface Party {
  /** Sentence-relative span. */
  start: number;
  end: number;
  codes: string[];
  names: string[];
  kinds: ActorKind[];
  /** A demonym or possessive ("North Korean", "Russia's"): it modifies a noun. */
  modifier: boolean;
  /** Joined by hyphens ("US-North Korea"). */
  hyphenated: boolean;
  /** A person's name inside the group, for speaker identity. */
  person: string;
  /** A pronoun or "the three allies", resolved from earlier text. */
  anaphor: boolean;
}

const PERSON_TITLE_WORDS = new Set(
  "leader president minister prime defense defence foreign national security adviser advisor coordinator secretary secretary-general spokesman spokeswoman spokesperson chief senior top military official officials envoy ambassador general deputy vice state ministry's ministry’s".split(" "),
);

/** Gap words that may stand between a country and its official ("Russian President Vladimir Putin"). */
function isTitleGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (words.length > 5) return false;
  if (/[,;:"“”()]/.test(gap)) return false;
  return words.every((w) => PERSON_TITLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /^['’]s$/.test(w));
}

const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|[-–/])\s*(?:the\s+)?$/i;

function toParty(m: ActorMention, text: string, sentenceStart: number): Party {
  const start = m.start - sentenceStart;
  const end = m.end - sentenceStart;
  const possessive = /^['’]s?\b|^['’](?=\s)/.test(text.slice(end, end + 2)) || /['’]s$/.test(m.text);
  return {
    start,
    end,
    codes: m.actor.code ? [m.actor.code] : [],
    names: [m.actor.name],
    kinds: [m.actor.kind],
    modifier: m.demonym || possessive,
    hyphenated: false,
    person: m.actor.kind === "person" ? m.actor.name : "",
    anaphor: false,
  };
}

function unite(a: Party, b: Party, hyphen: boolean): Party {
  return {
    start: a.start,
    end: b.end,
    codes: [...new Set([...a.codes, ...b.codes])],
    names: [...a.names, ...b.names],
    kinds: [...a.kinds, ...b.kinds],
    modifier: b.modifier,
    hyphenated: a.hyphenated || hyphen,
    person: a.person || b.person,
    anaphor: a.anaphor || b.anaphor,
  };
}

/**
 * A bare comma joins parties only inside a list that goes on ("South Korea, Japan and the
 * US"); "to Russia, Seoul says" and "Russia, South Korea's spy agency" are no list.
 */
function listContinues(gap: string, after: string): boolean {
  return !/^\s*,\s*(?:the\s+)?$/.test(gap) || /^\s*(?:,|and\b|or\b|&)/i.test(after);
}

/** A modifier that is not a possessive: a demonym ("Hungarian"). */
function isDemonym(p: Party, text: string): boolean {
  return p.modifier && !p.person && !/['’]s?$/.test(text.slice(p.start, p.end)) && !/^['’]/.test(text.slice(p.end, p.end + 1));
}

/** Joins a country with its official, then coordinated parties, into groups. */
function groupParties(parties: Party[], text: string): Party[] {
  const sorted = [...parties].sort((a, b) => a.start - b.start);
  // "Russia's Vladimir Putin", "US National Security Adviser Jake Sullivan": one party.
  const entities: Party[] = [];
  for (const p of sorted) {
    const last = entities[entities.length - 1];
    if (last && p.codes.length > 0 && (last.modifier || p.person) && last.codes.join() === p.codes.join() && isTitleGap(text.slice(last.end, p.start))) {
      entities[entities.length - 1] = { ...unite(last, p, false), modifier: p.modifier };
    } else entities.push(p);
  }
  const groups: Party[] = [];
  for (const p of envoysOfStates(entities, text)) {
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last.end, p.start) : "";
    if (last && /^[-–]$/.test(gap)) groups[groups.length - 1] = unite(last, p, true);
    else if (last && !last.modifier && COORDINATION.test(gap) && listContinues(gap, text.slice(p.end, p.end + 6))) groups[groups.length - 1] = unite(last, p, false);
    // "Hungarian and Romanian officials": demonyms joined before one noun modify it together.
    else if (last && isDemonym(last, text) && isDemonym(p, text) && /^\s+(?:and|or)\s+$/.test(gap)) groups[groups.length - 1] = { ...unite(last, p, false), modifier: true };
    else groups.push(p);
  }
  return groups;
}

/** Titles of a state's envoy to a body: "Russia's U.N. ambassador" acts for Russia, not the UN. */
const ENVOY_TITLE = /^\s+(?:ambassador|envoy|representative|mission|delegate|delegation)\b/i;

/** Folds a body into the state whose envoy to it the text names ("Russia's U.N. ambassador"). */
function envoysOfStates(entities: Party[], text: string): Party[] {
  const out: Party[] = [];
  for (const p of entities) {
    const last = out[out.length - 1];
    const envoy = last && last.modifier && last.kinds.every((k) => k === "state") && p.kinds.includes("body") && /^\s*$/.test(text.slice(last.end, p.start)) && ENVOY_TITLE.test(text.slice(p.end, p.end + 20));
    if (envoy) out[out.length - 1] = { ...last, end: p.end, modifier: false };
    else out.push(p);
  }
  return out;
}

// ── Attribution ─────────────────────────────────────────────────────────────────────────

interface Attribution {
  /** Span of the speech verb, sentence-relative. */
  start: number;
  end: number;
  verb: string;
  /** The speaker's codes (empty when the article does not say whom the speaker speaks for). */
  codes: string[];
  key: string;
  level: SpeakerLevel;
  /** A media outlet, analyst or other speaker that speaks for no state. */
  stateless: boolean;
  /** The date said to be when it was said ("said Thursday", "Last week, X said"). */
  date?: DateMention;
}

type SpeakerLevel = "state" | "person" | "body" | "description";

const DESCRIPTION_HEADS = /\b(vice president|official|officials|diplomat|spokesman|spokeswoman|spokesperson|minister|ministry|statement|analysts|experts|observers|network|agency|officer|envoy)\b/gi;
const STATELESS_HEADS = /\b(?:analysts?|experts?|observers?|researchers?|network|newspaper|report)\b/i;
/** Words that introduce a reported clause: what follows is the speech's content. */
const COMPLEMENT = /\bthat\b|\bof\b/i;

/**
 * An attribution of a speech verb. A literal, not a spread of the verb's fields: V8 copies
 * a spread that adds fields slowly, and there is one per speech verb.
 */
function attributionOf(said: { start: number; end: number; verb: string; date?: DateMention }, codes: string[], key: string, level: SpeakerLevel, stateless: boolean): Attribution {
  return { start: said.start, end: said.end, verb: said.verb, date: said.date, codes, key, level, stateless };
}

/** Months and weekdays are capitalised but are no place. */
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Feb|Jan|Aug|Sept?|Oct|Nov|Dec)\b/;

interface Mention {
  entry: EventEntry | undefined;
  rule: string;
  type: PloverType;
  mode: string;
  sentence: Sentence;
  /** Trigger span, sentence-relative. */
  ts: number;
  te: number;
  actor: string[];
  target: string[];
  pendingActor?: "reply";
  pendingTarget?: "accuser";
  fallbackTarget: string[];
  status: EventStatus;
  date?: DateMention;
  speakerKey: string;
  speakerLevel: SpeakerLevel;
  speech: boolean;
  symmetric: boolean;
  /** The act's direction is unknown ("arms transfers between Moscow and Pyongyang"). */
  undirected: boolean;
  location: string;
  /** Index of the sentence in the article, for "the occasion it continues". */
  index: number;
  /** The sentence is attributed to a speaker (a statement said it). */
  attributed: boolean;
}

const SUPPRESS = /\b(?:commit(?:s|ted|ting)?|oblig(?:es|ed|ation)|if|unless|would|could|might|should|potential(?:ly)?|unlikely|any|no|not|never|attempt(?:s|ed)? to|unable to|convince|persuade|urg(?:e|es|ed|ing)|whether|may(?!\s+have))\b/i;
const PLANNED = /\b(?:plans?|planned|planning|consider(?:s|ing|ed)?|intends?|intended|intention|interested in|likely to|expected to|will|shall|is to|are to|set to|going to|aims? to|possibility|eyeing|prepar(?:ing|es) to|hint(?:ed|s)?|pledged? to|vowed? to)\b/i;
const HEDGED = /\b(?:may have|might have|reportedly|allegedly|believed|suspected|secret(?:ly)?|purported(?:ly)?|said to)\b/i;
/** "was already in talks", "was in the process of buying": true at the time of the report. */
const PROGRESSIVE = /\b(?:was|were|is|are)\s+(?:already|still|in the process of)\b/i;
/** Words right before a trigger that make it background with no date of its own. */
const UNDATABLE = /\b(?:recent(?:ly)?|series of|despite|previous|past|earlier)\b/i;
const PRONOUN = /\b(he|him|his|she|her|they|them|their|its)\b/gi;
/** "It also accused …", "because it is buying …": "it" as the subject of a verb. */
const IT_SUBJECT = /\b[Ii]t(?=\s+(?:also\s+|further\s+|then\s+|later\s+|still\s+|already\s+)?(?:is|was|has|had|[a-z]+ed|[a-z]+s)\b)/g;
const GROUP_ANAPHOR = /\bthe (two|three|four|five) (?:[\w-]+ )?(?:allies|countries|nations|sides|governments|partners|neighbours|neighbors)\b/gi;
const MAX_SENTENCE = 4000;
/** A contested act told as someone's report or finding is alleged. */
const REPORTED = /\b(?:reports?|reported|according to|intelligence|findings?|indicat(?:es|ed|ing)|claims?)\b/i;
const HISTORY = 40;
/** "Moscow denied that North Korea sent troops": the act is denied by the speaker. */
const DENIAL_VERB = /\bden(?:y|ies|ied|ying)\b/i;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const PREPOSITION_BEFORE = /\b(?:to|with|for|against|from|at|into|over|between|by|on|about|towards?|including|besides|like|near|in|as|across|amid|than|via|through|without|after|before|under)\s+(?:(?:the|a|an|its|their)\s+)?$/i;
const CLAIM_NOUN = /^(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:claims?|accusations?|allegations?|charges?|reports?|assertions?)\b/i;

/** Words that open a clause and also stand as prepositions ("after Russia vetoed"). */
const CONJUNCTION_BEFORE = /\b(?:after|before|as|since|because|when|while|until|once)\s+(?:the\s+)?$/i;
/** What may stand between a subject and its verb: a possessive's s, an auxiliary, an adverb. */
const SUBJECT_GAP = /^(?:['’]s?)?\s+(?:(?:has|have|had|also|already|then|later|now|jointly|\w+ly)\s+){0,2}$/i;
/** A be-auxiliary right before a verb makes it passive ("have been sent", "were fired"). */
const PASSIVE_BEFORE = /\b(?:been|being|be|was|were|is|are)\s+(?:(?:first|later|then|already|reportedly|allegedly|\w+ly)\s+)?$/i;
const PARTICIPLE = /(?:ed|sent|sold|given|shipped|bought|made|taken)$/i;
const OFFICIALS_OF = /\b(?:officials|leaders|ministers|representatives|envoys|diplomats|governments?) of\s+$/i;

class ArticleReader {
  private readonly doc: ArticleDoc;
  private readonly res: EventResources;
  /** Groups named so far, newest last: antecedents for pronouns and "the three allies". */
  private readonly history: Party[] = [];
  /** Speakers so far by key: "the vice president" is the vice president named before. */
  private readonly speakers = new Map<string, Attribution>();
  private lastPersonSpeaker: Attribution | undefined;
  /** The previous sentence's parties and text: "It" opening a sentence is that sentence's subject. */
  private previousParties: Party[] = [];
  private previousText = "";
  /** The people named in the latest sentence that named any, in order. */
  private lastPeople: Party[] = [];
  /** Mentions of earlier sentences, newest last (bounded): what "the veto", "the deployment" refer to. */
  private readonly recent: Mention[] = [];
  /** Short names of people named in the article ("Kim" after "Kim Jong Un"). */
  private readonly shortNames = new Map<string, { code: string; name: string }>();
  /** An agency's official is the person the article names with that agency ("NSC" → Kirby). */
  private readonly affiliations: Map<string, string>;
  /**
   * The dictionary entries in reading order: entries that refer back to an act ("condemned
   * the deployment") after the others, so that "were sent … and condemned the deployment"
   * resolves within its sentence.
   */
  private readonly entries: EventEntry[];

  constructor(doc: ArticleDoc, res: EventResources) {
    this.doc = doc;
    this.res = res;
    this.affiliations = affiliationsOf(res.gazetteer.find(doc.article.raw.slice(doc.article.bodyStart)));
    this.entries = [...res.entries.filter((e) => !refersBack(e)), ...res.entries.filter(refersBack)];
  }

  readSentence(sentence: Sentence): Mention[] {
    const text = sentence.text;
    // A "sentence" this long is not prose (a table, a list, a broken file): reading it would
    // cost time for nothing, so it yields no event.
    if (text.length > MAX_SENTENCE) return [];
    const parties = this.findParties(sentence);
    const quotes = quoteSpans(text);
    // Sentence-relative, as the rest of the reader counts.
    const dates = joinRanges(text, sentenceDates(this.doc, sentence).map((d) => ({ ...d, start: d.start - sentence.start, end: d.end - sentence.start })));
    const attributions = this.findAttributions(text, parties, dates, quotes);
    let mentions: Mention[] = [];
    for (const entry of this.entries) {
      for (const [ts, te] of this.triggers(entry, sentence)) {
        const mention = this.readTrigger(entry, sentence, ts, te, parties, attributions, dates, quotes, mentions);
        if (mention) mentions.push(mention);
      }
    }
    mentions = dropOverridden(mentions);
    mentions.push(...this.derivedAccusations(sentence, mentions, attributions));
    for (const p of parties) if (p.codes.length) this.history.push(p);
    // Antecedents lie close by; a bounded history keeps long articles linear.
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    this.previousParties = parties;
    const people = parties.filter((p) => p.person && !p.anaphor);
    if (people.length) this.lastPeople = people;
    this.previousText = text;
    this.recent.push(...mentions.filter((m) => m.actor.length > 0));
    if (this.recent.length > HISTORY) this.recent.splice(0, this.recent.length - HISTORY);
    for (const a of attributions) {
      if (a.key) this.speakers.set(a.key, a);
      if (a.level === "person") this.lastPersonSpeaker = a;
    }
    return mentions.sort((a, b) => a.ts - b.ts);
  }

  /** Where the entry's trigger stands in the sentence (sentence offsets): its pattern's matches, or its lemmas among the words. */
  private triggers(entry: EventEntry, sentence: Sentence): Array<[number, number]> {
    const { trigger } = entry;
    if ("pattern" in trigger) return allMatches(trigger.pattern, sentence.text).map((m) => [m.index, m.index + m[0].length]);
    return this.doc.reading
      .of(sentence)
      .words.filter((w) => trigger.lemmas.has(w.lemma) && trigger.pos.has(w.pos))
      .map((w) => [w.start - sentence.start, w.end - sentence.start]);
  }

  private findParties(sentence: Sentence): Party[] {
    const text = sentence.text;
    const found = this.doc.reading.of(sentence).actors;
    const parties = found.map((m) => toParty(m, text, sentence.start));
    // Remember people's short names ("Kim", "Shoigu") for later bare mentions.
    for (const m of found) {
      if (m.actor.kind !== "person") continue;
      const words = m.actor.name.split(/\s+/);
      for (const w of [words[0], words[words.length - 1]]) if (w.length > 2) this.shortNames.set(w, { code: m.actor.code, name: m.actor.name });
    }
    // Until a person is named, there is no short name to look for.
    for (const m of this.shortNames.size ? allMatches(CAPITALISED_WORD, text) : []) {
      const short = this.shortNames.get(m[0]);
      const s = m.index;
      const e = s + m[0].length;
      if (!short || overlapsAny(parties, s, e)) continue;
      parties.push({ start: s, end: e, codes: [short.code], names: [short.name], kinds: ["person"], modifier: /^['’]s?/.test(text.slice(e, e + 2)), hyphenated: false, person: short.name, anaphor: false });
    }
    const groups = groupParties(parties, text);
    const resolved: Party[] = [...groups];
    for (const m of allMatches(GROUP_ANAPHOR, text)) {
      const n = NUMBERS[m[1].toLowerCase()];
      const s = m.index;
      const e = s + m[0].length;
      if (overlapsAny(parties, s, e)) continue;
      const before = groups.filter((g) => g.end <= s);
      const antecedent = [...this.history, ...before].reverse().find((g) => g.codes.length === n);
      if (antecedent) resolved.push({ ...antecedent, start: s, end: e, modifier: false, anaphor: true, hyphenated: false });
    }
    resolved.sort((a, b) => a.start - b.start);
    const named = [...resolved];
    for (const m of allMatches(PRONOUN, text)) {
      const s = m.index;
      const e = s + m[0].length;
      const word = m[1].toLowerCase();
      const antecedent = this.pronounAntecedent(word, text, s, named);
      if (antecedent) resolved.push({ ...antecedent, start: s, end: e, modifier: ["his", "her", "their", "its"].includes(word), anaphor: true, hyphenated: false });
    }
    for (const m of allMatches(IT_SUBJECT, text)) {
      const s = m.index;
      const antecedent = subjectOf(named.filter((g) => g.end <= s), text) ?? subjectOf(this.previousParties, this.previousText);
      if (antecedent) resolved.push({ ...antecedent, start: s, end: s + 2, modifier: false, anaphor: true, hyphenated: false });
    }
    return resolved.sort((a, b) => a.start - b.start);
  }

  private pronounAntecedent(word: string, text: string, at: number, groups: Party[]): Party | undefined {
    const before = groups.filter((g) => g.end <= at && g.codes.length > 0);
    const earlier = [...this.history, ...before].reverse();
    if (["he", "him", "his", "she", "her"].includes(word)) {
      // Centering: with no person before it in its own sentence, "he" is the person the
      // last sentence naming people named first (its subject: "Lavrov, who hosted Choe …").
      const own = [...before].reverse().find((g) => g.person);
      if (own) return own;
      if (this.lastPeople.length) return this.lastPeople[0];
      const person = earlier.find((g) => g.person);
      if (!person) return undefined;
      // A person named in parentheses right after the pronoun is the antecedent itself.
      return person;
    }
    if (["they", "them", "their"].includes(word)) return earlier.find((g) => g.codes.length > 1);
    // "despite its denials, North Korea …": the owner follows the fronted phrase.
    if (/\b(?:despite|although|though|for all)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) {
      return groups.find((g) => g.start > at && g.codes.length === 1 && !g.person);
    }
    return earlier.find((g) => g.codes.length === 1 && g.kinds.some((k) => k === "state" || k === "capital"));
  }

  private findAttributions(text: string, parties: Party[], dates: DateMention[], quotes: Array<[number, number]>): Attribution[] {
    const out: Attribution[] = [];
    for (const m of allMatches(this.res.speechVerbs, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (insideQuote(quotes, start)) continue;
      const verb = m[0].toLowerCase();
      let speaker: Party | undefined;
      let description = "";
      if (verb === "according to" || verb === "report that") {
        speaker = verb === "according to" ? parties.find((p) => p.start >= end && p.start - end <= 6) : undefined;
      } else {
        // "said Kirby", "said Kim Son-gyong, undersecretary …": the speaker follows the verb.
        // After "told" stands the listener ("Choe told Russian Foreign Minister Lavrov").
        speaker = /^tell|^told/.test(verb) ? undefined : parties.find((p) => p.start >= end && p.start - end <= 2 && p.person);
        if (!speaker) {
          const clauseStart = Math.max(0, lastIndexOfAny(text, ",”\"", start - 1) + 1);
          // The speaker stands in the verb's own clause; only right after an appositive
          // ("Pak Jong Chon, one of …, said") is it looked for before the comma.
          const appositive = text.slice(clauseStart, start).trim() === "";
          const candidates = parties.filter((p) => p.end <= start && (appositive ? p.end >= clauseStart - 80 : p.start >= clauseStart));
          const nearest = candidates[candidates.length - 1];
          if (nearest && wordCount(text.slice(nearest.end, start)) <= 6 && !/[“"]/.test(text.slice(nearest.end, start))) {
            // "Pak Jong Chon, one of North Korea's top military officials, said": keep the person.
            const person = [...candidates].reverse().find((p) => p.person && p.codes.join() === nearest.codes.join() && nearest.start - p.end <= 40);
            speaker = person ?? nearest;
          }
          description = text.slice(clauseStart, start).trim();
        }
      }
      const date = reportDate(text, dates, start, end);
      const attribution = this.describeSpeaker(verb, start, end, speaker, description, date);
      if (attribution) out.push(attribution);
    }
    return out;
  }

  private describeSpeaker(verb: string, start: number, end: number, speaker: Party | undefined, description: string, date?: DateMention): Attribution | undefined {
    const said = { start, end, verb, date };
    if (speaker) {
      if (speaker.anaphor && speaker.person && this.lastPersonSpeaker) return attributionOf(said, speaker.codes, speaker.person, "person", false);
      if (speaker.person) return attributionOf(said, speaker.codes, speaker.person, "person", false);
      const kinds = new Set(speaker.kinds);
      const stateless = speaker.codes.length === 0 || kinds.has("media") || kinds.has("group");
      if ([...kinds].every((k) => k === "state" || k === "capital")) return attributionOf(said, speaker.codes, `codes:${[...speaker.codes].sort().join(";")}`, "state", stateless);
      const affiliated = speaker.names.map((n) => this.affiliations.get(n)).find(Boolean);
      if (affiliated) return attributionOf(said, speaker.codes, affiliated, "person", stateless);
      return attributionOf(said, speaker.codes, speaker.names.join(";"), "body", stateless);
    }
    // The same speaker said it again: the earlier attribution with this verb, span and date.
    if (/^(?:he|she)$/i.test(description) && this.lastPersonSpeaker) return { ...this.lastPersonSpeaker, start, end, verb, date };
    const head = firstMatch(DESCRIPTION_HEADS, description)?.[1].toLowerCase();
    if (!head) return undefined;
    const known = this.speakers.get(`description:${head}`);
    if (known) return { ...known, start, end, verb, date };
    return attributionOf(said, [], `description:${head}`, "description", STATELESS_HEADS.test(description));
  }

  /** Registers a description's resolved side ("the vice president" speaks for PRK). */
  registerSpeaker(key: string, codes: string[]): void {
    const known = this.speakers.get(key);
    if (known && known.codes.length === 0) known.codes = codes;
  }

  private readTrigger(
    entry: EventEntry,
    sentence: Sentence,
    ts: number,
    te: number,
    parties: Party[],
    attributions: Attribution[],
    dates: DateMention[],
    quotes: Array<[number, number]>,
    earlier: Mention[] = [],
  ): Mention | undefined {
    const text = sentence.text;
    const after = text.slice(te);
    if (entry.requires && !entry.requires.test(after)) return undefined;
    if (entry.excludes && entry.excludes.test(text.slice(Math.max(0, ts - 40), te + 40))) return undefined;
    // A trigger inside a party's name ("Trilateral Summit" is fine, "Security Council" is not a verb).
    if (parties.some((p) => !p.anaphor && ts >= p.start && te <= p.end)) return undefined;
    const governing = attributions.filter((a) => governs(text, a, ts));
    const attribution = governing[0] ?? nearestAttribution(attributions, ts);
    if (entry.needsSpeaker && !attribution) return undefined;

    const ctx: RoleContext = { text, ts, te, parties, attribution, quotes, speech: entry.speech, attributions, entry, earlier };
    let actorParty = this.findRole(entry.actor, ctx, undefined, "actor");
    let actor = actorParty?.codes ?? [];
    // Status: what the clause says about the act's reality.
    // The window runs from the clause start, or from the actor when it is nearer.
    const clauseStart = Math.max(0, lastIndexOfAny(text, ",;:()“”\"—", ts - 1) + 1);
    // ("if Pyongyang supplied": the few words before the actor still count).
    const actorStart = actorParty && actorParty.end <= ts ? Math.max(0, actorParty.start - 12) : -1;
    const windowStart = actorStart < 0 ? clauseStart : actorParty!.anaphor ? actorStart : Math.max(clauseStart, actorStart);
    const before = text.slice(windowStart, ts);
    let status: EventStatus = "occurred";
    const denial = DENIAL_VERB.exec(text.slice(0, ts));
    if (!entry.speech && denial && /^\s+(?:that|having|sending|supplying|providing|selling|any)\b/i.test(text.slice(denial.index + denial[0].length))) {
      status = "denied";
    } else if (!entry.speech) {
      if (SUPPRESS.test(before)) return undefined;
      if (PLANNED.test(before + text.slice(ts, te))) status = "planned";
      else if (HEDGED.test(before) || (entry.contested && (governing.length > 0 || HEDGED.test(text) || REPORTED.test(text) || /\baccus\w*\b[^.]*\bof\s*$/i.test(text.slice(0, ts))))) status = "alleged";
    }

    let target: string[] = [];
    let undirected = false;
    let pendingActor: Mention["pendingActor"];
    let pendingTarget: Mention["pendingTarget"];
    if (entry.actor.includes("reply") && actor.length === 0) pendingActor = "reply";
    if (actorParty && actorParty.codes.length > 1 && !entry.joint) {
      const agent = findByStrategy("agent", ctx, undefined);
      // "a treaty that Putin and Kim signed": a group named after a mutual act's noun is its two sides.
      const viaBetween = actorParty === findBetween(ctx) || actorParty.hyphenated || (entry.symmetric && (actorParty === agent || actorParty.start >= te));
      if (viaBetween) {
        target = actorParty.codes.slice(1);
        actor = actorParty.codes.slice(0, 1);
        undirected = !entry.symmetric && entry.type === "AID";
      }
    }
    if (entry.joint) {
      const partner = this.findRole(["with"], ctx, actorParty);
      actor = [...new Set([...actor, ...(partner?.codes ?? [])])];
      if (!partner) {
        const t = this.findRole(entry.target.filter((s) => s !== "with"), ctx, actorParty);
        target = t ? t.codes.filter((c) => !actor.includes(c)) : [];
      }
    } else if (target.length === 0) {
      // Strategies before "accuser" name the target outright ("rumours spread by Seoul");
      // those after it are a fallback that the accusers named earlier replace.
      const cut = entry.target.indexOf("accuser");
      const outright = cut < 0 ? undefined : this.findRole(entry.target.slice(0, cut), ctx, actorParty, "target");
      if (cut >= 0 && !outright) pendingTarget = "accuser";
      const t = outright ?? this.findRole(entry.target.slice(cut + 1), ctx, actorParty, "target");
      target = t ? t.codes.filter((c) => !actor.includes(c) || t === findBetween(ctx)) : [];
      if (t && t === findBetween(ctx) && actorParty === t) target = t.codes.slice(1);
    }
    // An unnamed speaker ("the vice president said") may be resolved by the article pass.
    const describedSpeaker = attribution?.level === "description" && entry.actor.includes("speaker");
    if (actor.length === 0 && !pendingActor && !describedSpeaker) return undefined;
    if (entry.needsTarget && target.length === 0) return undefined;
    if (entry.speech && actorParty === undefined && attribution?.stateless) return undefined;
    // "“The Americans … blame others,” he said": a third party's speech inside a quotation
    // is what the speaker says of it, not an act of the speaker's.
    if (entry.speech && entry.actor[0] === "subject" && insideQuote(quotes, ts) && actorParty && !actorParty.anaphor && attribution?.codes.length && !intersects(actorParty.codes, attribution.codes)) return undefined;

    const undated = undatable(text, ts);
    let date = undated ? undefined : pickDate(entry, text, ts, te, dates, attributions, quotes, status, actor);
    // "said before the vote", "five days after the North tested": dated by an act told before.
    if (!date && !undated) date = this.relativeToEvent(text, ts);
    // A speech act inside a quotation is made when the quotation was said.
    if (!date && entry.speech && insideQuote(quotes, ts) && attribution && governing.includes(attribution)) date = attribution.date;
    const speaker = entry.speech || entry.type === "COOPERATE" ? this.speakerOf(actorParty, attribution) : { key: "", level: "body" as SpeakerLevel };
    return {
      entry,
      rule: entry.id,
      type: entry.type,
      mode: entry.mode,
      sentence,
      ts,
      te,
      actor,
      target: target.filter((c) => !actor.includes(c) || entry.joint),
      pendingActor,
      pendingTarget,
      fallbackTarget: target,
      status,
      date,
      speakerKey: speaker.key,
      speakerLevel: speaker.level,
      speech: entry.speech,
      symmetric: entry.symmetric,
      undirected,
      location: ["CONSULT", "AGREE", "MOBILIZE"].includes(entry.type) ? findLocation(text, te, entry) : "",
      index: sentence.index,
      attributed: governing.length > 0,
    };
  }

  private speakerOf(actorParty: Party | undefined, attribution: Attribution | undefined): { key: string; level: SpeakerLevel } {
    if (actorParty && !actorParty.anaphor) {
      if (actorParty.person) return { key: actorParty.person, level: "person" };
      if (actorParty.kinds.every((k) => k === "state" || k === "capital")) return { key: `codes:${[...actorParty.codes].sort().join(";")}`, level: "state" };
      const affiliated = actorParty.names.map((n) => this.affiliations.get(n)).find(Boolean);
      if (affiliated) return { key: affiliated, level: "person" };
      return { key: actorParty.names.join(";"), level: "body" };
    }
    if (actorParty?.anaphor && actorParty.codes.length > 1) return { key: `codes:${[...actorParty.codes].sort().join(";")}`, level: "state" };
    if (attribution) return { key: attribution.key, level: attribution.level };
    if (actorParty?.person) return { key: actorParty.person, level: "person" };
    return { key: "", level: "description" };
  }

  private findRole(strategies: RoleStrategy[], ctx: RoleContext, actor: Party | undefined, role: "actor" | "target" = "target"): Party | undefined {
    for (const s of strategies) {
      const found = s === "antecedent" ? this.antecedent(ctx, role) : s === "referent" ? this.referent(ctx) : findByStrategy(s, ctx, actor);
      // A target that is the actor itself ("if it dared", "it" being the speaker's side) is none.
      if (found && role === "target" && s !== "between" && actor && found.codes.every((c) => actor.codes.includes(c))) continue;
      if (found && found.codes.length > 0) return found;
      if (s === "none") return undefined;
    }
    return undefined;
  }

  /**
   * "The veto on March 28", "The troops were first sent to Russia": an act told again
   * without its parties is the latest act of the same kind told before; the actor role
   * takes that act's actor, the target role its target.
   */
  private antecedent(ctx: RoleContext, role: "actor" | "target"): Party | undefined {
    const entry = ctx.entry;
    if (!entry) return undefined;
    const candidates = [...this.recent, ...ctx.earlier].reverse().filter((m) => m.type === entry.type && m.mode === entry.mode && !m.speech);
    // "the troops" are those sent, not those a plan would send.
    const prior = candidates.find((m) => m.status !== "planned") ?? candidates[0];
    const codes = prior ? (role === "actor" ? prior.actor : prior.target) : [];
    return codes.length ? { ...emptyParty(), codes, anaphor: true } : undefined;
  }

  /**
   * Dates relative to an act the article has dated: "before the vote" and "after the vote"
   * are that day (the annotators' reading), "The launches came five days after …" is that
   * many days before the launches.
   */
  private relativeToEvent(text: string, ts: number): DateMention | undefined {
    const before = text.slice(0, ts);
    const shifted = SHIFTED_FROM_EVENT.exec(before);
    const around = shifted ? undefined : AROUND_EVENT.exec(text);
    const m = shifted ?? around;
    if (!m) return undefined;
    const kind = referentKind(m[1]);
    const prior = [...this.recent].reverse().find((x) => x.date && x.date.precision === "day" && (x.type === kind.type || (m[1].toLowerCase() === "vote" && x.mode === "veto")) && kind.mode.test(x.mode));
    if (!prior?.date) return undefined;
    if (!shifted) return { ...prior.date, text: m[0], start: m.index!, end: m.index! + m[0].length, dateEnd: "", lastDay: prior.date.date };
    const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
    if (!Number.isFinite(n)) return undefined;
    const days = n * (/^week/i.test(m[3]) ? 7 : 1) * (/^after/i.test(m[4]) ? -1 : 1);
    const date = addDays(prior.date.date, days);
    const at = m.index! + m[0].indexOf(m[2]);
    return { text: text.slice(at, m.index! + m[0].length), start: at, end: m.index! + m[0].length, date, precision: "day", dateEnd: "", lastDay: date };
  }

  /**
   * "condemned the deployment", "called the veto …", "condemned the launches": a speech
   * act aimed at an act named by a definite noun is aimed at the parties of the latest such
   * act. A transfer or a deployment is aimed at both sides (the seed's arms-transfer
   * claims name both); a launch or a veto at the one who made it.
   */
  private referent(ctx: RoleContext): Party | undefined {
    const m = REFERENT_NOUN.exec(ctx.text.slice(ctx.te, ctx.te + 60));
    if (!m) return undefined;
    const kind = referentKind(m[1]);
    const prior = [...this.recent, ...ctx.earlier].reverse().find((x) => !x.speech && x.type === kind.type && kind.mode.test(x.mode));
    if (!prior) return undefined;
    const codes = kind.both ? [...new Set([...prior.actor, ...prior.target])] : prior.actor;
    return codes.length ? { ...emptyParty(), codes, anaphor: true } : undefined;
  }

  /**
   * A state's speaker who says that parties other than the speaker's own side transfer,
   * request or discuss arms makes an accusation (the guide: "a claim that the target did
   * or plans something wrongful"). Confirmations, media reports and analysts do not.
   */
  private derivedAccusations(sentence: Sentence, mentions: Mention[], attributions: Attribution[]): Mention[] {
    const out: Mention[] = [];
    for (const m of mentions) {
      if (!m.entry?.contested && !(m.type === "CONSULT" && /\barms\b/i.test(sentence.text))) continue;
      if (m.type === "CONSULT" && !/\b(?:arms|munitions|weapons)\b/i.test(sentence.text)) continue;
      const a = attributions.find((x) => governs(sentence.text, x, m.ts));
      if (!a || a.stateless || a.codes.length === 0 || /^(?:confirmed|reported|reports|report that|according to)$/.test(a.verb)) continue;
      const parties = [...m.actor, ...m.target];
      if (parties.some((c) => a.codes.includes(c))) continue;
      out.push({
        ...m,
        entry: undefined,
        rule: "derived-accusation",
        type: "ACCUSE",
        mode: "accusation",
        ts: a.start,
        te: a.end,
        actor: a.codes,
        target: parties,
        pendingActor: undefined,
        pendingTarget: undefined,
        fallbackTarget: parties,
        status: "occurred",
        date: a.date,
        speakerKey: a.key,
        speakerLevel: a.level,
        speech: true,
        symmetric: false,
        undirected: false,
        location: "",
        attributed: true,
      });
    }
    return out;
  }
}

/**
 * An agency's official is the person the article names with that agency ("NSC" → Kirby):
 * for each body, the person named last whose role names it. Each pair of actors is tested
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

/** An entry that `overrides` another drops that entry's mention of the same trigger. */
function dropOverridden(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.ts === m.ts && m.entry && o.entry?.overrides.includes(m.entry.id)));
}

/** The subject of a clause among its parties: the first one named for itself, not after a preposition. */
function subjectOf(parties: Party[], text: string): Party | undefined {
  return parties.find((p) => p.codes.length === 1 && !p.anaphor && !p.kinds.includes("person") && !afterPreposition(text, p.start));
}

/** A definite noun right after a speech verb that names an act told before. */
const REFERENT_NOUN = /^\s+(?:the|this|that|these|those|its|their|such)\s+(?:[\w-]+\s+){0,2}?(deployments?|dispatch|sending|launch(?:es)?|tests?|firings?|transfers?|shipments?|deliveries|supplies|veto|strikes?|attacks?)\b/i;

/** "before the vote", "after the summit": the act names the day. */
const AROUND_EVENT = /\b(?:before|after|during|at)\s+the\s+(vote|veto|summit|talks|meeting|launch(?:es)?|tests?)\b/i;
/** "The launches came five days after …": an earlier act dated from the one the sentence opens with. */
const SHIFTED_FROM_EVENT = /\b(launch(?:es)?|tests?|veto|vote|summit|talks|visit|strikes?)\s+(?:came|happened|took place|followed|was held|were held)\s+(\w+)\s+(days?|weeks?)\s+(after|before)\b[^,;]{0,60}$/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Which earlier act a referent noun names, and whether it is aimed at both parties of that act. */
function referentKind(noun: string): { type: PloverType; mode: RegExp; both: boolean } {
  const n = noun.toLowerCase();
  if (/^(?:deployment|dispatch|sending)/.test(n)) return { type: "MOBILIZE", mode: /troop|forces|workers|deploy/, both: true };
  if (/^(?:launch|test|firing)/.test(n)) return { type: "MOBILIZE", mode: /missile|launch|test/, both: false };
  if (n === "veto" || n === "vote") return { type: "REJECT", mode: /veto/, both: false };
  if (/^(?:summit|talks|meeting|visit)/.test(n)) return { type: "CONSULT", mode: /./, both: false };
  if (/^(?:strike|attack)/.test(n)) return { type: "ASSAULT", mode: /./, both: false };
  return { type: "AID", mode: /./, both: true };
}

interface RoleContext {
  entry?: EventEntry;
  /** Mentions already read in the same sentence. */
  earlier: Mention[];
  quotes: Array<[number, number]>;
  /** Speech entries skip parties inside an earlier speech verb's reported clause. */
  speech: boolean;
  attributions: Attribution[];
  text: string;
  ts: number;
  te: number;
  parties: Party[];
  attribution: Attribution | undefined;
  /** The group after "between", once looked for (see findBetween). */
  between?: { party: Party | undefined };
}

const BETWEEN = /\bbetween\s+(?:the\s+)?/gi;

/** The group named after "between" nearest the trigger; asked for several times per trigger, so found once. */
function findBetween(ctx: RoleContext): Party | undefined {
  if (ctx.between === undefined) ctx.between = { party: groupBetween(ctx) };
  return ctx.between.party;
}

function groupBetween(ctx: RoleContext): Party | undefined {
  let best: Party | undefined;
  let bestDistance = Infinity;
  for (const m of allMatches(BETWEEN, ctx.text)) {
    const at = m.index + m[0].length;
    const group = ctx.parties.find((p) => p.start === at && p.codes.length > 1);
    if (!group) continue;
    const distance = Math.min(Math.abs(group.start - ctx.te), Math.abs(group.end - ctx.ts));
    if (distance < bestDistance && distance < 160) {
      best = group;
      bestDistance = distance;
    }
  }
  return best;
}

function afterPreposition(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return PREPOSITION_BEFORE.test(before) && !OFFICIALS_OF.test(before);
}

/** A preposition ("to"), then up to `maxWords` words, at the end of a text; compiled once, not per call. */
const prepositionPatterns = new Map<string, RegExp>();
function prepositionPattern(word: string, maxWords: number): RegExp {
  const key = `${word} ${maxWords}`;
  let re = prepositionPatterns.get(key);
  if (!re) prepositionPatterns.set(key, (re = new RegExp(`\\b${word}\\s+(?:[\\w'’-]+\\s+){0,${maxWords}}$`, "i")));
  return re;
}

/** The first party after the trigger that a preposition ("to", "with" …) introduces, in the same clause. */
function introducedBy(word: string, afterTrigger: Party[], text: string, te: number): Party | undefined {
  const re = prepositionPattern(word, 2);
  return afterTrigger.find((p) => p.start - te < 160 && re.test(text.slice(Math.max(te, p.start - 60), p.start)) && !/[.;]/.test(text.slice(te, p.start)));
}

/** "X said that Russia had …": a party in the clause an earlier speech verb reports. */
function inReportedClause(attributions: Attribution[], p: Party, ts: number): boolean {
  return attributions.some((a) => a.end <= ts && p.start > a.end);
}

/** "…, the White House said": a party whose speech verb follows right after it. */
function speaksRightAfter(attributions: Attribution[], p: Party): boolean {
  return attributions.some((a) => a.start >= p.end && a.start - p.end <= 3);
}

const IF_CLAUSE = /\bif\s+(?:the\s+)?/gi;

function findByStrategy(s: RoleStrategy, ctx: RoleContext, actor: Party | undefined): Party | undefined {
  const { text, ts, te, parties } = ctx;
  const scope = quoteOf(ctx.quotes, ts);
  const coded = parties.filter((p) => p.codes.length > 0 && p !== actor);
  // Parties after the trigger count only within its own quotation (or outside any).
  const afterTrigger = coded.filter((p) => p.start >= te && quoteOf(ctx.quotes, p.start) === scope);
  switch (s) {
    case "subject": {
      // A passive verb's subject is what was acted on ("troops … have been sent"), not the actor.
      if (PASSIVE_BEFORE.test(text.slice(Math.max(0, ts - 30), ts)) && PARTICIPLE.test(text.slice(ts, te))) return undefined;
      // "… and we condemn it," he said: inside a quotation "we" is the speaker's side.
      if (ctx.speech && quoteOf(ctx.quotes, ts) >= 0 && /\b(?:we|I)\s+(?:[a-z]+\s+)?$/.test(text.slice(Math.max(0, ts - 20), ts)) && ctx.attribution?.codes.length) {
        return { ...emptyParty(), codes: ctx.attribution.codes };
      }
      // "a month after Russia vetoed", "as NATO, EU condemn": a party right before its verb
      // is the verb's subject even after a word that is also a preposition.
      const adjacent = [...coded].reverse().find((p) => p.end <= ts && SUBJECT_GAP.test(text.slice(p.end, ts)));
      if (adjacent && CONJUNCTION_BEFORE.test(text.slice(Math.max(0, adjacent.start - 12), adjacent.start))) return adjacent;
      // "…, blaming the US … and denouncing …": a participle's subject is the clause's subject.
      if (/ing$/i.test(text.slice(ts, te)) && /(?:,|\band)\s*$/.test(text.slice(0, ts))) {
        const first = coded.find((p) => p.end <= ts && !afterPreposition(text, p.start));
        if (first) return first;
      }
      // "X said that Russia had …, and warned that …": the warning's subject is X, not Russia.
      // "their allies are preparing": a possessive pronoun qualifies the subject, it is not it.
      return [...coded].reverse().find((p) => p.end <= ts && !afterPreposition(text, p.start) && !(ctx.speech && inReportedClause(ctx.attributions, p, ts)) && !(p.anaphor && p.modifier && p.start > 0));
    }
    case "object": {
      // "…, the White House said": a trailing speaker is not the act's object.
      return afterTrigger.find((p) => !/\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(te, p.start - 15), p.start)) && !speaksRightAfter(ctx.attributions, p));
    }
    case "direct":
      return afterTrigger.find((p) => /^\s+(?:the\s+)?$/i.test(text.slice(te, p.start)));
    case "possessor":
      return [...coded].reverse().find((p) => p.modifier && p.end <= te && p.end >= ts - 40 && (p.start >= ts || wordCount(text.slice(p.end, ts).replace(/^['’]s?/, "")) <= 3) && !/[,;]/.test(text.slice(p.end, ts)));
    case "compound":
      return [...coded].reverse().find((p) => p.hyphenated && p.end <= ts && wordCount(text.slice(p.end, ts)) <= 2);
    case "between":
      return findBetween(ctx);
    case "agent":
      return afterTrigger.find((p) => /^(?:\s+[\w'’-]+){0,3}?\s+by\s+(?:the\s+)?$/i.test(text.slice(te, p.start)));
    case "supplier":
      return coded.find((p) => p.start >= te && /^-supplied\b/.test(text.slice(p.end, p.end + 10)));
    case "claimant":
      // "dismissed NATO's claims", "rejected Washington's accusations": the accuser named outright.
      return afterTrigger.find((p) => p.modifier && /^\s+(?:the\s+)?$/.test(text.slice(te, p.start)) && CLAIM_NOUN.test(text.slice(p.end, p.end + 30)));
    case "near":
      // The party just after the trigger, in the same phrase ("receiving Russian technology").
      return afterTrigger.find((p) => p.start - te <= 40 && !/[,.;:]|\band\b/.test(text.slice(te, p.start)));
    case "by":
    case "to":
    case "with":
    case "from":
    case "at":
    case "into":
    case "for":
    case "against":
      return introducedBy(s, afterTrigger, text, te);
    case "on":
      return afterTrigger.find((p) => /\bon\s+(?:the\s+)?$/i.test(text.slice(Math.max(te, p.start - 10), p.start)) && p.start - te < 20);
    case "if": {
      const ifs = allMatches(IF_CLAUSE, text).map((m) => m.index + m[0].length);
      return coded.find((p) => ifs.includes(p.start));
    }
    case "speaker":
      return ctx.attribution && ctx.attribution.codes.length > 0 ? { ...emptyParty(), codes: ctx.attribution.codes } : undefined;
    case "counterpart":
      return [...coded].reverse().find((p) => p.end <= ts && (!actor || !p.codes.some((c) => actor.codes.includes(c))));
    default:
      return undefined;
  }
}

function emptyParty(): Party {
  return { start: 0, end: 0, codes: [], names: [], kinds: [], modifier: false, hyphenated: false, person: "", anaphor: false };
}

function wordCount(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}

function lastIndexOfAny(text: string, chars: string, from: number): number {
  for (let i = Math.min(from, text.length - 1); i >= 0; i--) if (chars.includes(text[i])) return i;
  return -1;
}

/** A capitalised word: a bare short name ("Kim", "Shoigu") of a person named before. */
const CAPITALISED_WORD = /\b\p{Lu}[\p{L}-]+\b/gu;

/** Whether [start, end) overlaps a party. */
function overlapsAny(parties: Party[], start: number, end: number): boolean {
  return parties.some((p) => start < p.end && end > p.start);
}

/** Entries that refer back to an act told before ("condemned the deployment"). */
function refersBack(e: EventEntry): boolean {
  return e.actor.includes("referent") || e.target.includes("referent");
}

/** The first match of a global pattern, as `text.matchAll(pattern)` gives it first. */
function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m;
}

const isWordUnit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * Whether `word` stands in `text` between non-word characters (or the ends), as the pattern
 * `(?:^|\W)word(?:\W|$)` tests it, without compiling a pattern per word.
 */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = at < text.length ? text.indexOf(word, at + 1) : -1) {
    const end = at + word.length;
    if ((at === 0 || !isWordUnit(text.charCodeAt(at - 1))) && (end === text.length || !isWordUnit(text.charCodeAt(end)))) return true;
  }
  return false;
}

function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open = i;
    else if (c === "”" && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  // A quotation left open runs to the sentence end.
  if (open >= 0) spans.push([open, text.length]);
  if (straight >= 0) spans.push([straight, text.length]);
  return spans;
}

function insideQuote(quotes: Array<[number, number]>, at: number): boolean {
  return quotes.some(([s, e]) => at > s && at < e);
}

/** The quotation an offset stands in, or -1: dates do not cross quotation marks. */
function quoteOf(quotes: Array<[number, number]>, at: number): number {
  return quotes.findIndex(([s, e]) => at > s && at < e);
}

/**
 * "between July and February", "between January 2023 and September this year": two dates
 * that the date reader finds apart make one range. A range runs forward, so a start later
 * than its end lies in the year before.
 */
function joinRanges(text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    const opener = /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) || /^(?:between|from)\b/i.test(a.text);
    if (b && opener && !a.dateEnd && a.precision === b.precision && /^\s*(?:and|to|through|until|-|–)\s*$/i.test(text.slice(a.end, b.start))) {
      const start = a.date > b.date ? `${Number(a.date.slice(0, 4)) - 1}${a.date.slice(4)}` : a.date;
      const lead = /\b(?:between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
      const from = lead ? a.start - lead[0].length : a.start;
      out.push({ ...a, start: from, end: b.end, text: text.slice(from, b.end), date: start, dateEnd: b.date, lastDay: b.lastDay });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A date that tells when something was said: right after the verb, or opening the sentence before it. */
function reportDate(text: string, dates: DateMention[], start: number, end: number): DateMention | undefined {
  const after = dates.find((d) => d.start >= end && d.start - end <= 30 && !/[.;]/.test(text.slice(end, d.start)));
  if (after) return after;
  return dates.find((d) => d.start <= 3 && d.end <= start && /^\s*,/.test(text.slice(d.end, d.end + 2)));
}

/** Whether an attribution's speech covers the words at `at` (its reported content). */
function governs(text: string, a: Attribution, at: number): boolean {
  if (at >= a.end) return !/;|,\s*(?:while|but|and|as|although|whereas)\b/i.test(text.slice(a.end, at));
  // "…, the White House said": the reported clause comes first, set off by a comma.
  return /[,”"]\s*[^,]*$/.test(text.slice(at, a.start)) || /[,”"]/.test(text.slice(at, a.start));
}

function nearestAttribution(attributions: Attribution[], at: number): Attribution | undefined {
  return [...attributions].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function undatable(text: string, ts: number): boolean {
  const words = text.slice(Math.max(0, ts - 40), ts).trim().split(/\s+/).slice(-3).join(" ");
  return UNDATABLE.test(words);
}

/**
 * The date of a mention: the nearest date in its own quotation scope, except a date that
 * tells when a report was made, which dates the reported act only when the act is public
 * ("North Korea reported last week that … visited") or was ongoing at the time ("was
 * already in talks"); "accused X of supplying" says nothing of when the supplying was.
 */
/** A verb that may date what it reports ("said Thursday", "accused … last week"). */
interface DateAnchor {
  start: number;
  end: number;
  date?: DateMention;
}

const SPEECH_TRIGGER = /\b(?:accus\w*|criticis\w*|criticiz\w*|condemn\w*|den(?:y|ied|ies)|warn(?:ed|s)?|blam\w*)\b/gi;

/** Whether a date tells when another verb than the trigger at `ts` reported something. */
function reportsAt(anchors: DateAnchor[], ts: number, d: DateMention): boolean {
  return anchors.some((a) => a.date === d && a.start !== ts);
}

/** The speaker's own statement: "Pak said in a statement on Monday that … could provoke …". */
function ownStatement(entry: EventEntry, attributions: Attribution[], actor: string[], d: DateMention): boolean {
  return entry.speech && attributions.some((a) => a.date === d && a.codes.length > 0 && a.codes.every((c) => actor.includes(c)));
}

function pickDate(entry: EventEntry, text: string, ts: number, te: number, dates: DateMention[], attributions: Attribution[], quotes: Array<[number, number]>, status: EventStatus, actor: string[]): DateMention | undefined {
  // Most sentences give no date: nothing to pick from.
  if (dates.length === 0) return undefined;
  const scope = quoteOf(quotes, ts);
  const anchors: DateAnchor[] = attributions.map((a) => ({ start: a.start, end: a.end, date: a.date }));
  // Speech triggers date their own act too: "Last week, Kirby accused North Korea of supplying …".
  for (const m of allMatches(SPEECH_TRIGGER, text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s === ts) continue;
    anchors.push({ start: s, end: e, date: reportDate(text, dates, s, e) });
  }
  const candidates = dates.filter((d) => quoteOf(quotes, d.start) === scope || (scope === -1 && quoteOf(quotes, d.start) === -1));
  const usable = candidates.filter((d) => {
    // "will end its work on Tuesday, a month after Russia vetoed": the date is the main
    // clause's, and "after" puts the act at another time.
    if (d.end <= ts && /\b(?:after|before|since|following)\b/i.test(text.slice(d.end, ts))) return false;
    // "The veto on March 28 came as the panel was investigating reports that Pyongyang
    // had been shipping weapons": a contested act in a that-clause is not dated by the
    // main clause, unless it was ongoing then ("was in the process of buying").
    if (entry.contested && d.end <= ts && /\b(?:that|whether)\b/i.test(text.slice(d.end, ts)) && !PROGRESSIVE.test(text.slice(d.end, ts))) return false;
    const anchor = anchors.find((a) => a.date === d && a.start !== ts);
    if (!anchor || ownStatement(entry, attributions, actor, d)) return true;
    const inComplement = ts >= anchor.end ? COMPLEMENT.test(text.slice(anchor.end, ts)) : /[,”"]/.test(text.slice(ts, anchor.start));
    if (!inComplement) return true;
    if (entry.speech) return false;
    if (PROGRESSIVE.test(text.slice(anchor.end, ts))) return true;
    return entry.public && !entry.noun && status === "occurred";
  });
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  // A date of the act's own clause beats the date its report was made.
  const own = usable.filter((d) => !reportsAt(anchors, ts, d) || ownStatement(entry, attributions, actor, d));
  for (const d of own.length ? own : usable) {
    const distance = d.start >= te ? d.start - te : ts - d.end;
    if (Math.abs(distance) < bestDistance) {
      best = d;
      bestDistance = Math.abs(distance);
    }
  }
  return best;
}

function findLocation(text: string, te: number, entry: EventEntry): string {
  const window = text.slice(te, te + 90);
  const m = /\b(?:in|to|at)\s+((?:[A-Z][\w'’.-]+)(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3}(?:,\s+[A-Z][\w'’-]+(?!\s+[a-z]))?)/.exec(window);
  if (!m || NOT_A_PLACE.test(m[1])) return "";
  if (entry.type === "AGREE" || entry.type === "MOBILIZE") return "";
  return m[1].replace(/,\s+(?:on|in)$/, "");
}

// ── Article pass ────────────────────────────────────────────────────────────────────────

function isComplete(m: Mention): boolean {
  return m.actor.length > 0;
}

function intersects(a: string[], b: string[]): boolean {
  return a.some((c) => b.includes(c));
}

/** Denials answer the accusers named before; an unnamed speaker answers the side that accused it. */
function resolvePendingRoles(mentions: Mention[]): void {
  const accusations = new AccusationIndex();
  const speakerCodes = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.actor.length === 0 && m.speakerKey && speakerCodes.has(m.speakerKey)) m.actor = speakerCodes.get(m.speakerKey)!;
    if (m.pendingActor === "reply" && m.actor.length === 0 && m.target.length > 0) {
      const accused = accusations.latestAgainstAccuser(m.target);
      if (accused) m.actor = accused.target.filter((c) => !m.target.includes(c));
    }
    if (m.pendingTarget === "accuser" && m.actor.length > 0) {
      const accusation = accusations.latestAccusing(m.actor);
      if (accusation) m.target = accusation.actor;
    }
    if (m.actor.length > 0 && m.speakerKey.startsWith("description:") && !speakerCodes.has(m.speakerKey)) speakerCodes.set(m.speakerKey, m.actor);
    m.target = m.target.filter((c) => !m.actor.includes(c) || m.entry?.joint);
    accusations.add(m);
  }
}

/**
 * The accusations and threats read so far, indexed by the codes of their actors and targets,
 * so that a reply finds the one it answers without going back over every earlier mention.
 * A mention's parties are final once it is added.
 */
class AccusationIndex {
  private count = 0;
  /** Accusations and threats with a target, by actor code: [order read, mention]. */
  private readonly byActor = new Map<string, Array<[number, Mention]>>();
  /** Accusations by target code. */
  private readonly byTarget = new Map<string, Array<[number, Mention]>>();

  add(m: Mention): void {
    const at = this.count++;
    if ((m.type === "ACCUSE" || m.type === "THREATEN") && m.target.length > 0) for (const c of new Set(m.actor)) listOf(this.byActor, c).push([at, m]);
    if (m.type === "ACCUSE") for (const c of new Set(m.target)) listOf(this.byTarget, c).push([at, m]);
  }

  /** The latest accusation or threat with a target made by one of `codes` (the side a reply answers). */
  latestAgainstAccuser(codes: string[]): Mention | undefined {
    let best: [number, Mention] | undefined;
    for (const c of codes) {
      const last = this.byActor.get(c)?.at(-1);
      if (last && (!best || last[0] > best[0])) best = last;
    }
    return best?.[1];
  }

  /** The latest accusation aimed at one of `codes` and made by none of them. */
  latestAccusing(codes: string[]): Mention | undefined {
    let best: [number, Mention] | undefined;
    for (const c of codes) {
      const list = this.byTarget.get(c) ?? [];
      for (let i = list.length - 1; i >= 0 && (!best || list[i][0] > best[0]); i--) {
        if (!intersects(list[i][1].actor, codes)) {
          best = list[i];
          break;
        }
      }
    }
    return best?.[1];
  }
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

interface MergedEvent {
  mentions: Mention[];
  anchor: Mention;
  actor: string[];
  target: string[];
  status: EventStatus;
  date?: DateMention;
  dateBasis: "sentence" | "context" | "none";
  location: string;
  /** The mentions' voices and sentences, indexed as they join (see addMention). */
  index: MentionIndex;
}

/**
 * What merging asks of an event's mentions, kept as sets as they join, so that a long
 * article whose events gather thousands of mentions does not go over all of them for each new one.
 */
interface MentionIndex {
  speakerKeys: Set<string>;
  /** A dated-to-the-day voice: date, actor codes, whether a state speaks (see sameVoice). */
  dayVoices: Set<string>;
  /** Actor codes and whether a state speaks (see speakersMatch). */
  sides: Set<string>;
  /** The mentions in each sentence, by sentence index. */
  bySentence: Map<number, Mention[]>;
}

const voiceKey = (...parts: Array<string | boolean>) => parts.join("\u0000");

function newEvent(m: Mention): MergedEvent {
  const index: MentionIndex = { speakerKeys: new Set(), dayVoices: new Set(), sides: new Set(), bySentence: new Map() };
  const e: MergedEvent = { mentions: [], anchor: m, actor: m.actor, target: m.target, status: m.status, date: m.date, dateBasis: m.date ? "sentence" : "none", location: m.location, index };
  addMention(e, m);
  return e;
}

function addMention(e: MergedEvent, x: Mention): void {
  e.mentions.push(x);
  const { index } = e;
  index.speakerKeys.add(x.speakerKey);
  if (x.date && x.date.precision === "day") index.dayVoices.add(voiceKey(x.date.date, sortedKey(x.actor), x.speakerLevel === "state"));
  index.sides.add(voiceKey(sortedKey(x.actor), x.speakerLevel === "state"));
  listOf(index.bySentence, x.index).push(x);
}

/** Whether one of the event's mentions is in the same voice as `m` (`e.mentions.some((x) => sameVoice(x, m))`). */
function hasSameVoice(e: MergedEvent, m: Mention): boolean {
  if (e.index.speakerKeys.has(m.speakerKey)) return true;
  return !!m.date && e.index.dayVoices.has(voiceKey(m.date.date, sortedKey(m.actor), m.speakerLevel !== "state"));
}

const PRECISION_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };

function span(d: DateMention): [string, string] {
  return [d.date, d.lastDay];
}

function datesCompatible(a?: DateMention, b?: DateMention): boolean {
  if (!a || !b) return true;
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return as <= be && bs <= ae;
}

const sortedKey = (codes: string[]) => [...codes].sort().join(";");

function partiesMatch(e: MergedEvent, m: Mention): boolean {
  const a = e.anchor;
  if (a.symmetric || m.symmetric || a.undirected || m.undirected) {
    const pa = sortedKey([...e.actor, ...e.target]);
    const pm = sortedKey([...m.actor, ...m.target]);
    if (pa === pm) return true;
    // A mention naming only the actor ("Putin's June 19 visit") fits an event with a target;
    // a mutual act told by one of its sides ("at the start of their talks", Russian side) too.
    if (m.target.length === 0 && sortedKey(m.actor) === sortedKey(e.actor)) return true;
    return (a.symmetric || m.symmetric) && m.target.length === 0 && m.actor.every((c) => e.actor.includes(c) || e.target.includes(c));
  }
  if (sortedKey(e.actor) !== sortedKey(m.actor)) return false;
  // One speaker's accusation told over two sentences may name its targets differently.
  if (m.speech && m.speakerKey && hasSameVoice(e, m) && intersects(e.target, m.target)) return true;
  return e.target.length === 0 || m.target.length === 0 || sortedKey(e.target) === sortedKey(m.target);
}

/** The same speaker, or a state and its own official or body on the same day ("the Pentagon said on Monday", its spokeswoman). */
function sameVoice(x: Mention, m: Mention): boolean {
  if (x.speakerKey === m.speakerKey) return true;
  const sameDay = !!x.date && !!m.date && x.date.precision === "day" && x.date.date === m.date.date;
  return sameDay && sortedKey(x.actor) === sortedKey(m.actor) && (x.speakerLevel === "state") !== (m.speakerLevel === "state");
}

function speakersMatch(e: MergedEvent, m: Mention): boolean {
  if (!m.speech) return true;
  if (m.speakerKey && hasSameVoice(e, m)) return true;
  if (e.date || m.date) return false;
  // "Washington has warned …" and Sullivan's "they will pay a price": the state and its official.
  // Likewise a state and its state media or ministry ("North Korea threatened …", KCNA's commentary).
  return e.index.sides.has(voiceKey(sortedKey(m.actor), m.speakerLevel !== "state"));
}

function compatible(e: MergedEvent, m: Mention): boolean {
  if (e.anchor.type !== m.type) return false;
  // One sentence, one actor, one act, unless it tells a plan beside a deed ("has sent
  // troops to Russia and will likely deploy them to fight in Ukraine").
  const samePlan = (e.status === "planned") === (m.status === "planned") || !m.target.length || !e.target.length || sortedKey(e.target) === sortedKey(m.target);
  if (e.anchor.sentence.index === m.sentence.index && sortedKey(e.actor) === sortedKey(m.actor) && samePlan) return true;
  // "met Putin at the Kremlin … at the end of a week-long visit to Russia": one occasion.
  if (e.anchor.sentence.index === m.sentence.index && (e.anchor.symmetric || m.symmetric) && intersects([...e.actor, ...e.target], [...m.actor, ...m.target])) return true;
  // Launches, tests, drills and deployments are different acts of one type.
  if (e.anchor.type === "MOBILIZE" && e.anchor.mode !== m.mode) return false;
  if (!partiesMatch(e, m) || !speakersMatch(e, m)) return false;
  if (!datesCompatible(e.date, m.date)) return false;
  // A contested act told once as fact and once as a claim is one act, alleged.
  const same = e.status === m.status || (contestedPair(e, m) && statusClass(e.status) === statusClass(m.status));
  if (e.date && m.date) return same;
  if (!e.date && !m.date) return same;
  // An undated mention joins the dated telling of the same event.
  return same || m.status === "occurred";
}

function contestedPair(e: MergedEvent, m: Mention): boolean {
  return !!(e.anchor.entry?.contested && m.entry?.contested);
}

/** Occurred and alleged are one reality class for contested acts; planned and denied are not. */
function statusClass(s: EventStatus): string {
  return s === "alleged" ? "occurred" : s;
}

/**
 * One row per event per article: mentions of the same type between the same parties,
 * with compatible dates and status, are one event. Dated mentions come first (the most
 * precise first), so the row is anchored on the sentence that gives the date, or else on
 * the first mention.
 */
function mergeMentions(mentions: Mention[]): MergedEvent[] {
  const order = [...mentions].sort((a, b) => {
    const ra = a.date ? PRECISION_RANK[a.date.precision] : 9;
    const rb = b.date ? PRECISION_RANK[b.date.precision] : 9;
    return ra - rb || a.sentence.start + a.ts - (b.sentence.start + b.ts);
  });
  const events: MergedEvent[] = [];
  // Only events of the mention's type can take it (compatible), and an event's type is its first mention's.
  const eventsOfType = new Map<PloverType, MergedEvent[]>();
  for (const m of order) {
    const fits = (eventsOfType.get(m.type) ?? []).filter((e) => compatible(e, m));
    const best = fits.sort((x, y) => rankFit(x, m) - rankFit(y, m))[0];
    if (best) {
      addMention(best, m);
      if (contestedPair(best, m) && m.status === "alleged") best.status = "alleged";
      // "Blinken said … were sent … and condemned the deployment": the speech verb's own
      // mention is the row, with the parties of both.
      if (best.anchor.rule === "derived-accusation" && m.entry?.speech && m.sentence.index === best.anchor.sentence.index) {
        best.anchor = m;
        best.target = [...new Set([...m.target, ...best.target])].filter((c) => !best.actor.includes(c));
      }
      if (best.target.length === 0 && m.target.length > 0) best.target = m.target;
      if (best.anchor.undirected && !m.undirected && m.type === "AID" && m.target.length > 0) {
        best.actor = m.actor;
        best.target = m.target;
      }
      if (best.anchor.sentence.index === m.sentence.index && !m.speech) best.target = [...new Set([...best.target, ...m.target])].filter((c) => !best.actor.includes(c));
      if (!best.location && m.location) best.location = m.location;
      continue;
    }
    const event = newEvent(m);
    events.push(event);
    listOf(eventsOfType, m.type).push(event);
  }
  return events;
}

function rankFit(e: MergedEvent, m: Mention): number {
  let rank = 0;
  if (e.status !== m.status) rank += 4;
  if (e.anchor.mode !== m.mode) rank += 2;
  rank += Math.abs(e.anchor.sentence.index - m.sentence.index) / 1000;
  return rank;
}

/**
 * Undated events take a date from the occasion they continue: a statement's next sentence
 * by the same side ("Pak … warned that …" after "On June 24, … criticized …"), or an act
 * told in the same sentence as a dated one by the same actor ("travelled … in a bid to …").
 */
function inheritContextDates(events: MergedEvent[]): void {
  const bySentence = new Map<number, MergedEvent[]>();
  for (const e of events) for (const m of e.mentions) listOf(bySentence, m.index).push(e);
  for (const e of events) {
    if (e.date) continue;
    const a = e.anchor;
    if (undatable(a.sentence.text, a.ts) || /\blater\b/i.test(a.sentence.text.slice(0, a.ts))) continue;
    // Same sentence: an act whose purpose this is, by the same actor, told just before.
    const sibling = (bySentence.get(a.index) ?? []).find((o) => o !== e && o.date && sortedKey(o.actor) === sortedKey(e.actor) && (o.index.bySentence.get(a.index) ?? []).some((m) => m.ts < a.ts && a.ts - m.te < 40));
    if (sibling) {
      e.date = sibling.date;
      e.dateBasis = "context";
      continue;
    }
    if (!a.speech && !a.attributed) continue;
    // The occasion it continues: a dated statement by the same side one or two sentences before.
    for (let back = 1; back <= 2 && !e.date; back++) {
      const prior = (bySentence.get(a.index - back) ?? []).find((o) => o.date && o.anchor.speech && o.anchor.index === a.index - back && sortedKey(o.actor) === sortedKey(e.actor));
      if (prior) {
        e.date = prior.date;
        e.dateBasis = "context";
      }
    }
  }
}

// ── Rows ────────────────────────────────────────────────────────────────────────────────

function toRow(doc: ArticleDoc, e: MergedEvent, res: EventResources): EventRow {
  const a = e.anchor;
  const d = e.date;
  const date = d?.date ?? "";
  // A stated range ends on its last day ("from August to January" → 31 January).
  const dateEnd = d && d.dateEnd ? d.lastDay : "";
  return {
    event_id: "",
    article_id: doc.article.id,
    date,
    date_end: dateEnd,
    date_precision: d?.precision ?? "",
    date_text: d?.text ?? "",
    event_type: a.type,
    event_mode: a.mode,
    actor: e.actor.join(";"),
    target: e.target.join(";"),
    status: e.status,
    location: e.location,
    summary: summarise({ type: a.type, mode: a.mode, joint: a.entry?.joint ?? false, actor: e.actor, target: e.target, location: e.location, status: e.status }, res.summaries, res.gazetteer),
    evidence: a.sentence.text,
    char_start: a.sentence.start,
    char_end: a.sentence.end,
    date_basis: d ? e.dateBasis : "none",
    mentions: new Set(e.mentions.map((m) => m.index)).size,
    rule: [...new Set(e.mentions.map((m) => m.rule))].join(";"),
  };
}
