/**
 * A speaker phrase resolved against the article: pronouns to the last fitting speaker,
 * surnames to the fullest name, definite descriptions to the speaker they take up, and
 * descriptions to the named person the article identifies with them (identify.ts).
 */
import { joinCodes, type Actor } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import type { ArticlePeople } from "./article-people.ts";
import { partyLeaningOnly } from "./leanings.ts";
import { describedPerson } from "./described-person.ts";
import { epithetPerson, isEpithet } from "./epithet.ts";
import { namedStateKind } from "./place-kind.ts";
import { namedOfKind } from "./described-bodies.ts";
import { describedHead, isBody, namesPortfolio, portfolioTakenUp, sameModifiers, takesUp } from "./taken-up.ts";
import { coordinatedSpeakers } from "./coordinated.ts";
import { genderFits, speakerGender, type Gender } from "./gender.ts";
import { identify, type PhraseList } from "./identify.ts";
import { documentAgent, isDocument, modifierIssuer, possessiveIssuer } from "./issuer.ts";
import { analysePhrase, appositionRole, phraseCountry, placedAfterNoun, roleCountry, stripDeterminer, type Analysed, type ResolvedSpeaker, type SpeakerPhrase } from "./phrase.ts";


/** Context for resolving speakers across an article, in reading order. */
export interface SpeakerHistory {
  /**
   * Speakers resolved so far, in order, with where they spoke; `nominal` when heard only as a noun of saying's owner
   * ("Vale's threats"), `minor` when that noun stood inside a sentence another speaker said.
   */
  previous: Array<{ resolved: ResolvedSpeaker; at: number; via: string; phrase?: string; nominal?: boolean; minor?: boolean }>;
}

/**
 * Resolves a phrase against the speakers before it and the article's people. A speaker named by
 * an acronym the article defines takes the full name ("the DIA" → "Defense Intelligence Agency").
 */
export function resolveSpeaker(
  phrase: SpeakerPhrase,
  history: SpeakerHistory,
  people: ArticlePeople,
  lex: StatementLexicon,
  allPhrases: PhraseList,
  a: Analysed = analysePhrase(phrase, lex),
): ResolvedSpeaker | undefined {
  // "an assessment by the Norland Coast Guard": the document speaks for its agent.
  const agent = documentAgent(phrase.text, lex.speakerWords);
  if (agent) {
    const sub = { text: agent.text, start: phrase.start + agent.at, end: phrase.end };
    const byAgent = resolveSpeaker(sub, history, people, lex, allPhrases);
    const named = byAgent && (byAgent.kind === "description" ? agentDescribed(byAgent, lex) : byAgent.kind !== "pronoun");
    if (named) return byAgent;
  }
  const resolved = resolveNamed(phrase, history, people, lex, allPhrases, a);
  const short = resolved?.speaker.replace(/^the\s+/i, "");
  const full = short ? people.acronym(short) : "";
  // "the Chilean Intelligence Agency, SIEC, …": the full name's state is the initials' too.
  // With its initials, as the article writes them beside it: "Andean Trade Council (Atco)".
  return full && resolved ? { ...resolved, speaker: `${full} (${short})`, country: resolved.country || roleCountry(full, lex) } : resolved;
}

/**
 * Whether a document's agent described without a name speaks for it: a body or a speaker, one or
 * several ("a briefing from a navy spokesman", "statements from Chile's intelligence services").
 */
function agentDescribed(r: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const head = lastWord(r.description);
  return lex.bodyHeads.has(head) || lex.speakerHeads.has(head);
}

/** A person named in the phrase, by the fullest name and the role the article gives them. */
function namedPerson(a: Analysed, person: NonNullable<Analysed["person"]>, phrase: SpeakerPhrase, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker {
  const expanded = person.actor ? "" : people.expand(person.name, phrase.start);
  // A name the article gives no fuller form of may still be the gazetteer's, shared by several ("Kim").
  const actor = person.actor ?? (expanded === person.name ? onlyPersonNamed(person.name, phrase.start, people) : undefined);
  const name = actor ? people.fullest(actor) : expanded;
  const role = a.role || appositionRole(phrase.apposition, lex) || people.roleOf(name, actor);
  // "Norland's army chief, Field Marshal Asim Ranvir": the description beside the name may place them when the title does not.
  // "Sen. Ann Cole (D-Ore.)": a party tag after the name places whom no title places.
  // "Tom Vale, a longtime Labour pollster": a party's adjective gives his leaning, not a state (leanings.ts).
  const placing = (r: string) => (partyLeaningOnly(r, lex) ? "" : roleCountry(r, lex));
  const fromRole = placing(role) || placing(appositionRole(phrase.apposition, lex)) || (actor ? "" : people.partyOf(name));
  return { speaker: name, role, country: actor ? actor.code : fromRole, kind: "person", plural: false, parties: 1, actor, description: a.text, anonymous: false };
}

/**
 * "Jordan said" after "Rep. Jim Jordan (R-Ohio) …": a one-word name of a state or place that the
 * article wrote before as a person's surname, after a given name, is that person.
 */
function placeAsSurname(a: Analysed, phrase: SpeakerPhrase, people: ArticlePeople): Analysed["person"] {
  const only = a.mentions.length === 1 ? a.mentions[0]! : undefined;
  if (!only || only.demonym || only.actor.kind === "person" || only.text !== phrase.text.trim() || /\s/.test(only.text)) return undefined;
  const full = people.expand(only.text, phrase.start);
  return full !== only.text && full.endsWith(` ${only.text}`) ? { name: only.text, start: phrase.start, end: phrase.end } : undefined;
}

function resolveNamed(
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
  if (a.kind === "pronoun") return pronounAntecedent(a.pronoun ?? "", phrase.start, previous, people, lex);
  // "Ruiz and Cano said": both, each by the fullest name (coordinated.ts).
  const both = /\sand\s/.test(phrase.text) ? coordinatedSpeakers(phrase, lex, (part) => resolveNamed(part, history, people, lex, allPhrases)) : undefined;
  if (both) return both;
  if (a.kind === "person" && a.person) return namedPerson(a, a.person, phrase, people, lex);
  const surname = placeAsSurname(a, phrase, people);
  if (surname) return namedPerson(a, surname, phrase, people, lex);
  if (a.kind === "body" || a.kind === "media") return resolveBody(a, history.previous, people, lex);
  const relative = relativeOfPronoun(a, phrase, history, people, lex);
  if (relative) return relative;
  // "both leaders", "the two countries", "Both": the two named last, unless two spoke together before.
  // "the three nations", "these four countries": as many states as the number says, named last.
  const parties = a.number ?? 0;
  const pair = parties >= 2 && parties <= MAX_GROUP && a.plural && a.mentions.length === 0 && (parties === 2 || lex.speakerWords.stateHeads.has(a.head));
  if (pair) {
    const together = findLast(previous, (p) => p.resolved.parties === parties);
    // "Cho spoke with Kamikawa, and both expressed …": two named after the pair spoke together are the two taken up.
    const both = pairNamedBefore(a, phrase.start, people, lex, together?.at ?? -1);
    if (together || both) return both ?? together?.resolved;
  }
  // A document speaks for its issuer ("the report says", "a UK Foreign Office statement").
  const issued = isDocument(a, lex.speakerWords) ? documentSpeaker(a, phrase, history, people, lex) : undefined;
  if (issued) return issued;
  // "the head of Norland's army, Brig. Gen. Ola Brenn": a name in apposition is whom the description stands for.
  const apposed = a.kind === "description" && !a.plural && !a.anonymous && !lex.bodyHeads.has(describedHead(a.text, lex)) ? people.appositive(phrase.end) : "";
  if (apposed) {
    const name = people.expand(apposed, phrase.end + 1);
    return { speaker: name, role: stripDeterminer(a.text), country: phraseCountry(a, lex), kind: "person", plural: false, parties: 1, description: a.text, anonymous: false };
  }
  // "Chile's agriculture ministry" after "Chile's Ministry of Agriculture and Livestock": the body named before.
  const portfolio = namesPortfolio(a, lex) ? findLast(previous, (p) => portfolioTakenUp(a, p.resolved, lex)) : undefined;
  if (portfolio) return portfolio.resolved;
  // A description: first what it takes up, then the person the article identifies with it.
  const definite = a.definite ? definiteTakenUp(a, phrase, previous, people, lex) : undefined;
  if (definite) return definite;
  if (!a.anonymous && !a.plural) {
    const named = isEpithet(a, phrase, lex) ? epithetPerson(a, phrase, history, people, lex) : identify(a, phrase.start, allPhrases, people, lex) ?? describedPerson(a, phrase, history, people, lex);
    if (named) return named;
    // No one the article names: a person described before by other words ("the Chilean diplomat" after "a Chilean envoy").
    const described = a.definite ? findLast(previous, (p) => sameModifiers(stripDeterminer(a.text).toLowerCase(), a, p.resolved, lex)) : undefined;
    if (described) return described.resolved;
  }
  const body = bodyTakenUp(a, phrase, people, lex);
  if (body) return body;
  const role = a.plural || lex.bodyHeads.has(a.head) ? "" : stripDeterminer(a.text.replace(new RegExp(`\\b(?:${[...lex.anonymous].join("|")})\\s+`, "gi"), ""));
  // "officials in the country", "the nation's defence ministry": the state named last.
  const state = namedStateKind(a.text, phrase.start, people, lex);
  return { speaker: lowerArticle(state?.text ?? a.text), role, country: state?.code || phraseCountry(a, lex), kind: "description", plural: a.plural, parties: a.number ?? 1, description: a.text, anonymous: a.anonymous };
}

/**
 * A definite description ("the minister", "the militants"): first the earlier speaker it takes up, then the
 * person the article identifies with it, a titled person who spoke, or the body its members belong to.
 */
function definiteTakenUp(a: Analysed, phrase: SpeakerPhrase, previous: SpeakerHistory["previous"], people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const antecedent = findLast(previous, (p) => takesUp(a, p.resolved, p.via, lex));
  if (antecedent) return antecedent.resolved;
  const mentioned = namedOfKind(a, phrase.start, people, lex);
  if (mentioned) return mentioned;
  const titled = titledPersonTakenUp(a, previous, lex);
  if (titled) return titled;
  // "the militants" after "militants from the Andean Liberation Army": the body they belong to speaks.
  const members = a.plural && /^the \S+$/i.test(a.text.trim()) && lex.speakerWords.memberHeads.has(a.head) ? people.membersOf(a.head, phrase.start) : "";
  if (members) return { speaker: members, role: "", country: roleCountry(members, lex), kind: "body", plural: false, parties: 1, description: a.text, anonymous: false };
  return undefined;
}

/**
 * "According to the official, …" after "Ana Ruiz, Chile's trade commissioner, said …": a bare head that fits any
 * titled person takes up the last named person who spoke with a title, when no one so described spoke before.
 */
function titledPersonTakenUp(a: Analysed, previous: SpeakerHistory["previous"], lex: StatementLexicon): ResolvedSpeaker | undefined {
  if (a.plural || !/^the \S+$/i.test(a.text.trim()) || !lex.speakerWords.titledPersonHeads.has(a.head)) return undefined;
  return findLast(previous, (p) => p.resolved.kind === "person" && !p.resolved.plural && !!p.resolved.role && !p.resolved.anonymous)?.resolved;
}

/** "the company", "the Foreign Ministry": a body's head taken up by the fuller name the article gave it before. */
function bodyTakenUp(a: Analysed, phrase: SpeakerPhrase, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  if (!a.definite || a.plural || !lex.bodyHeads.has(a.head) || a.mentions.length > 0 || !/^the(?: \p{Ll}+)*$/iu.test(a.text)) return undefined;
  // "the company" also by a fuller name with its head ("Norvik Aerospace" for "the defence company"); a bare head by its own name too.
  const bare = /^the \S+$/i.test(a.text);
  // "the Foreign Ministry" after "Peru's Foreign Ministry": a capitalised name of an office, taken up with its state.
  const titled = !bare && /^[Tt]he(?: \p{Lu}\p{L}*)+$/u.test(a.text) ? people.antecedent(stripDeterminer(a.text), phrase.start) : "";
  const fuller = (bare ? people.antecedent(a.head, phrase.start) : "") || (titled !== stripDeterminer(a.text) ? titled : "") || people.categoryAntecedent(a.head, phrase.start);
  return fuller ? { speaker: fuller, role: "", country: roleCountry(fuller, lex), kind: "body", plural: false, parties: 1, description: a.text, anonymous: false } : undefined;
}

/** A body or an outlet, named as fully as the article names it. */
function resolveBody(a: Analysed, previous: SpeakerHistory["previous"], people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker {
  // "the NIS" after "South Korea's National Intelligence Service": one body, named as fully as before.
  const same = !a.plural && !a.role && a.body ? findLast(previous, (p) => p.resolved.actor === a.body!.actor && p.resolved.kind === a.kind) : undefined;
  if (same && same.resolved.speaker.length > stripLeadingThe(a.text).length) return same.resolved;
  // "the HDA", a body by its initials alone, is named by them without the article.
  const speaker = a.kind === "media" && a.body ? people.fullest(a.body.actor) || a.body.actor.name : a.role ? a.body!.text : a.body ? stripLeadingThe(a.text) : stripDeterminer(a.text);
  // "the NIS", "South Korea's spy agency": a body named by an alias alone takes its full name, as an outlet does.
  const aliasOnly = !!a.body && a.body.actor.kind !== "state" && !a.role && !a.plural && stripDeterminer(a.text) === stripDeterminer(a.body.text);
  // A body named by a description ("Seoul's spy agency") takes its full name only where the article gives the body a name;
  // one named by a name of its own ("CENTCOM", "the UN") keeps the fullest name the article writes, not the dictionary's.
  const byOwnName = a.kind !== "media" && isProperName(stripDeterminer(a.text));
  const full = a.body && (a.kind === "media" || (aliasOnly && people.named(a.body.actor))) ? bestMediaName(a.body.actor, people, !byOwnName) : speaker;
  const name = a.kind !== "media" && full.length <= stripDeterminer(speaker).length ? speaker : full;
  return { speaker: name, role: a.role, country: phraseCountry(a, lex), kind: a.kind, plural: a.plural, parties: a.number ?? 1, actor: a.plural ? undefined : a.body?.actor, description: a.text, anonymous: false };
}

/**
 * The one person of the gazetteer the article names before with this word of a name ("Kim Jong Un visited …
 * '…,' Kim said"): a name the gazetteer holds for several ("Kim") is theirs when the article names only one.
 */
function onlyPersonNamed(name: string, before: number, people: ArticlePeople): Actor | undefined {
  if (/\s/.test(name.trim())) return undefined;
  const word = new RegExp(`(?:^|\\s)${escapeRegExp(name.trim())}(?:\\s|$)`);
  const found = new Set(people.personMentions().filter((m) => m.at < before && m.actor.kind === "person" && word.test(m.actor.name)).map((m) => m.actor));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The earlier speaker a pronoun takes up: "they" a plural one, "it" a body named or described ("the foreign ministry said … It added …"), else a person. */
function pronounAntecedent(pronoun: string, at: number, previous: SpeakerHistory["previous"], people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  if (lex.speakerWords.pluralPronouns.has(pronoun)) return findLast(previous, (p) => p.resolved.plural)?.resolved;
  if (lex.speakerWords.impersonalPronouns.has(pronoun)) return findLast(previous, (p) => isBody(p.resolved, lex))?.resolved;
  // "she" / "he": the last single person of that gender or of none shown; a body is never one.
  const w = lex.speakerWords;
  const gender = w.gender.pronouns.get(pronoun);
  // A speaker heard only as the owner of a noun of saying inside another's sentence ("Ruiz argues there is no point in
  // answering Mr. Vale's threats") is no subject: "he" takes up the one who said the sentence first.
  const fits = (p: SpeakerHistory["previous"][number]) => isPerson(p.resolved, lex) && genderFits(gender, p.resolved, w.gender, w.headLinks);
  const fitting = findLast(previous, (p) => !p.minor && fits(p)) ?? findLast(previous, fits);
  const nearest = findLast(previous, (p) => !p.minor && isPerson(p.resolved, lex)) ?? findLast(previous, (p) => isPerson(p.resolved, lex));
  // The last speaker is of the other gender: a person of the pronoun's gender named since is nearer than an older speaker.
  // No one of the pronoun's gender spoke before: a person of that gender named just before ("Mr. Castillo has seen the charts. 'They are grim,' he said").
  const since = fitting ? fitting.at : at - UNSPOKEN_REACH;
  const named = gender && (!fitting || (nearest && nearest !== fitting)) ? namedOfGender(gender, at, since, people, lex) : undefined;
  return named ?? fitting?.resolved;
}

/**
 * "his wife", "their son": a relative of the person a possessive pronoun takes up, named by that person's
 * name ("Tom Ruiz's wife"); undefined when the pronoun takes up no one.
 */
function relativeOfPronoun(a: Analysed, phrase: SpeakerPhrase, history: SpeakerHistory, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const [first, ...rest] = a.text.trim().split(/\s+/);
  const owner = lex.speakerWords.possessivePronouns.get(first.toLowerCase());
  if (a.kind !== "description" || !owner || !lex.speakerWords.kinHeads.has(a.head)) return undefined;
  const whose = pronounAntecedent(owner, phrase.start, history.previous, people, lex);
  if (!whose || whose.kind !== "person" || whose.plural) return undefined;
  return { speaker: `${whose.speaker}'s ${rest.join(" ")}`, role: rest.join(" "), country: whose.country, kind: "description", plural: false, parties: 1, description: a.text, anonymous: false };
}

/** The most parties a number takes up from the states named before ("the four nations"). */
const MAX_GROUP = 5;

/** How far before a pronoun (about two sentences) a person named but not yet heard may be the one it takes up. */
const UNSPOKEN_REACH = 300;

/** How many persons named before a pronoun it looks through for one of its gender. */
const NAMED_LOOKBACK = 3;

/**
 * The last person named after `after` and before `at` whose name or title shows `gender`, named as a subject would be
 * ("…, nominee Anna Berg was more careful. Though she …"), not inside a prepositional or determiner phrase.
 */
function namedOfGender(gender: Gender, at: number, after: number, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const w = lex.speakerWords;
  for (const p of people.lastNamed(at, true, NAMED_LOOKBACK).reverse()) {
    // A name inside a prepositional or determiner phrase ("campaigned for nominee X", "the X camp") is no one who speaks next.
    const inPhrase = people.leadBefore(p.at).toLowerCase().split(/\s+/).some((x) => w.functionWords.has(x));
    if (p.at <= after || inPhrase) continue;
    const person: ResolvedSpeaker = { speaker: p.name, role: people.roleOf(p.name), country: p.code, kind: "person", plural: false, parties: 1, description: p.name, anonymous: false };
    if (speakerGender(person, w.gender, w.headLinks) === gender) return person;
  }
  return undefined;
}

const isPerson = (s: ResolvedSpeaker, lex: StatementLexicon) =>
  !s.plural && (s.kind === "person" || (s.kind === "description" && !lex.bodyHeads.has(describedHead(s.description, lex))));

/**
 * The two persons (or states, for "both countries") the article names last before `at`, as one
 * speaker. A bare "Both" takes the pair named more recently: "Vidal spoke with Cano, and both …"
 * are the two persons, "Chile and Peru signed; both …" the two states. After a pair that spoke together
 * (at `since`), only two persons named since stand for it.
 */
function pairNamedBefore(a: Analysed, at: number, people: ArticlePeople, lex: StatementLexicon, since: number): ResolvedSpeaker | undefined {
  const bare = lex.numbers.has(a.head);
  const n = a.number ?? 2;
  const persons = people.lastNamed(at, true, n);
  // "… to Moscow for its war in Ukraine; … both countries": a state after a noun and a location word is where, not a party,
  // while two others are named ("bombed targets in Cambodia" with Thailand alone still makes the pair).
  const named = people.lastNamed(at, false, n + 2);
  const parties = named.filter((c) => !placedAfterNoun(people.leadBefore(c.at), lex)).slice(-n);
  const countries = parties.length === n ? parties : named.slice(-n);
  const states = bare ? countries.length === 2 && (persons.length < 2 || countries[0].at > persons[0].at) : lex.speakerWords.stateHeads.has(a.head);
  const two = states ? countries : persons;
  // States named since are often where or whom an act went ("Spain and Italy sent ships"); people named since are the talk's parties.
  const stale = states ? since >= 0 : two[0]?.at <= since;
  if (two.length < n || new Set(two.map((t) => t.name)).size < n || stale) return undefined;
  // "Peru, Chile and Bolivia", in the order the article names them.
  const speaker = `${two.slice(0, -1).map((t) => t.name).join(", ")} and ${two[n - 1].name}`;
  return { speaker, role: "", country: joinCodes(two.map((t) => t.code).filter(Boolean)), kind: states ? "body" : "person", plural: true, parties: n, description: a.text, anonymous: false };
}

/**
 * The issuer of a document: the body a modifier names ("a UK Foreign Office statement"), the
 * agent the article named for such a document before ("a report by …"), else, for a definite
 * one ("the report"), the body or outlet that spoke last.
 */
function documentSpeaker(a: Analysed, phrase: SpeakerPhrase, history: SpeakerHistory, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  // "according to their information", "its statement said": the issuer is whom the pronoun takes up.
  const owner = lex.speakerWords.possessivePronouns.get(a.text.split(/\s+/)[0].toLowerCase());
  if (owner) return pronounAntecedent(owner, phrase.start, history.previous, people, lex);
  const possessor = possessiveIssuer(a, lex.speakerWords);
  // "Monday's statement": a day owns no document; the statement is one told before, as "the statement" is.
  const dated = possessor !== "" && possessor.split(/\s+/).every((w) => lex.words.days.has(w.toLowerCase()));
  const modifier = dated ? "" : possessor || modifierIssuer(a, lex.speakerWords);
  const named = dated ? "" : people.documentIssuer(a.head, phrase.start);
  const name = modifier && !named.includes(modifier) ? modifier : named || modifier;
  if (name) {
    // The issuer spoke before under the same words ("The three allies said in a statement …"): as it was resolved then.
    const same = stripDeterminer(name).toLowerCase();
    const spoke = findLast(history.previous, (p) => [p.phrase ?? "", p.resolved.description].some((d) => stripDeterminer(d).toLowerCase() === same));
    return spoke?.resolved ?? issuerSpeaker(name, a, phrase.start, people, lex);
  }
  if (a.mentions.length > 0) return undefined;
  // "a military statement", "a ministry statement": the body that head names, as "the military" would take it up.
  if (!(a.definite || dated)) return issuingBody(a, phrase, history, lex);
  // "the statement", "the letter" take up a speaker whose words came in such a document ("said in a letter"), else the last body.
  const document = new RegExp(`\\b${escapeRegExp(a.head.replace(/s$/, ""))}s?\\b`, "i");
  const inStatement = findLast(history.previous, (p) => document.test(p.via)) ?? kindredDocument(a, history, lex);
  // A body named in the plural ("the armed forces", "the allies") issues a statement as one does.
  return (inStatement ?? findLast(history.previous, (p) => isBody(p.resolved, lex) || isPluralBody(p.resolved, lex)))?.resolved;
}

/** "The study found …" after "…, according to a recent Reuters survey": a document of a kindred head that spoke before (data/speakers.yaml document_kin). */
function kindredDocument(a: Analysed, history: SpeakerHistory, lex: StatementLexicon): SpeakerHistory["previous"][number] | undefined {
  const kin = lex.speakerWords.documentKin.get(a.head);
  return kin && findLast(history.previous, (p) => p.resolved.kind === "description" && kin.has(describedHead(p.resolved.description, lex)));
}

/** The speaker an indefinite document's body word takes up ("a military statement" → the military that spoke before), if any. */
function issuingBody(a: Analysed, phrase: SpeakerPhrase, history: SpeakerHistory, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const body = a.text.split(/\s+/).slice(1, -1).find((w) => lex.bodyHeads.has(w) && w !== a.head);
  if (!body) return undefined;
  const described = analysePhrase({ text: `the ${body}`, start: phrase.start, end: phrase.end }, lex);
  return findLast(history.previous, (p) => takesUp(described, p.resolved, p.via, lex))?.resolved;
}

/** The issuer of a document as a speaker: a person by their fullest name ("Holm said in the letter" → Arvid Holm), else a body. */
function issuerSpeaker(name: string, a: Analysed, at: number, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker {
  const issuer = analysePhrase({ text: name, start: at, end: at + name.length }, lex);
  // "Kyodo news agency on Friday" names no person: a title stands right before a name, no preposition between.
  const afterLink = issuer.person && lex.speakerWords.functionWords.has(lastWord(name.slice(0, issuer.person.start)));
  if (issuer.kind === "person" && issuer.person && !afterLink) {
    const actor = issuer.person.actor;
    const full = actor ? people.fullest(actor) : people.expand(issuer.person.name, at);
    return { speaker: full, role: issuer.role || people.roleOf(full, actor), country: actor?.code ?? roleCountry(issuer.role, lex), kind: "person", plural: false, parties: 1, actor, description: a.text, anonymous: false };
  }
  return { speaker: name, role: "", country: roleCountry(name, lex), kind: "body", plural: false, parties: 1, description: a.text, anonymous: false };
}

/** A body named in the plural, by a body head or its plural ("the allies", "Chile's armed forces"). */
function isPluralBody(s: ResolvedSpeaker, lex: StatementLexicon): boolean {
  const head = describedHead(s.description, lex);
  return s.kind === "description" && s.plural && (lex.bodyHeads.has(head) || lex.bodyHeads.has(head.replace(/s$/, "")));
}


/** The fullest name the article gives a body; the dictionary's, when longer, if `dictionary` allows it. */
function bestMediaName(actor: Actor, people: ArticlePeople, dictionary: boolean): string {
  const name = people.fullest(actor);
  return !dictionary || name.length >= actor.name.length ? name : actor.name;
}

/** A name of its own, every word capitalised ("CENTCOM", "Central Command"), not a description ("Seoul's spy agency"). */
const isProperName = (text: string) => text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w === "of");
const lastWord = (text: string) => text.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
const stripLeadingThe = (text: string) => text.replace(/^The\s+/, "the ");
const lowerArticle = (text: string) => text.replace(/^(The|A|An|Some|Its|Their|His|Her)\b/, (m) => m.toLowerCase());

/** The last item satisfying `test`, searched from the end (the ES2022 library has no Array#findLast). */
export function findLast<T>(items: readonly T[], test: (item: T) => unknown): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}
