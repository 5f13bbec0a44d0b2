/**
 * Speakers: reads the noun phrase that names who speaks ("NSC coordinator for strategic
 * communications John Kirby", "an unidentified vice president of the ministry's …",
 * "he", "the network", "Washington and Seoul") and resolves it against the article:
 * pronouns to the last fitting speaker, surnames to the fullest name, definite
 * descriptions to the speaker they take up, and descriptions to the named person the
 * article identifies with them. Country codes come from the actor gazetteer.
 */
import { joinCodes, type Actor, type ActorMention } from "./actors.ts";
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

const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;
const DETERMINERS = new Set(["the", "a", "an", "some", "several", "many", "other"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const FUNCTION_WORDS = new Set(["of", "at", "for", "the", "a", "an", "and", "in", "on", "to", "from", "with"]);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

function words(text: string): Array<{ w: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
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
  const base = {
    mentions,
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
}

const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4}/gu;

export function articlePeople(raw: string, bodyStart: number, lex: StatementLexicon): ArticlePeople {
  const named = lex.gazetteer.find(raw.slice(bodyStart), bodyStart).filter((m) => !m.demonym);
  const mentions = named.filter((m) => m.actor.kind === "person");
  // Bodies and media by their proper names only ("Korean Central News Agency", not "state media KCNA").
  const properNames = named.filter((m) => m.actor.kind !== "person" && m.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w === "of"));
  const runs = [...raw.slice(bodyStart).matchAll(NAME_RUN)].map((m) => ({ text: m[0], start: bodyStart + m.index! }));
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
  return {
    antecedent(head, before) {
      // Capitalised modifiers then the head, with an "of" complement: "A United Nations panel of experts".
      const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4})${escape(head)}((?:\\s+of\\s+\\p{Ll}+)?)\\b`, "gu");
      let found = "";
      for (const m of raw.slice(bodyStart, before).matchAll(pattern)) found = `${m[1]}${head}${m[2]}`.replace(/^(?:A|An|The)\s+/, "");
      return found;
    },
    fullest(actor) {
      const texts = (actor.kind === "person" ? mentions : properNames).filter((m) => m.actor === actor).map((m) => m.text.replace(/^(?:the|The)\s+/, ""));
      return texts.sort((a, b) => b.length - a.length)[0] ?? actor.name;
    },
    expand(name, before) {
      const parts = name.split(/\s+/);
      if (parts.length > 1) return name;
      const hits = runs.filter((r) => {
        const ws = r.text.split(" ").filter((w) => !lex.titleWords.has(w.toLowerCase()));
        return ws.length > 1 && (ws[0] === name || ws[ws.length - 1] === name);
      });
      const earlier = hits.filter((r) => r.start < before);
      const pick = (earlier.length ? earlier[earlier.length - 1] : hits[0])?.text;
      return pick ? pick.split(" ").filter((w) => !lex.titleWords.has(w.toLowerCase())).join(" ") : name;
    },
    roleOf(name, actor) {
      const spans = actor ? mentions.filter((m) => m.actor === actor) : runs.filter((r) => r.text.endsWith(name)).map((r) => ({ start: r.start + r.text.length - name.length, end: r.start + r.text.length }));
      for (const span of spans) {
        const role = roleAt(span.start, span.end);
        if (role) return role;
      }
      return "";
    },
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
  allPhrases: Array<{ analysed: Analysed; at: number; phrase: SpeakerPhrase }>,
  // The caller may have analysed the phrase already (analysis is pure, and costly).
  a: Analysed = analysePhrase(phrase, lex),
): ResolvedSpeaker | undefined {
  const prev = [...history.previous].reverse();
  if (a.kind === "pronoun") {
    if (a.pronoun === "he" || a.pronoun === "she" || a.pronoun === "i") return prev.find((p) => !p.resolved.plural && (p.resolved.kind === "person" || p.resolved.kind === "description"))?.resolved;
    if (a.pronoun === "they" || a.pronoun === "we") return prev.find((p) => p.resolved.plural)?.resolved;
    return prev.find((p) => p.resolved.kind === "body" || p.resolved.kind === "media")?.resolved;
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
    const same = !a.plural && !a.role && a.body ? prev.find((p) => p.resolved.actor === a.body!.actor && p.resolved.kind === a.kind) : undefined;
    if (same && same.resolved.speaker.length > stripLeadingThe(a.text).length) return same.resolved;
    const speaker = a.kind === "media" && a.body ? people.fullest(a.body.actor) || a.body.actor.name : a.role ? a.body!.text : stripLeadingThe(a.text);
    const name = a.kind === "media" && a.body ? bestMediaName(a.body.actor, people) : speaker;
    return { speaker: name, role: a.role, country: phraseCountry(a, lex), kind: a.kind, plural: a.plural, parties: a.number ?? 1, actor: a.plural ? undefined : a.body?.actor, description: a.text, anonymous: false };
  }
  // A description: first what it takes up, then the person the article identifies with it.
  if (a.definite) {
    const antecedent = prev.find((p) => takesUp(a, p.resolved, p.via, lex));
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

const stripLeadingThe = (text: string) => text.replace(/^The\s+/, "the ");
const lowerArticle = (text: string) => text.replace(/^(The|A|An|Some)\b/, (m) => m.toLowerCase());

/** Whether a definite description ("the network", "the three allies", "the statement") takes up an earlier speaker. */
function takesUp(a: Analysed, earlier: ResolvedSpeaker, via: string, lex: StatementLexicon): boolean {
  if (a.head === "statement" || a.head === "statements") return /\bstatement\b/i.test(via);
  if (a.number !== undefined && a.plural) return earlier.parties === a.number;
  const own = a.text.toLowerCase().replace(/^the\s+/, "");
  const theirs = `${earlier.description} ${earlier.role}`.toLowerCase();
  if (theirs.includes(own)) return true;
  // "The NSC official" takes up "a National Security Council official": same head, same body.
  const sameHead = new RegExp(`\\b${escape(a.head.replace(/s$/, ""))}s?\\b`).test(theirs);
  const bodies = a.mentions.filter((m) => !m.demonym).map((m) => m.actor);
  const theirBodies = lex.gazetteer.find(`${earlier.description} ${earlier.role}`).map((m) => m.actor);
  return sameHead && bodies.length > 0 && bodies.every((b) => theirBodies.includes(b));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The named person a description stands for, when the article identifies one: same country,
 * and the description shares a title word or a body with the person's role, or its head is
 * linked to the role ("diplomat" ~ "foreign ministry"). The nearest such person wins.
 */
function identify(a: Analysed, at: number, allPhrases: Array<{ analysed: Analysed; at: number; phrase: SpeakerPhrase }>, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  if (!lex.speakerHeads.has(a.head)) return undefined;
  const country = joinCodes(a.mentions.map((m) => m.actor.code));
  const ownWords = new Set(words(a.text.toLowerCase()).map(({ w }) => w.replace(/s$/, "")).filter((w) => lex.roleWords.has(w) && !DETERMINERS.has(w) && !FUNCTION_WORDS.has(w)));
  const ownBodies = a.mentions.filter((m) => !m.demonym && m.actor.kind !== "state").map((m) => m.actor);
  const candidates = allPhrases
    .filter((p) => p.analysed.kind === "person" && p.analysed.person)
    .map((p) => {
      const actor = p.analysed.person!.actor;
      const name = actor ? people.fullest(actor) : people.expand(p.analysed.person!.name, p.at);
      // With no title in the article, a known person's usual title ("North Korean foreign minister").
      const role = p.analysed.role || appositionRole(p.phrase.apposition, lex) || people.roleOf(name, actor) || actor?.role || "";
      const code = actor?.code ?? joinCodes(lex.gazetteer.find(role).map((m) => m.actor.code)).split(";")[0] ?? "";
      return { name, role, code, actor, at: p.at };
    })
    .filter((c) => c.role && (!country || country.split(";").includes(c.code)))
    .filter((c) => {
      const roleText = c.role.toLowerCase();
      const roleWords = new Set(words(roleText).map(({ w }) => w.replace(/s$/, "")));
      const shared = [...ownWords].filter((w) => w !== a.head.replace(/s$/, "") && roleWords.has(w));
      const roleBodies = lex.gazetteer.find(c.role).map((m) => m.actor);
      const linked = (lex.roleLinks.get(a.head) ?? []).some((l) => roleText.includes(l));
      const headShared = roleWords.has(a.head.replace(/s$/, ""));
      return (headShared && shared.length > 0) || ownBodies.some((b) => roleBodies.includes(b)) || (linked && !!country);
    })
    .sort((x, y) => Math.abs(x.at - at) - Math.abs(y.at - at));
  const best = candidates[0];
  if (!best) return undefined;
  return { speaker: best.name, role: best.role, country: best.code, kind: "person", plural: false, parties: 1, actor: best.actor, description: a.text, anonymous: false };
}
