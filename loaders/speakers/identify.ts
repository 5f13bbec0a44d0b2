/**
 * The named person a description stands for ("the Russian president" → Vladimir Putin), when
 * the article identifies one: its named persons grouped by role and country, the nearest
 * group member that fits.
 */
import { joinCodes, type Actor } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { lastBefore, type ArticlePeople } from "./article-people.ts";
import { DESCRIBED_REACH } from "./described-person.ts";
import { appositionRole, roleCountry, words, type Analysed, type ResolvedSpeaker, type SpeakerPhrase } from "./phrase.ts";

/** Every speaker phrase of an article, analysed, with where it stands. */
export type PhraseList = Array<{ analysed: Analysed; at: number; phrase: SpeakerPhrase }>;

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
      // "Sen. Ann Cole" holds the office "the senator" names: an abbreviated title spelt out.
      const roleWords = new Set(words(role.toLowerCase()).map(({ w }) => (lex.speakerWords.titleAbbreviations.get(w) ?? w).replace(/s$/, "")));
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
  // And people the gazetteer does not know, named with a title ("Defence Minister Andrei Belousov arrived …").
  const mentioned = people.personMentions().length;
  people.titledPeople().forEach(({ name, role, at }, k) => {
    add(role, roleCountry(role, lex), { name: people.expand(name, at), at, order: allPhrases.length + mentioned + k });
  });
  // "President Obama", "Gov. Pence": a surname after a title alone, as fully as the article names it elsewhere.
  const titled = people.titledPeople().length;
  // "President Obama" in an article naming "Barack Obama" and "Michelle Obama" stays "Obama": the title tells which;
  // so it does when the one full name is given another office ("the first lady, Michelle Obama").
  people.titledSurnames().forEach(({ name, role, at }, k) => {
    const expanded = people.surnameHolders(name) > 1 ? name : people.expand(name, at);
    const otherRole = people.roleOf(expanded);
    const full = otherRole && !sharesTitle(otherRole, role, lex) ? name : expanded;
    add(role, roleCountry(role, lex), { name: full, at, order: allPhrases.length + mentioned + titled + k });
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

/** The member last named before `at`, if any. */
function lastMemberBefore(members: CandidateGroup["members"], at: number): CandidateGroup["members"][number] | undefined {
  return members[lastBefore(members, (m) => m.at < at)];
}

/**
 * The named person a description stands for, when the article identifies one: same country,
 * and the description shares a title word or a body with the person's role, or its head is
 * linked to the role ("diplomat" ~ "foreign ministry"). The nearest such person wins.
 */
export function identify(a: Analysed, at: number, allPhrases: PhraseList, people: ArticlePeople, lex: StatementLexicon): ResolvedSpeaker | undefined {
  // "the Foreign Ministry" is the body, not the ministry's spokesperson named before.
  // "the sister of leader Kim Jong Un" takes up a person named with that kinship ("Kim Yo Jong, the leader's sister").
  if (!(lex.speakerHeads.has(a.head) || lex.speakerWords.kinHeads.has(a.head)) || lex.bodyHeads.has(a.head)) return undefined;
  const country = joinCodes(a.mentions.map((m) => m.actor.code));
  const ownWords = new Set(words(a.text.toLowerCase()).map(({ w }) => w.replace(/s$/, "")).filter((w) => lex.roleWords.has(w) && !lex.speakerWords.determiners.has(w) && !lex.speakerWords.functionWords.has(w)));
  // "the Ohio senator": a place in a description tells the person's state, not a body the person serves.
  const ownBodies = a.mentions.filter((m) => !m.demonym && m.actor.kind !== "state" && m.actor.kind !== "place").map((m) => m.actor);
  const head = a.head.replace(/s$/, "");
  // "the minister", "the president": a title alone takes up the last person named with it before.
  const bare = !country && ownBodies.length === 0 && /^the\s+\S+$/i.test(a.text.trim()) && !a.plural && !lex.bodyHeads.has(a.head);
  // "the Democratic presidential nominee" is not the one named "vice presidential nominee".
  const written = new Set(words(a.text.toLowerCase()).map(({ w }) => w));
  const otherOffice = (g: CandidateGroup) => [...g.roleWords].some((w) => lex.speakerWords.rankModifiers.has(w) && !written.has(w));
  const fits = (g: CandidateGroup) => {
    if (otherOffice(g)) return false;
    if (bare) return g.roleWords.has(head);
    if (country && !country.split(";").includes(g.code)) return false;
    const roleText = g.role.toLowerCase();
    const shared = [...ownWords].filter((w) => w !== head && g.roleWords.has(w));
    const linked = (lex.roleLinks.get(a.head) ?? []).some((l) => roleText.includes(l));
    // "the Russian president" takes up the one named with that role and country; "a Russian official" names no one.
    const definite = /^the\s/i.test(a.text) && !!country && g.code === country;
    return (g.roleWords.has(head) && (shared.length > 0 || definite)) || ownBodies.some((b) => g.roleBodies.includes(b)) || (linked && !!country);
  };
  let best: { group: CandidateGroup; member: CandidateGroup["members"][number] } | undefined;
  const fitting = candidateGroups(allPhrases, people, lex).filter(fits);
  // "Sen. Marsh met Sen. Pell. The senator said …": two holders of the title just named leave it unclear.
  if (bare && holdersNear(fitting, at) > 1) return undefined;
  for (const group of fitting) {
    const member = bare ? lastMemberBefore(group.members, at) : nearestMember(group.members, at);
    if (!member) continue;
    const d = best ? Math.abs(member.at - at) - Math.abs(best.member.at - at) : -1;
    if (d < 0 || (d === 0 && member.order < best!.member.order)) best = { group, member };
  }
  if (!best) return undefined;
  const { group, member } = best;
  return { speaker: member.name, role: group.role, country: group.code, kind: "person", plural: false, parties: 1, actor: member.actor, description: a.text, anonymous: false };
}

/** Whether two roles share a title word ("President" and "U.S. President"; "Sen." and "senator"). */
function sharesTitle(a: string, b: string, lex: StatementLexicon): boolean {
  const titles = (role: string) => words(role.toLowerCase()).map(({ w }) => lex.speakerWords.titleAbbreviations.get(w) ?? w).filter((w) => lex.titleWords.has(w));
  const mine = new Set(titles(a));
  return titles(b).some((w) => mine.has(w));
}

/** How many people (by surname) the groups name within a description's reach before `at`. */
function holdersNear(groups: CandidateGroup[], at: number): number {
  const surnames = new Set<string>();
  for (const g of groups) for (const m of g.members) if (m.at < at && at - m.at <= DESCRIBED_REACH) surnames.add(m.name.split(/\s+/).pop() ?? "");
  return surnames.size;
}
