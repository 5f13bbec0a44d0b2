/**
 * Speakers: reads the noun phrase that names who speaks ("NSC coordinator for strategic
 * communications John Kirby", "an unidentified vice president of the ministry's …",
 * "he", "the network", "Washington and Seoul") and resolves it against the article:
 * pronouns to the last fitting speaker, surnames to the fullest name, definite
 * descriptions to the speaker they take up, and descriptions to the named person the
 * article identifies with them. Country codes come from the actor gazetteer.
 */
import { joinCodes, wordSpans, type Actor, type ActorMention } from "./actors.ts";
import { allMatches, escapeRegExp } from "./text.ts";
import type { StatementLexicon } from "./statement-lexicon.ts";

export type SpeakerKind = "person" | "body" | "media" | "description" | "pronoun";

export interface SpeakerPhrase {
  /** The phrase as written; offsets into the raw article. */
  text: string;
  start: number;
  end: number;
  /** An apposition after a name ("Pak Jong Chon, one of …,"), when the sentence gives one. */
  apposition?: string;
}

export interface ResolvedSpeaker {
  speaker: string;
  role: string;
  country: string;
  kind: SpeakerKind;
  plural: boolean;
  /** Number of parties a coordinated speaker names ("the US, South Korea and Japan" → 3). */
  parties: number;
  /** The gazetteer actor or the person's name, for matching later mentions. */
  actor?: Actor;
  /** The phrase's own words, for definite descriptions to match ("the vice president"). */
  description: string;
  /** True for an anonymous description that no name may replace. */
  anonymous: boolean;
}

export interface Analysed {
  kind: SpeakerKind;
  pronoun?: string;
  /** Person named in the phrase: gazetteer actor or unseen name. */
  person?: { name: string; actor?: Actor; start: number; end: number };
  /** Non-person actor heading the phrase (a body, a medium). */
  body?: ActorMention;
  mentions: ActorMention[];
  role: string;
  head: string;
  definite: boolean;
  plural: boolean;
  number?: number;
  anonymous: boolean;
  text: string;
}

const DETERMINERS = new Set(["the", "a", "an", "some", "several", "many", "other"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const FUNCTION_WORDS = new Set(["of", "at", "for", "the", "a", "an", "and", "in", "on", "to", "from", "with"]);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

function words(text: string): Array<{ w: string; start: number; end: number }> {
  // The words /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu finds, scanned by hand: this runs on tens of thousands of phrases.
  const spans = wordSpans(text, false);
  const out: Array<{ w: string; start: number; end: number }> = [];
  for (let k = 0; k < spans.length; k += 2) out.push({ w: text.slice(spans[k], spans[k + 1]), start: spans[k], end: spans[k + 1] });
  return out;
}

/** Drops a leading article ("the Pentagon" → "Pentagon") and trims punctuation. */
export function stripDeterminer(text: string): string {
  return text.replace(/^\s*(?:the|a|an)\s+/i, "").replace(/[\s,;:]+$/, "").trim();
}

/** Whether a role phrase carries a title or role word (not just "Russia's"). */
function hasRoleWord(role: string, lex: StatementLexicon): boolean {
  return words(role).some(({ w }) => {
    const l = w.toLowerCase();
    return (lex.roleWords.has(l) && !FUNCTION_WORDS.has(l) && !DETERMINERS.has(l)) || lex.titleWords.has(l.replace(/['’]s$/, "")) && !FUNCTION_WORDS.has(l) && l.length > 3;
  });
}

/** Analyses a speaker phrase on its own, without the article. */
export function analysePhrase(phrase: SpeakerPhrase, lex: StatementLexicon): Analysed {
  const text = phrase.text.trim();
  const ws = words(text);
  const first = ws[0]?.w.toLowerCase() ?? "";
  const last = ws[ws.length - 1]?.w ?? "";
  const head = last.toLowerCase();
  const mentions = lex.gazetteer.find(text);
  const anonymous = ws.some(({ w }) => lex.anonymous.has(w.toLowerCase()));
  const numberWord = ws.find(({ w }) => lex.numbers.has(w.toLowerCase()));
  // Every field the results below set is already in `base`: V8 copies a spread that only
  // overrides fields quickly, but one that adds fields costs microseconds per call.
  const base: Analysed = {
    kind: "description",
    pronoun: undefined,
    person: undefined,
    body: undefined,
    mentions,
    role: "",
    head,
    definite: first === "the",
    plural: /[^s]s$/i.test(head) && !isCapitalised(last),
    number: numberWord ? lex.numbers.get(numberWord.w.toLowerCase()) : undefined,
    anonymous,
    text,
  };
  if (ws.length === 1 && PRONOUNS.has(first)) return { ...base, kind: "pronoun", pronoun: first, role: "", plural: first === "they" || first === "we" };
  // "Senior officials of South Korea, the US and Japan", "a spokesman for the ministry": the head comes before "of".
  const ofHead = ws.findIndex((w, i) => i < ws.length - 1 && lex.speakerHeads.has(w.w.toLowerCase()) && ["of", "for", "at", "from"].includes(ws[i + 1].w.toLowerCase()));
  if (ofHead >= 0 && !mentions.some((m) => m.actor.kind === "person" && !m.demonym)) {
    const h = ws[ofHead].w.toLowerCase();
    return { ...base, kind: "description", role: "", head: h, plural: /[^s]s$/.test(h) };
  }

  // A named person: the last person the gazetteer knows, or an unseen capitalised name at the end.
  const people = mentions.filter((m) => m.actor.kind === "person" && !m.demonym);
  const lastPerson = people[people.length - 1];
  if (lastPerson && lastPerson.end >= text.length - 2) {
    return { ...base, kind: "person", person: { name: lastPerson.text, actor: lastPerson.actor, start: lastPerson.start, end: lastPerson.end }, role: premodRole(text.slice(0, lastPerson.start), lex), plural: false };
  }
  const bodies = mentions.filter((m) => !m.demonym && m.actor.kind !== "person");
  const lastBody = bodies[bodies.length - 1];
  const endsWithBody = lastBody && lastBody.end >= text.replace(/[\s’']+$/, "").length;
  if (endsWithBody) {
    const role = premodRole(text.slice(0, lastBody.start), lex);
    const coordinated = bodies.length > 1 && !role;
    return { ...base, kind: lastBody.actor.kind === "media" ? "media" : "body", body: lastBody, role, plural: coordinated, number: coordinated ? bodies.length : base.number };
  }
  if (lex.speakerHeads.has(head) || lex.speakerHeads.has(head.replace(/s$/, ""))) {
    return { ...base, kind: "description", role: "" };
  }
  // An unseen name: trailing capitalised words that are not titles or known actors.
  const nameStart = unseenNameStart(text, ws, mentions, lex);
  if (nameStart !== undefined) {
    const name = text.slice(nameStart).replace(/[’']$/, "").trim();
    return { ...base, kind: "person", person: { name, start: nameStart, end: nameStart + name.length }, role: premodRole(text.slice(0, nameStart), lex), plural: false };
  }
  return { ...base, kind: "description", role: "" };
}

/** Where a trailing unseen personal name begins in a phrase, if it ends in one. */
function unseenNameStart(text: string, ws: ReturnType<typeof words>, mentions: ActorMention[], lex: StatementLexicon): number | undefined {
  let i = ws.length - 1;
  let start: number | undefined;
  while (i >= 0) {
    const { w } = ws[i];
    const inActor = mentions.some((m) => ws[i].start >= m.start && ws[i].end <= m.end);
    if (!isCapitalised(w) || inActor || lex.titleWords.has(w.toLowerCase()) || /['’]s$/.test(w)) break;
    start = ws[i].start;
    i--;
  }
  if (start === undefined) return undefined;
  // "The" or a lone title at the start is not a name.
  return /^(?:The|A|An)\b/.test(text.slice(start)) ? undefined : start;
}

/** The title before a name ("Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov"), without its article. */
export function premodRole(before: string, lex: StatementLexicon): string {
  const role = stripDeterminer(before.trim());
  return role && hasRoleWord(role, lex) ? role : "";
}

/** The role an apposition gives ("one of North Korea's top military officials"), unless it is a relative clause. */
export function appositionRole(apposition: string | undefined, lex: StatementLexicon): string {
  if (!apposition) return "";
  const text = apposition.trim();
  if (/^(?:which|who|whose|that|where|when)\b/i.test(text)) return "";
  // "Its vice foreign minister, Kim Jong Gyu": the possessive points elsewhere; the title is the role.
  const role = text.replace(/^(?:a|an|the|its|their|his|her)\s+/i, "");
  return hasRoleWord(role, lex) ? role : "";
}

/**
 * The code a role speaks for: the first actor it names, but not a place it is in
 * ("a researcher at the Asan Institute in Seoul" speaks for no state).
 */
function roleCountry(role: string, lex: StatementLexicon): string {
  const found = lex.gazetteer.find(role).filter((m) => !/\b(?:in|near|outside|based in)\s+$/i.test(role.slice(Math.max(0, m.start - 12), m.start)));
  return found[0]?.actor.code ?? "";
}

/** Country codes a description or body phrase speaks for. */
function phraseCountry(a: Analysed, lex: StatementLexicon): string {
  if (a.body) return a.plural ? joinCodes(a.mentions.filter((m) => !m.demonym).map((m) => m.actor.code)) : a.body.actor.code;
  const independent = lex.independentHeads.has(a.head);
  if (independent && a.mentions.length === 0) return "";
  return joinCodes(a.mentions.map((m) => m.actor.code));
}

/** Everything the article tells about its people: fullest names and roles. */
export interface ArticlePeople {
  /** The fullest form of a gazetteer person's name the article gives. */
  fullest(actor: Actor): string;
  /** The fullest capitalised name in the article that contains a surname or given name. */
  expand(name: string, before: number): string;
  /** The fuller name an earlier sentence gives a body that a definite description takes up ("the panel" → "United Nations panel of experts"). */
  antecedent(head: string, before: number): string;
  /** The role the article gives a person in a title or apposition, "" when none. */
  roleOf(name: string, actor?: Actor): string;
  /** Every mention of a person of the gazetteer, speaking or not ("Russian President Vladimir Putin met Kim"). */
  personMentions(): Array<{ actor: Actor; at: number }>;
}

const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4}/gu;

/**
 * The people (and named bodies) of an article. `actors` are the gazetteer's mentions in the
 * body, when the caller has them already (the analysis layer's reading); else they are found here.
 */
export function articlePeople(raw: string, bodyStart: number, lex: StatementLexicon, actors?: readonly ActorMention[]): ArticlePeople {
  const named = (actors ?? lex.gazetteer.find(raw.slice(bodyStart), bodyStart)).filter((m) => !m.demonym);
  const mentions = named.filter((m) => m.actor.kind === "person");
  // Bodies and media by their proper names only ("Korean Central News Agency", not "state media KCNA").
  const properNames = named.filter((m) => m.actor.kind !== "person" && m.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w === "of"));
  const runs = allMatches(NAME_RUN, raw.slice(bodyStart)).map((m) => ({ text: m[0], start: bodyStart + m.index }));
  // Every lookup below runs once per speaker phrase: indexed once, so a long article costs linear time.
  const byActor = groupBy([...mentions, ...properNames], (m) => m.actor);
  const runsByName = nameRunIndex(runs, lex);
  const antecedents = new Map<string, (before: number) => string>();
  const fullestNames = new Map<Actor, string>();
  const rolesByActor = new Map<Actor, string>();
  const rolesByName = new Map<string, string>();
  const roleAt = (start: number, end: number): string => {
    // A title before the name, then an apposition after it.
    const lineStart = Math.max(raw.lastIndexOf("\n", start), bodyStart);
    const before = raw.slice(Math.max(lineStart, start - 120), start);
    const pre = /(?:^|[,.;:"“”(]\s*|\b(?:the|a|an|by|of|with|and|that|to|for)\s+)((?:[\p{L}\p{N}’'.-]+\s+){1,8})$/iu.exec(before);
    if (pre) {
      const candidate = trimTitle(pre[1], lex);
      if (candidate && hasRoleWord(candidate, lex)) return candidate;
    }
    const after = /^,\s+([^,.;]{3,120}?)(?:,|\.(?:\s|$)|$)/u.exec(raw.slice(end, end + 160));
    return after ? appositionRole(after[1], lex) : "";
  };
  const firstRole = (spans: Array<{ start: number; end: number }>): string => {
    for (const span of spans) {
      const role = roleAt(span.start, span.end);
      if (role) return role;
    }
    return "";
  };
  return {
    personMentions: () => mentions.map((m) => ({ actor: m.actor, at: m.start })),
    antecedent(head, before) {
      let find = antecedents.get(head);
      if (!find) antecedents.set(head, (find = antecedentFinder(raw, bodyStart, head)));
      return find(before);
    },
    fullest(actor) {
      let name = fullestNames.get(actor);
      if (name === undefined) {
        // Persons by any mention, bodies by their proper names (byActor holds only those).
        const texts = (byActor.get(actor) ?? []).map((m) => m.text.replace(/^(?:the|The)\s+/, ""));
        name = texts.sort((a, b) => b.length - a.length)[0] ?? actor.name;
        fullestNames.set(actor, name);
      }
      return name;
    },
    expand(name, before) {
      const parts = name.split(/\s+/);
      if (parts.length > 1) return name;
      const hits = runsByName.get(name);
      if (!hits) return name;
      // The last run before the phrase, else the first in the article.
      const k = lastBefore(hits, (h) => h.start < before);
      return (k >= 0 ? hits[k] : hits[0]).name;
    },
    roleOf(name, actor) {
      // A person's role does not depend on where they are named: found once per person.
      if (actor) {
        let role = rolesByActor.get(actor);
        if (role === undefined) rolesByActor.set(actor, (role = firstRole(byActor.get(actor)?.filter((m) => m.actor.kind === "person") ?? [])));
        return role;
      }
      let role = rolesByName.get(name);
      if (role === undefined) {
        const spans = runs.filter((r) => r.text.endsWith(name)).map((r) => ({ start: r.start + r.text.length - name.length, end: r.start + r.text.length }));
        rolesByName.set(name, (role = firstRole(spans)));
      }
      return role;
    },
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Index of the last item satisfying `test`, for items where it holds for a prefix; -1 when none. */
function lastBefore<T>(items: T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Capitalised runs of two or more words (titles left out) by their first and last word,
 * in article order: the fuller names a lone surname or given name may stand for.
 */
function nameRunIndex(runs: Array<{ text: string; start: number }>, lex: StatementLexicon): Map<string, Array<{ start: number; name: string }>> {
  const index = new Map<string, Array<{ start: number; name: string }>>();
  for (const r of runs) {
    // Most runs are one capitalised word, which names nothing fuller.
    if (!r.text.includes(" ")) continue;
    const ws: string[] = [];
    for (const w of r.text.split(" ")) if (!lex.titleWords.has(w.toLowerCase())) ws.push(w);
    if (ws.length < 2) continue;
    const hit = { start: r.start, name: ws.join(" ") };
    // Indexed by its first and its last word (once when they are the same).
    pushTo(index, ws[0], hit);
    if (ws[ws.length - 1] !== ws[0]) pushTo(index, ws[ws.length - 1], hit);
  }
  return index;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds the last fuller name of a body before an offset: capitalised modifiers then the
 * head, with an "of" complement ("A United Nations panel of experts"). The matches over
 * the whole body are found once; those ending before the offset are the ones a search of
 * the text up to it finds, unless a match straddles the offset or "\b" reads the word
 * after it — then the text up to the offset is searched as before.
 */
function antecedentFinder(raw: string, bodyStart: number, head: string): (before: number) => string {
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4})${escapeRegExp(head)}((?:\\s+of\\s+\\p{Ll}+)?)\\b`, "gu");
  const text = (m: RegExpMatchArray) => `${m[1]}${head}${m[2]}`.replace(/^(?:A|An|The)\s+/, "");
  const matches = [...raw.slice(bodyStart).matchAll(pattern)].map((m) => ({ start: bodyStart + m.index!, end: bodyStart + m.index! + m[0].length, text: text(m) }));
  return (before) => {
    const k = lastBefore(matches, (m) => m.end <= before);
    const next = matches[k + 1];
    if ((next && next.start < before) || /\w/.test(raw[before] ?? "")) {
      let found = "";
      for (const m of raw.slice(bodyStart, before).matchAll(pattern)) found = text(m);
      return found;
    }
    return k >= 0 ? matches[k].text : "";
  };
}

/** Keeps the title-like tail of a phrase before a name ("… said Russian Defense Minister" → "Russian Defense Minister"). */
function trimTitle(phrase: string, lex: StatementLexicon): string {
  const ws = phrase.trim().split(/\s+/);
  let i = ws.length;
  while (i > 0) {
    const w = ws[i - 1];
    const l = w.toLowerCase().replace(/['’]s$/, "");
    if (isCapitalised(w) || lex.roleWords.has(l) || lex.titleWords.has(l) || /['’]s$/.test(w)) i--;
    else break;
  }
  const kept = ws.slice(i);
  while (kept.length && DETERMINERS.has(kept[0].toLowerCase())) kept.shift();
  return kept.join(" ");
}

/** Context for resolving speakers across an article, in reading order. */
export interface SpeakerHistory {
  /** Speakers resolved so far, in order, with where they spoke. */
  previous: Array<{ resolved: ResolvedSpeaker; at: number; via: string }>;
}

/** Resolves a phrase against the speakers before it and the article's people. */
export function resolveSpeaker(
  phrase: SpeakerPhrase,
  history: SpeakerHistory,
  people: ArticlePeople,
  lex: StatementLexicon,
  allPhrases: PhraseList,
  // The caller may have analysed the phrase already (analysis is pure, and costly).
  a: Analysed = analysePhrase(phrase, lex),
): ResolvedSpeaker | undefined {
  // The nearest earlier speaker that fits: findLast searches backwards in place, since the history grows with the article.
  const previous = history.previous;
  if (a.kind === "pronoun") {
    if (a.pronoun === "he" || a.pronoun === "she" || a.pronoun === "i") return findLast(previous, (p) => !p.resolved.plural && (p.resolved.kind === "person" || p.resolved.kind === "description"))?.resolved;
    if (a.pronoun === "they" || a.pronoun === "we") return findLast(previous, (p) => p.resolved.plural)?.resolved;
    // "it" takes up a body, named or described ("the foreign ministry said … It added …").
    return findLast(previous, (p) => p.resolved.kind === "body" || p.resolved.kind === "media" || (p.resolved.kind === "description" && !p.resolved.plural && lex.bodyHeads.has(lastWord(p.resolved.description))))?.resolved;
  }
  if (a.kind === "person" && a.person) {
    const actor = a.person.actor;
    const name = actor ? people.fullest(actor) : people.expand(a.person.name, phrase.start);
    const role = a.role || appositionRole(phrase.apposition, lex) || people.roleOf(name, actor);
    const fromRole = roleCountry(role, lex);
    return { speaker: name, role, country: actor ? actor.code : fromRole, kind: "person", plural: false, parties: 1, actor, description: a.text, anonymous: false };
  }
  if (a.kind === "body" || a.kind === "media") {
    // "the NIS" after "South Korea's National Intelligence Service": one body, named as fully as before.
    const same = !a.plural && !a.role && a.body ? findLast(previous, (p) => p.resolved.actor === a.body!.actor && p.resolved.kind === a.kind) : undefined;
    if (same && same.resolved.speaker.length > stripLeadingThe(a.text).length) return same.resolved;
    const speaker = a.kind === "media" && a.body ? people.fullest(a.body.actor) || a.body.actor.name : a.role ? a.body!.text : stripLeadingThe(a.text);
    // "the NIS", "South Korea's spy agency": a body named by an alias alone takes its full name, as an outlet does.
    const aliasOnly = !!a.body && a.body.actor.kind !== "state" && !a.role && !a.plural && stripDeterminer(a.text) === stripDeterminer(a.body.text);
    const full = a.body && (a.kind === "media" || aliasOnly) ? bestMediaName(a.body.actor, people) : speaker;
    const name = a.kind !== "media" && full.length <= stripDeterminer(speaker).length ? speaker : full;
    return { speaker: name, role: a.role, country: phraseCountry(a, lex), kind: a.kind, plural: a.plural, parties: a.number ?? 1, actor: a.plural ? undefined : a.body?.actor, description: a.text, anonymous: false };
  }
  // A description: first what it takes up, then the person the article identifies with it.
  if (a.definite) {
    const antecedent = findLast(previous, (p) => takesUp(a, p.resolved, p.via, lex));
    if (antecedent) return antecedent.resolved;
  }
  if (!a.anonymous && !a.plural) {
    const named = identify(a, phrase.start, allPhrases, people, lex);
    if (named) return named;
  }
  if (a.definite && !a.plural && lex.bodyHeads.has(a.head) && a.mentions.length === 0 && /^the \S+$/i.test(a.text)) {
    const fuller = people.antecedent(a.head, phrase.start);
    if (fuller) return { speaker: fuller, role: "", country: roleCountry(fuller, lex), kind: "body", plural: false, parties: 1, description: a.text, anonymous: false };
  }
  const role = a.plural || lex.bodyHeads.has(a.head) ? "" : stripDeterminer(a.text.replace(new RegExp(`\\b(?:${[...lex.anonymous].join("|")})\\s+`, "gi"), ""));
  return { speaker: lowerArticle(a.text), role, country: phraseCountry(a, lex), kind: "description", plural: a.plural, parties: a.number ?? 1, description: a.text, anonymous: a.anonymous };
}

function bestMediaName(actor: Actor, people: ArticlePeople): string {
  const name = people.fullest(actor);
  return name.length >= actor.name.length ? name : actor.name;
}

const lastWord = (text: string) => text.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
const stripLeadingThe = (text: string) => text.replace(/^The\s+/, "the ");
const lowerArticle = (text: string) => text.replace(/^(The|A|An|Some)\b/, (m) => m.toLowerCase());

/** Whether a definite description ("the network", "the three allies", "the statement") takes up an earlier speaker. */
function takesUp(a: Analysed, earlier: ResolvedSpeaker, via: string, lex: StatementLexicon): boolean {
  if (a.head === "statement" || a.head === "statements") return /\bstatement\b/i.test(via);
  if (lex.mediaHeads.has(a.head) && earlier.kind === "media" && a.mentions.length === 0) return true;
  if (a.number !== undefined && a.plural) return earlier.parties === a.number;
  const own = a.text.toLowerCase().replace(/^the\s+/, "");
  const theirs = `${earlier.description} ${earlier.role}`.toLowerCase();
  if (theirs.includes(own)) return true;
  // "The NSC official" takes up "a National Security Council official": same head, same body.
  const sameHead = new RegExp(`\\b${escapeRegExp(a.head.replace(/s$/, ""))}s?\\b`).test(theirs);
  const bodies = a.mentions.filter((m) => !m.demonym).map((m) => m.actor);
  const theirBodies = lex.gazetteer.find(`${earlier.description} ${earlier.role}`).map((m) => m.actor);
  return sameHead && bodies.length > 0 && bodies.every((b) => theirBodies.includes(b));
}

/** The last item satisfying `test`, searched from the end (the ES2022 library has no Array#findLast). */
export function findLast<T>(items: readonly T[], test: (item: T) => unknown): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}


/**
 * The named person a description stands for, when the article identifies one: same country,
 * and the description shares a title word or a body with the person's role, or its head is
 * linked to the role ("diplomat" ~ "foreign ministry"). The nearest such person wins.
 */
type PhraseList = Array<{ analysed: Analysed; at: number; phrase: SpeakerPhrase }>;

/** The article's named persons as candidates, grouped by role and country, with each group sorted by position. */
interface CandidateGroup {
  role: string;
  code: string;
  roleWords: Set<string>;
  roleBodies: Actor[];
  /** By position, then by reading order (`order`). */
  members: Array<{ name: string; actor?: Actor; at: number; order: number }>;
}

/** Candidates depend only on the article: built once per phrase list, not once per description. */
const candidateCache = new WeakMap<PhraseList, CandidateGroup[]>();

function candidateGroups(allPhrases: PhraseList, people: ArticlePeople, lex: StatementLexicon): CandidateGroup[] {
  const cached = candidateCache.get(allPhrases);
  if (cached) return cached;
  const groups = new Map<string, CandidateGroup>();
  const add = (role: string, code: string, member: CandidateGroup["members"][number]) => {
    const key = `${role}\u0000${code}`;
    let group = groups.get(key);
    if (!group) {
      const roleWords = new Set(words(role.toLowerCase()).map(({ w }) => w.replace(/s$/, "")));
      groups.set(key, (group = { role, code, roleWords, roleBodies: lex.gazetteer.find(role).map((m) => m.actor), members: [] }));
    }
    group.members.push(member);
  };
  allPhrases.forEach((p, order) => {
    if (p.analysed.kind !== "person" || !p.analysed.person) return;
    const actor = p.analysed.person.actor;
    const name = actor ? people.fullest(actor) : people.expand(p.analysed.person.name, p.at);
    // With no title in the article, a known person's usual title ("North Korean foreign minister").
    const role = p.analysed.role || appositionRole(p.phrase.apposition, lex) || people.roleOf(name, actor) || actor?.role || "";
    if (role) add(role, actor?.code ?? roleCountry(role, lex), { name, actor, at: p.at, order });
  });
  // People the article names without quoting them can be who a description takes up later
  // ("Russian President Vladimir Putin met Kim. … The Russian president told reporters").
  people.personMentions().forEach(({ actor, at }, k) => {
    const role = people.roleOf(actor.name, actor) || actor.role;
    if (role) add(role, actor.code, { name: people.fullest(actor), actor, at, order: allPhrases.length + k });
  });
  const list = [...groups.values()];
  for (const g of list) g.members.sort((x, y) => x.at - y.at || x.order - y.order);
  candidateCache.set(allPhrases, list);
  return list;
}

/** The member nearest to `at`, the earlier in reading order on a tie. */
function nearestMember(members: CandidateGroup["members"], at: number): CandidateGroup["members"][number] {
  const firstAt = (pos: number) => lastBefore(members, (m) => m.at < pos) + 1;
  const above = firstAt(at);
  const options = [members[above], above > 0 ? members[firstAt(members[above - 1].at)] : undefined].filter((m) => m !== undefined);
  return options.reduce((best, m) => {
    const d = Math.abs(m.at - at) - Math.abs(best.at - at);
    return d < 0 || (d === 0 && m.order < best.order) ? m : best;
  });
}

/**
 * The named person a description stands for, when the article identifies one: same country,
 * and the description shares a title word or a body with the person's role, or its head is
 * linked to the role ("diplomat" ~ "foreign ministry"). The nearest such person wins.
 */
function identify(a: Analysed, at: number, allPhrases: PhraseList, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  if (!lex.speakerHeads.has(a.head)) return undefined;
  const country = joinCodes(a.mentions.map((m) => m.actor.code));
  const ownWords = new Set(words(a.text.toLowerCase()).map(({ w }) => w.replace(/s$/, "")).filter((w) => lex.roleWords.has(w) && !DETERMINERS.has(w) && !FUNCTION_WORDS.has(w)));
  const ownBodies = a.mentions.filter((m) => !m.demonym && m.actor.kind !== "state").map((m) => m.actor);
  const head = a.head.replace(/s$/, "");
  const fits = (g: CandidateGroup) => {
    if (country && !country.split(";").includes(g.code)) return false;
    const roleText = g.role.toLowerCase();
    const shared = [...ownWords].filter((w) => w !== head && g.roleWords.has(w));
    const linked = (lex.roleLinks.get(a.head) ?? []).some((l) => roleText.includes(l));
    // "the Russian president" takes up the one named with that role and country; "a Russian official" names no one.
    const definite = /^the\s/i.test(a.text) && !!country && g.code === country;
    return (g.roleWords.has(head) && (shared.length > 0 || definite)) || ownBodies.some((b) => g.roleBodies.includes(b)) || (linked && !!country);
  };
  let best: { group: CandidateGroup; member: CandidateGroup["members"][number] } | undefined;
  for (const group of candidateGroups(allPhrases, people, lex)) {
    if (!fits(group)) continue;
    const member = nearestMember(group.members, at);
    const d = best ? Math.abs(member.at - at) - Math.abs(best.member.at - at) : -1;
    if (d < 0 || (d === 0 && member.order < best!.member.order)) best = { group, member };
  }
  if (!best) return undefined;
  const { group, member } = best;
  return { speaker: member.name, role: group.role, country: group.code, kind: "person", plural: false, parties: 1, actor: member.actor, description: a.text, anonymous: false };
}
