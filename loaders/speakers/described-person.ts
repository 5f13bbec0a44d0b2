/**
 * A definite description of one person that the article's titles do not place ("the party
 * spokesman", "Norland's top government spokesman", "the Ohio senator"): news writing uses such
 * a description to take up the person it has just named, so it stands for the person named last
 * before it, when that person was named close by and nothing the description says rules them out.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import type { ArticlePeople } from "./article-people.ts";
import { phraseCountry, roleCountry, stripDeterminer, words, type Analysed, type ResolvedSpeaker, type SpeakerPhrase } from "./phrase.ts";
import type { SpeakerHistory } from "./resolve.ts";

/** How far back (in characters) the person a description takes up may have been named. */
export const DESCRIBED_REACH = 600;

/** The person named last before the phrase, as speaker or in the text, whom a definite description of a person takes up. */
export function describedPerson(a: Analysed, phrase: SpeakerPhrase, history: SpeakerHistory, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  // "The minister of the economy, Mr. Guajardo, argues": the apposition names the person.
  if (phrase.apposition || !describesOnePerson(a, lex)) return undefined;
  const at = phrase.start;
  const speaker = lastSpeakerBefore(history, at);
  const named = people.lastNamed(at, true, 1)[0];
  const fits = fitsDescription(a, people, lex);
  // "the Oregon senator" after "Sen. Ann Cole … Governor Tom Reed said …": the one who holds the office, not the last who spoke.
  const holder = officeHolderBefore(a, history, at, lex);
  if (holder && fits(holder.speaker, holder.country, holder.role)) return { ...holder, description: a.text };
  if (speaker && speaker.resolved.kind === "person" && !speaker.resolved.plural && (!named || named.at <= speaker.at)) {
    const { resolved } = speaker;
    return at - speaker.at <= DESCRIBED_REACH && fits(resolved.speaker, resolved.country, resolved.role) ? describedAs(resolved, a, lex) : undefined;
  }
  // A person named but not quoted must hold the office the description names, when the article gives theirs;
  // named further back, they must be given that office ("Minister … Ana Vidal" taken up paragraphs later by "the minister").
  if (!named || !fits(named.name, named.code)) return undefined;
  const role = people.roleOf(named.name);
  if (role ? !sameOffice(a, role, lex) : at - named.at > DESCRIBED_REACH) return undefined;
  return { speaker: named.name, role, country: named.code || roleCountry(a.text, lex), kind: "person", plural: false, parties: 1, description: a.text, anonymous: false };
}

/**
 * The person a description takes up, with what it tells of them when nothing else did: "Ana Ruiz said …. The
 * former minister and Green Party candidate said …" gives her that office (and its state, as a title would).
 */
function describedAs(person: ResolvedSpeaker, a: Analysed, lex: StatementLexicon): ResolvedSpeaker {
  if (person.role) return { ...person, description: a.text };
  return { ...person, role: stripDeterminer(a.text), country: person.country || phraseCountry(a, lex), description: a.text };
}

/**
 * The person who spoke last within reach before `at` and whom the article gave the office heading the description,
 * as a role or as a title before the name, written out or short ("Sen. Ann Cole" for "the senator").
 */
function officeHolderBefore(a: Analysed, history: SpeakerHistory, at: number, lex: StatementLexicon): ResolvedSpeaker | undefined {
  const before = history.previous.filter((p) => p.at < at && p.resolved.kind === "person" && !p.resolved.plural && !p.resolved.anonymous);
  const holds = new Set(before.filter((p) => sameOffice(a, p.resolved.role, lex) || titleBeforeName(p.resolved, lex) === a.head).map((p) => p.resolved.speaker));
  for (let i = before.length - 1; i >= 0 && at - before[i].at <= DESCRIBED_REACH; i--) if (holds.has(before[i].resolved.speaker)) return before[i].resolved;
  return undefined;
}

/** The office a title written before a person's name gives ("Sen. Ann Cole" → senator, "Senator Ann Cole" → senator), "" when none. */
function titleBeforeName(person: ResolvedSpeaker, lex: StatementLexicon): string {
  const first = person.description.trim().split(/\s+/, 1)[0].toLowerCase().replace(/\.$/, "");
  if (!person.description.includes(person.speaker) || person.description.trim().startsWith(person.speaker)) return "";
  return lex.speakerWords.titleAbbreviations.get(first) ?? first;
}

function lastSpeakerBefore(history: SpeakerHistory, at: number): SpeakerHistory["previous"][number] | undefined {
  for (let i = history.previous.length - 1; i >= 0; i--) if (history.previous[i].at < at) return history.previous[i];
  return undefined;
}

/**
 * Whether a person may be the one described: of the country the description names, if any,
 * and not of another rank of the same office ("the minister" is not the "Deputy Fisheries
 * Minister", unless it says "deputy"; "the party representative" may be a former ambassador).
 */
function fitsDescription(a: Analysed, people: ArticlePeople, lex: StatementLexicon): (name: string, code: string, role?: string) => boolean {
  const country = phraseCountry(a, lex);
  const written = new Set(words(a.text.toLowerCase()).map(({ w }) => w));
  return (name, code, role) => {
    const office = role || people.roleOf(name);
    const otherRank = sameOffice(a, office, lex) && words(office.toLowerCase()).some(({ w }) => lex.speakerWords.rankModifiers.has(w) && !written.has(w));
    return (!country || !code || country.split(";").includes(code)) && !otherRank;
  };
}

/** Whether a role holds the office a description is headed by ("the senator" ~ "Senator from Ohio"; "diplomat" ~ "ambassador"). */
function sameOffice(a: Analysed, role: string, lex: StatementLexicon): boolean {
  const text = role.toLowerCase();
  const head = a.head.replace(/s$/, "");
  return new RegExp(`\\b${escapeRegExp(head)}`).test(text) || (lex.roleLinks.get(a.head) ?? []).some((l) => text.includes(l));
}

/** "the party spokesman", "Norland's chief negotiator": definite, one, headed by a person's office, no name of its own. */
function describesOnePerson(a: Analysed, lex: StatementLexicon): boolean {
  if (a.kind !== "description" || a.plural || a.anonymous || a.number !== undefined) return false;
  const w = lex.speakerWords;
  if (!lex.speakerHeads.has(a.head) || lex.bodyHeads.has(a.head) || w.documentHeads.has(a.head) || w.unnamedHeads.has(a.head)) return false;
  // "the General Staff" is a body's name, not a description; "the Chairperson", a person's title written with a capital, is one.
  if (!new RegExp(`\\b${escapeRegExp(a.head)}\\b`).test(a.text) && !lex.titleWords.has(a.head)) return false;
  const possessive = /^\S+['’]s?\s/u.test(a.text) && a.mentions.some((m) => m.start === 0);
  return a.definite || possessive;
}
