/**
 * A speaker phrase read on its own, without the article: "NSC coordinator for strategic
 * communications John Kirby" (a person with a title), "he" (a pronoun), "the network" (a
 * description), "Washington and Seoul" (bodies); its role, head, number and countries.
 */
import { partyMembers } from "./party-members.ts";
import { partyLeaningOnly } from "./leanings.ts";
import { namedPerson } from "./kin-names.ts";
import { joinCodes, STATE_KINDS, wordSpans, type Actor, type ActorMention } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { givenAndSurname, isAcronymName } from "./name-shapes.ts";

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

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

export function words(text: string): Array<{ w: string; start: number; end: number }> {
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
export function hasRoleWord(role: string, lex: StatementLexicon): boolean {
  return words(role).some(({ w, end }) => {
    const l = w.toLowerCase();
    // "Oregon Sen.", "Gov.": a title's short form with its stop, however short, is a title.
    if (role[end] === "." && lex.speakerWords.titleAbbreviations.has(l)) return true;
    return (lex.roleWords.has(l) && !lex.speakerWords.functionWords.has(l) && !lex.speakerWords.determiners.has(l)) || lex.titleWords.has(l.replace(/['’]s$/, "")) && !lex.speakerWords.functionWords.has(l) && l.length > 3;
  });
}

/**
 * What a phrase is before its kind is known: a description with its head word, article,
 * number and the actors it names. Every field the kinds set is already here: V8 copies a
 * spread that only overrides fields quickly, but one that adds fields costs microseconds per call.
 */
function plainReading(text: string, ws: ReturnType<typeof words>, lex: StatementLexicon): Analysed {
  const last = ws[ws.length - 1]?.w ?? "";
  const head = last.toLowerCase();
  const numberWord = ws.find(({ w }) => lex.numbers.has(w.toLowerCase()));
  const mentions = [...lex.gazetteer.find(text), ...partyMembers(text, lex.gazetteer)].sort((x, y) => x.start - y.start);
  return {
    kind: "description",
    pronoun: undefined,
    person: undefined,
    body: undefined,
    mentions,
    role: "",
    head,
    definite: ws[0]?.w.toLowerCase() === "the",
    // "Delegates", "Officials" opening a sentence: a speaker's head in the plural, capitalised only there, is no name.
    plural: ((/[^s]s$/i.test(head) || lex.speakerWords.pluralHeads.has(head)) && (!isCapitalised(last) || (ws.length === 1 && pluralSpeakerHead(head, lex)))) || membersAtEnd(text, mentions),
    number: numberWord ? lex.numbers.get(numberWord.w.toLowerCase()) : undefined,
    anonymous: ws.some(({ w }) => lex.anonymous.has(w.toLowerCase())),
    text,
  };
}

/**
 * "Democrats", "House Republicans", "many Americans": a party's members or a people named by a capitalised plural
 * at the phrase's end are several, as "they" takes them up ("Democrats noted …. They said …").
 */
function membersAtEnd(text: string, mentions: ActorMention[]): boolean {
  const end = text.replace(/[\s’']+$/, "").length;
  return mentions.some((m) => m.demonym && m.end === end && /\p{Lu}\p{Ll}*[^s]s$/u.test(m.text));
}

/** Whether a word is a speaker's head in the plural ("delegates", "officials"), as a common noun is written. */
function pluralSpeakerHead(word: string, lex: StatementLexicon): boolean {
  return /[^s]s$/.test(word) && (lex.speakerHeads.has(word) || lex.speakerHeads.has(word.slice(0, -1))) && !lex.bodyHeads.has(word);
}

/** A phrase that ends with a name: the last person the gazetteer knows (or a relative of theirs), or a body. */
function nameAtEnd(text: string, ws: ReturnType<typeof words>, base: Analysed, lex: StatementLexicon): Analysed | undefined {
  const { mentions } = base;
  // A named person: the last person the gazetteer knows, or an unseen capitalised name at the end.
  const people = mentions.filter((m) => m.actor.kind === "person" && !m.demonym);
  const lastPerson = people[people.length - 1];
  const relative = lastPerson ? relatedHead(ws, lastPerson.start, lex) : undefined;
  if (relative) return { ...base, kind: "description", role: "", head: relative, plural: false };
  const person = lastPerson && lastPerson.end >= text.length - 2 ? namedPerson(text, ws, lastPerson, lex) : undefined;
  if (person) return { ...base, kind: "person", person, role: premodRole(text.slice(0, person.start), lex), plural: false };
  // "nurses near Tacna", "a clinic in Arica": a place after a location word is where the speaker is, not who.
  const bodies = mentions.filter((m) => !m.demonym && m.actor.kind !== "person" && !placedAfterNoun(text.slice(0, m.start), lex) && !tiedAfterNoun(text.slice(0, m.start), lex));
  const lastBody = bodies[bodies.length - 1];
  const endsWithBody = lastBody && lastBody.end >= text.replace(/[\s’']+$/, "").length;
  if (endsWithBody) {
    // "Both Russia and North Korea": bodies joined by a coordinator are parties together, "Both" no title.
    const joined = bodies.length > 1 && /(?:\band|\bor|,)\s*$/i.test(text.slice(0, lastBody.start));
    const role = joined ? "" : premodRole(text.slice(0, lastBody.start), lex);
    const coordinated = bodies.length > 1 && !role;
    return { ...base, kind: lastBody.actor.kind === "media" ? "media" : "body", body: lastBody, role, plural: coordinated, number: coordinated ? bodies.length : base.number };
  }
  return undefined;
}

/** Analyses a speaker phrase on its own, without the article. */
export function analysePhrase(phrase: SpeakerPhrase, lex: StatementLexicon): Analysed {
  const text = phrase.text.trim();
  const ws = words(text);
  const first = ws[0]?.w.toLowerCase() ?? "";
  const last = ws[ws.length - 1]?.w ?? "";
  const base = plainReading(text, ws, lex);
  const { head, mentions } = base;
  // "according to him": an object pronoun stands for whom its subject form would.
  const pronoun = ws.length === 1 ? lex.speakerWords.objectPronouns.get(first) ?? first : "";
  if (ws.length === 1 && lex.words.pronouns.has(pronoun)) return { ...base, kind: "pronoun", pronoun, role: "", plural: lex.speakerWords.pluralPronouns.has(pronoun) };
  // "Both", "Two": a number alone stands for parties named before, not for a person so named.
  if (ws.length === 1 && lex.numbers.has(first)) return { ...base, kind: "description", plural: true };
  const named = mentions.some((m) => m.actor.kind === "person" && !m.demonym && m.end >= text.length - 2) ? undefined : titledNameBeforeLink(text, ws, lex);
  if (named) return { ...base, ...named };
  // "the Bank of Norland governor": a body's name with its "of" modifies the person's office that ends the phrase.
  const personLast = lex.speakerHeads.has(head) && !lex.bodyHeads.has(head);
  const linked = headBeforeLink(ws, mentions, lex);
  const nameBefore = ws.length > 1 && isCapitalised(ws[ws.length - 2].w);
  const linkedHead = linked && personLast && nameBefore && lex.bodyHeads.has(linked) && !isCapitalised(last) ? undefined : linked;
  // "Minister of Foreign Affairs Tomas Vell", "Ambassador to Russia Ola Brenn": a title with its complement, then the name.
  const titledName = linkedHead ? nameAfterComplement(text, ws, mentions, lex) : undefined;
  const aide = titledName === undefined ? undefined : relatedHead(ws, titledName, lex);
  if (aide) return { ...base, kind: "description", role: "", head: aide, plural: false };
  if (titledName !== undefined) {
    const name = text.slice(titledName).replace(/[’']$/, "").trim();
    return { ...base, kind: "person", person: { name, start: titledName, end: titledName + name.length }, role: premodRole(text.slice(0, titledName), lex), plural: false };
  }
  if (linkedHead) return { ...base, kind: "description", role: "", head: linkedHead, plural: /[^s]s$/.test(linkedHead) || lex.speakerWords.pluralHeads.has(linkedHead) };

  const atEnd = nameAtEnd(text, ws, base, lex);
  if (atEnd) return atEnd;
  if (lex.speakerHeads.has(head) || lex.speakerHeads.has(head.replace(/s$/, ""))) {
    return { ...base, kind: "description", role: "" };
  }
  // "the FBI", "HUR": an acronym the gazetteer lacks names a body, not a person.
  if (isAcronymName(ws, first)) return { ...base, kind: "body", role: "", plural: false };
  // An unseen name: trailing capitalised words that are not titles or known actors.
  const nameStart = unseenNameStart(text, ws, mentions, lex);
  const unseenRelative = nameStart === undefined ? undefined : relatedHead(ws, nameStart, lex);
  if (unseenRelative) return { ...base, kind: "description", role: "", head: unseenRelative, plural: false };
  if (nameStart !== undefined) {
    const name = text.slice(nameStart).replace(/[’']$/, "").trim();
    return { ...base, kind: "person", person: { name, start: nameStart, end: nameStart + name.length }, role: premodRole(text.slice(0, nameStart), lex), plural: false };
  }
  return { ...base, kind: "description", role: "" };
}

/**
 * "Deputy Ambassador Bang Kwang Hyuk of the North Korean delegation in Geneva", "Senator Ana
 * Ruiz of Cusco": a titled name, then a link word and what the person belongs to. The person
 * speaks; the link's phrase completes the role (and gives its country), it names no speaker.
 */
function titledNameBeforeLink(text: string, ws: ReturnType<typeof words>, lex: StatementLexicon): Pick<Analysed, "kind" | "person" | "role" | "plural"> | undefined {
  const k = ws.findIndex((w, i) => i >= 2 && lex.speakerWords.headLinks.has(w.w) && isCapitalised(ws[i - 1].w));
  if (k < 0) return undefined;
  const before = text.slice(0, ws[k].start).trim();
  const a = analysePhrase({ text: before, start: 0, end: before.length }, lex);
  // A title before the name, or a person the gazetteer knows: "Bank of Norland" is no one's name.
  const titled = words(a.role).some(({ w }) => lex.titleWords.has(w.toLowerCase().replace(/\.$/, "")));
  if (a.kind !== "person" || !a.person || (!titled && !a.person.actor && !givenAndSurname(before, ws[k].w, lex))) return undefined;
  return { kind: "person", person: a.person, role: [a.role, text.slice(ws[k].start)].filter(Boolean).join(" "), plural: false };
}

/**
 * "The influential sister of North Korean leader Kim Jong Un", "an aide to President Ruiz": a
 * noun of kinship or a speaker's head, a link word, then a name with its own title. The name
 * only says whose sister or aide is meant; the head is who speaks.
 */
function relatedHead(ws: ReturnType<typeof words>, nameStart: number, lex: StatementLexicon): string | undefined {
  const before = ws.filter((w) => w.end <= nameStart);
  const titled = before.at(-1);
  if (!titled || !lex.titleWords.has(titled.w.toLowerCase())) return undefined;
  const at = before.findIndex((w, i) => {
    const l = w.w.toLowerCase();
    return i < before.length - 2 && !isCapitalised(w.w) && (lex.speakerWords.kinHeads.has(l) || lex.speakerHeads.has(l)) && lex.speakerWords.headLinks.has(before[i + 1].w.toLowerCase());
  });
  return at >= 0 ? before[at].w.toLowerCase() : undefined;
}

/**
 * A head before a link word, in a phrase that names no person: "Senior officials of South Korea,
 * the US and Japan", "a spokesman for the ministry"; a document's before "of" ("the institute's
 * latest analysis of arms sales"; "a release from X" names X).
 */
function headBeforeLink(ws: ReturnType<typeof words>, mentions: ActorMention[], lex: StatementLexicon): string | undefined {
  if (mentions.some((m) => m.actor.kind === "person" && !m.demonym)) return undefined;
  const isHead = (w: string, link: string) => (lex.speakerHeads.has(w) && lex.speakerWords.headLinks.has(link)) || (lex.speakerWords.documentHeads.has(w) && link === "of");
  // "two soldiers captured in Tacna", "a sailor held in Lima": a participle between the head and its link.
  const done = (w = "") => /^\p{Ll}+ed$/u.test(w) || [...lex.speakerWords.stateDescribedHeads.values()].some((words) => words.has(w));
  const placed = (i: number) => lex.speakerHeads.has(ws[i].w.toLowerCase()) && done(ws[i + 1]?.w) && lex.speakerWords.headLinks.has(ws[i + 2]?.w.toLowerCase() ?? "");
  const at = ws.findIndex((w, i) => i < ws.length - 1 && (isHead(w.w.toLowerCase(), ws[i + 1].w.toLowerCase()) || placed(i)));
  return at >= 0 ? ws[at].w.toLowerCase() : undefined;
}

/**
 * Where a personal name of two to four words begins that ends a title's complement ("… of
 * Foreign Affairs Tomas Vell"): capitalised words that are no role or title word and no part of
 * an actor's name, after a capitalised word, a role word or an actor's name.
 */
function nameAfterComplement(text: string, ws: ReturnType<typeof words>, mentions: ActorMention[], lex: StatementLexicon): number | undefined {
  let i = ws.length;
  const inActor = (k: number) => mentions.some((m) => ws[k].start >= m.start && ws[k].end <= m.end);
  while (i > 0) {
    const w = ws[i - 1].w;
    const l = w.toLowerCase();
    if (!isCapitalised(w) || lex.roleWords.has(l) || lex.titleWords.has(l) || /['’]s$/.test(w) || inActor(i - 1)) break;
    i--;
  }
  const count = ws.length - i;
  if (count < 2 || count > 4 || i === 0) return undefined;
  const before = ws[i - 1].w;
  return isCapitalised(before) || inActor(i - 1) ? ws[i].start : undefined;
}

/** Where a trailing unseen personal name begins in a phrase, if it ends in one. */
function unseenNameStart(text: string, ws: ReturnType<typeof words>, mentions: ActorMention[], lex: StatementLexicon): number | undefined {
  let i = ws.length - 1;
  let start: number | undefined;
  while (i >= 0) {
    const { w } = ws[i];
    const inActor = mentions.some((m) => ws[i].start >= m.start && ws[i].end <= m.end);
    // A particle inside the name ("Khalid bin Saud", "Luis de la Fuente") when a capitalised word stands before its particles.
    const particle = lex.speakerWords.particleWord.test(w) && !isCapitalised(w) && capitalisedBeforeParticles(ws, i, lex);
    const surname = i === ws.length - 1 && i > 0 && titleAsSurname(ws[i - 1].w, w, lex) && !mentions.some((m) => ws[i - 1].start >= m.start && ws[i - 1].end <= m.end);
    if ((!isCapitalised(w) && !particle) || inActor || (lex.titleWords.has(w.toLowerCase()) && !surname && !particle) || /['’]s$/.test(w)) break;
    start = ws[i].start;
    i--;
  }
  // "Mr. King", "Dr. Bishop": after a courtesy title a surname that is also a title word is still the name.
  const last = ws[ws.length - 1];
  if (start === undefined && ws.length >= 2 && isCapitalised(last.w) && lex.speakerWords.courtesyTitles.has(ws[ws.length - 2].w.toLowerCase().replace(/\.$/, ""))) start = last.start;
  if (start === undefined) return undefined;
  // "the Chilean Treasury", "the Andean Guard": a lone body noun after a demonym or a place names a body, not a surname.
  if (start === last.start && start > 0 && lex.bodyHeads.has(last.w.toLowerCase())) return undefined;
  // "a hospital in Arica", "San Martin Clinic near Tacna": a name after a noun and a location word is where the speaker is, not who.
  if (placedAfterNoun(text.slice(0, start), lex)) return undefined;
  // "The" at the start is not a name, nor a quantifier ("One Republican", "Several Democrats": data/speakers.yaml).
  const opening = /^\p{L}+/u.exec(text.slice(start))?.[0] ?? "";
  return lex.speakerWords.determiners.has(opening.toLowerCase()) ? undefined : start;
}

/** Whether a capitalised word stands before the particles that end at word `i` ("Luis" before "de la"). */
function capitalisedBeforeParticles(ws: ReturnType<typeof words>, i: number, lex: StatementLexicon): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 2 && lex.speakerWords.particleWord.test(ws[k].w) && !isCapitalised(ws[k].w)) k--;
  return k >= 0 && i - k <= 3 && isCapitalised(ws[k].w);
}

/** Whether the words before a name end in a noun and a location word ("a hospital in", "its war in"), so the name is a place. */
export function placedAfterNoun(before: string, lex: StatementLexicon): boolean {
  const words = before.trim();
  return words.split(/\s+/).length >= 2 && lex.speakerWords.locationBefore.test(`${words} `);
}

/**
 * Whether a body follows a noun and an adjective that ties the noun to it ("a source close to the militia",
 * "people familiar with the ministry", "forces loyal to the junta"): the noun speaks, not the body.
 */
function tiedAfterNoun(before: string, lex: StatementLexicon): boolean {
  const words = before.trim().split(/\s+/);
  if (words[words.length - 1]?.toLowerCase() === "the") words.pop();
  const [adjective, link] = words.slice(-2).map((w) => w.toLowerCase());
  return words.length >= 3 && lex.words.postmodifierAdjectives.has(adjective ?? "") && /^(?:to|with)$/.test(link ?? "");
}

/** Whether `word`, a title word, is a surname after `before` ("Charlie King"): a capitalised word that is no title. */
export function titleAsSurname(before: string, word: string, lex: StatementLexicon): boolean {
  return lex.speakerWords.titleSurnames.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(before) && !lex.titleWords.has(before.toLowerCase().replace(/\.$/, ""));
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
  if (lex.speakerWords.relativeStart.test(text)) return "";
  // "Gerasimov, has praised the role of …": a predicate after the name's comma is no apposition.
  if (lex.words.auxiliaries.has(text.split(/\s+/)[0].toLowerCase())) return "";
  // "Its vice foreign minister, Kim Jong Gyu": the possessive points elsewhere; the title is the role.
  const role = text.replace(lex.speakerWords.appositionDeterminer, "");
  return hasRoleWord(role, lex) ? role : "";
}

/**
 * The code a role speaks for: the first actor it names, but not a place it is in
 * ("a researcher at the Asan Institute in Seoul" speaks for no state).
 */
export function roleCountry(role: string, lex: StatementLexicon): string {
  const code = foundCountry(role, lex);
  // "PERUVIAN President Ana Ruiz": a lead's word set in capitals is the word it spells in title case.
  const titled = code || !SHOUTED.test(role) ? role : role.replace(SHOUTED_GLOBAL, (w) => w[0] + w.slice(1).toLowerCase());
  return code || (titled === role ? "" : foundCountry(titled, lex));
}

/** A word of five or more capitals (not initials such as "NATO"), as a lead sets its first word. */
const SHOUTED = /(?<![\p{L}\p{M}])\p{Lu}{5,}(?![\p{L}\p{M}])/u;
const SHOUTED_GLOBAL = new RegExp(SHOUTED.source, "gu");

/** How many characters before a place a location word may stand ("based in ", "university of "). */
const LOCATION_REACH = 16;

function foundCountry(role: string, lex: StatementLexicon): string {
  // "Ambassador to Peru": the state an envoy is sent to is not the one the envoy speaks for.
  const hosted = (at: number) => lex.speakerWords.envoyTo.test(role.slice(Math.max(0, at - 30), at));
  const found = lex.gazetteer.find(role).filter((m) => !lex.speakerWords.locationBefore.test(role.slice(Math.max(0, m.start - LOCATION_REACH), m.start)) && !hosted(m.start));
  return found[0]?.actor.code ?? "";
}

/** Country codes a description or body phrase speaks for. */
export function phraseCountry(a: Analysed, lex: StatementLexicon): string {
  if (partyLeaningOnly(a.text, lex)) return "";
  if (a.body) return a.plural ? joinCodes(a.mentions.filter((m) => !m.demonym).map((m) => m.actor.code)) : (statePrefix(a, a.body)?.actor.code ?? a.body.actor.code);
  const independent = lex.independentHeads.has(a.head);
  if (independent && a.mentions.length === 0) return "";
  return joinCodes(sendingMentions(a, lex).map((m) => m.actor.code));
}

/**
 * A state written right before a body's name ("the Chilean Treasury Department", "Peru's Defense Department"):
 * the body is that state's, though the gazetteer knows the bare name as another state's office.
 */
function statePrefix(a: Analysed, body: ActorMention): ActorMention | undefined {
  return a.mentions.find((m) => m !== body && STATE_KINDS.has(m.actor.kind) && m.actor.code && /^(?:['’]s)?\s+$/u.test(a.text.slice(m.end, body.start)));
}

/**
 * "the U.S. envoy to the United Nations": the parties after the role's link word are those it
 * serves or is sent to; the speaker speaks for the parties before it, when the phrase names any
 * ("an adviser to the Peruvian president" names none before, and speaks for Peru).
 */
function sendingMentions(a: Analysed, lex: StatementLexicon): ActorMention[] {
  const head = words(a.text).find((w) => w.w.toLowerCase() === a.head.toLowerCase());
  const after = head ? words(a.text.slice(head.end)) : [];
  // "soldiers captured in Tacna", "a sailor held in Lima": a participle or an adjective before the link places them too.
  const links = lex.speakerWords.headLinks;
  const postmodified = after.length > 1 && /^\p{Ll}+$/u.test(after[0].w) && !links.has(after[0].w) && !lex.words.rolePrepositions.has(after[0].w) && links.has(after[1].w);
  const link = after.at(0);
  if (!head || !link || !(postmodified || lex.words.rolePrepositions.has(link.w.toLowerCase()))) return a.mentions;
  const before = a.mentions.filter((m) => m.end <= head.start);
  return before.length ? before : a.mentions;
}
