/**
 * Everything an article tells about its people, indexed once per article: the fullest form
 * of each name, the role a title or an apposition gives, the fuller name of a body a
 * definite description takes up ("the panel" → "United Nations panel of experts").
 */
import { bodyOfMembers } from "./members.ts";
import { agentPhrase, issuerPattern, namedIssuer, publisherBefore, publishingPattern, type IssuerWords } from "./issuer.ts";
export { definedAcronym } from "./acronyms.ts";
import { STATE_KINDS, type Actor, type ActorMention } from "../actors.ts";
import { appositiveName } from "./appositive.ts";
import { partyTagAfter } from "./party-tags.ts";
import { definedAcronym } from "./acronyms.ts";
import { closeSurname } from "./misspelt-names.ts";
import { knownAsNames } from "./known-as.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import { nameKey, nameRunIndex, nameRunPattern, nameRuns, particleCase, runSpelledAsSurname, type NameRuns } from "./name-runs.ts";
import { roleCountry } from "./phrase.ts";
import { roleAt, titledNames } from "./titled-names.ts";


/** Everything the article tells about its people: fullest names and roles. */
export interface ArticlePeople {
  /** The fullest form of a gazetteer person's name the article gives. */
  fullest(actor: Actor): string;
  /** Whether the article gives a gazetteer body a proper name, not only a description ("the spy agency"). */
  named(actor: Actor): boolean;
  /** The last body the gazetteer knows as one of `kinds` named after `after` and before `before` ("Hezbollah" for "the movement"). */
  lastOfKind(kinds: readonly string[], after: number, before: number): Actor | undefined;
  /** The person's name in apposition right after `end` (", Brig. Gen. Ola Brenn"), "" when none. */
  appositive(end: number): string;
  /** The fullest capitalised name in the article that contains a surname or given name. */
  expand(name: string, before: number): string;
  /** The fuller name an earlier sentence gives a body that a definite description takes up ("the panel" → "United Nations panel of experts"). */
  antecedent(head: string, before: number): string;
  /** The last name before an offset that ends in one of a generic head's name words ("… Fishers Union" for "the organization"), "" when none. */
  categoryAntecedent(head: string, before: number): string;
  /** The body whose members of this head the article names before an offset ("militants from the X"), "" when none. */
  membersOf(head: string, before: number): string;
  /** The name an acronym stands for where the article defines it ("Defense Intelligence Agency (DIA)"), "" when none. */
  acronym(short: string): string;
  /** The issuer named for a document of this head before an offset ("a report by X"), "" when none. */
  documentIssuer(head: string, before: number): string;
  /** The state a party tag after the person's name gives ("Ann Cole (D-Ore.)"), "" when none. */
  partyOf(name: string): string;
  /** The role the article gives a person in a title or apposition, "" when none. */
  roleOf(name: string, actor?: Actor): string;
  /** Every mention of a person of the gazetteer, speaking or not ("Russian President Vladimir Putin met Kim"). */
  personMentions(): Array<{ actor: Actor; at: number }>;
  /**
   * Every person the gazetteer does not know whom the article names with a title, speaking or
   * not ("Defence Minister Andrei Belousov arrived …"): the name, the title and where it stands.
   */
  titledPeople(): Array<{ name: string; role: string; at: number }>;
  /** The surnames a title stands before alone ("President Obama"), with the title: only for what "the president" takes up. */
  titledSurnames(): Array<{ name: string; role: string; at: number }>;
  /** How many different full names the article spells with this surname ("Barack Obama", "Michelle Obama": two). */
  surnameHolders(surname: string): number;
  /**
   * The last `count` distinct persons (or states, with their capitals and governments) the
   * article names before an offset, in text order: who "both leaders" or "the two countries" are.
   */
  lastNamed(before: number, persons: boolean, count: number): Array<{ name: string; code: string; at: number }>;
  /** The words before `at` back to the last punctuation (at most a few words): what a name at `at` follows ("for GOP nominee"). */
  leadBefore(at: number): string;
}

/**
 * The people (and named bodies) of an article. `actors` are the gazetteer's mentions in the
 * body, when the caller has them already (the analysis layer's reading); else they are found here.
 */
export function articlePeople(raw: string, bodyStart: number, lex: StatementLexicon, actors?: readonly ActorMention[]): ArticlePeople {
  const named = (actors ?? lex.gazetteer.find(raw.slice(bodyStart), bodyStart)).filter((m) => !m.demonym);
  const mentions = named.filter((m) => m.actor.kind === "person");
  // Bodies and media by their proper names only ("Korean Central News Agency", not "state media KCNA").
  const properNames = named.filter((m) => m.actor.kind !== "person" && m.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w === "of"));
  const runs = nameRuns(raw, bodyStart, nameRunPattern(lex.speakerWords.nameParticles));
  // Every lookup below runs once per speaker phrase: indexed once, so a long article costs linear time.
  const byActor = groupBy([...mentions, ...properNames], (m) => m.actor);
  const runsByName = nameRunIndex(raw, runs, lex);
  const knownAs = knownAsNames(raw, bodyStart, lex);
  const { antecedents, categories, issuers, publishers, acronyms } = textFinders(raw, bodyStart, lex);
  // A person's role does not depend on where they are named: found once per person.
  const firstRole = (spans: Array<{ start: number; end: number }>): string => {
    for (const span of spans) {
      const role = roleAt(raw, bodyStart, span, lex);
      if (role) return role;
    }
    return "";
  };
  const rolesByActor = memo((actor: Actor) => firstRole(byActor.get(actor)?.filter((m) => m.actor.kind === "person") ?? []));
  // The runs that end in the name (as their text would: "McKirby" ends in "Kirby").
  const rolesByName = memo((name: string) => firstRole(runsEndingIn(raw, runs, name)));
  const partiesByName = memo((name: string) => runsEndingIn(raw, runs, name).map((s) => partyTagAfter(raw, s.end, lex.speakerWords.partyTags)).find(Boolean) ?? "");
  const fullestNames = memo((actor: Actor) => {
    // Persons by any mention, bodies by their proper names (byActor holds only those).
    const texts = (byActor.get(actor) ?? []).map((m) => m.text.replace(/^(?:the|The)\s+/, ""));
    return texts.sort((a, b) => b.length - a.length)[0] ?? actor.name;
  });
  let titled: Array<{ name: string; role: string; at: number }> | undefined;
  let titledAlone: Array<{ name: string; role: string; at: number }> | undefined;
  let namedPersons: Named[] | undefined;
  let namedStates: Named[] | undefined;
  return {
    personMentions: () => mentions.map((m) => ({ actor: m.actor, at: m.start })),
    titledPeople: () => (titled ??= titledNames(raw, bodyStart, runs, lex)),
    titledSurnames: () => (titledAlone ??= titledNames(raw, bodyStart, runs, lex, true)),
    surnameHolders: (surname) => new Set((runsByName.get(nameKey(surname)) ?? []).map((h) => h.name).filter((n) => nameKey(n).endsWith(` ${nameKey(surname)}`))).size,
    lastNamed(before, persons, count) {
      // Found and sorted once per kind: a description or a pair asks at every one of its phrases.
      const found = persons
        ? (namedPersons ??= byPosition([...mentions.map((m) => ({ name: this.fullest(m.actor), code: m.actor.code, at: m.start })), ...this.titledPeople().map((t) => ({ name: this.expand(t.name, t.at), code: roleCountry(t.role, lex), at: t.at }))]))
        : (namedStates ??= byPosition(named.filter((m) => STATE_KINDS.has(m.actor.kind)).map((m) => ({ name: m.actor.name, code: m.actor.code, at: m.start }))));
      return lastDistinct(found, before, count, !persons);
    },
    leadBefore: (at) => /[^,.;:!?"“”()\[\]—–]{0,60}$/u.exec(raw.slice(Math.max(bodyStart, at - 60), at))?.[0].trim() ?? "",
    acronym: acronyms,
    documentIssuer: (head, before) => issuers(head)(before) || publishers(head)(before),
    antecedent: (head, before) => antecedents(head)(before),
    categoryAntecedent: (head, before) => categories(head)(before),
    membersOf: (head, before) => bodyOfMembers(raw, bodyStart, head, before),
    fullest: fullestNames,
    named: (actor) => byActor.has(actor),
    lastOfKind: (kinds, after, before) => named.filter((m) => m.start > after && m.end <= before && kinds.includes(m.actor.kind)).pop()?.actor,
    appositive: (end) => appositiveName(raw, end, lex),
    expand: (name, before) => knownAs.get(name) ?? fullNameOf(name, before, runsByName, lex),
    roleOf: (name, actor) => (actor ? rolesByActor(actor) : rolesByName(name)),
    partyOf: partiesByName,
  };
}

/**
 * Each short name, document head and description is looked for in the whole text once: a long
 * article asks for the same few thousands of times.
 */
function textFinders(raw: string, bodyStart: number, lex: StatementLexicon) {
  const issuerWords = { ...lex.speakerWords, roleWords: lex.roleWords };
  return {
    antecedents: memo((head: string) => antecedentFinder(raw, bodyStart, head, lex.words.days)),
    categories: memo((head: string) => categoryFinder(raw, bodyStart, lex.categoryHeads.get(head) ?? [])),
    issuers: memo((head: string) => issuerFinder(raw, bodyStart, head, issuerWords)),
    publishers: memo((head: string) => publisherFinder(raw, bodyStart, head, issuerWords)),
    acronyms: memo((short: string) => definedAcronym(raw, short)),
  };
}

/**
 * A surname alone ("Kirby", "Van Dijk" opening a sentence) as the article first spells it in full. Where
 * two people share it ("Sen. Ana Ruiz … her husband, Tomas Ruiz, …"), news style keeps the bare surname for
 * the one introduced first and names the other in full or by a given name: the latest full name is no guide.
 * A run that spells the word as its surname comes before one that opens with it ("Ruiz Foundation").
 */
function fullNameOf(name: string, before: number, runsByName: ReturnType<typeof nameRunIndex>, lex: StatementLexicon): string {
  // "Van Dijk" or "Al-Hadi" opening a sentence: the surname, whatever the particle's case.
  const parts = name.split(/\s+/);
  const particle = parts.length === 2 && lex.speakerWords.nameParticles.has(parts[0].toLowerCase());
  if (parts.length > 1 && !particle) return name;
  const key = particle ? parts[1] : particleCase(name, lex);
  const hits = runsByName.get(nameKey(key));
  if (!hits) return particle ? name : closeSurname(key, before, runsByName) || name;
  return runSpelledAsSurname(hits, key);
}

/** A function that computes each key's value once. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

type Named = { name: string; code: string; at: number };

/** Sorted by position, the later of two at one position first (as a search from the end meets them). */
const byPosition = (found: Named[]): Named[] => found.map((f, i) => ({ f, i })).sort((x, y) => x.f.at - y.f.at || y.i - x.i).map(({ f }) => f);

/** The last `count` parties named before an offset in `found` (by position), distinct by name (and by country when `byCountry`), in text order. */
function lastDistinct(found: Named[], before: number, count: number, byCountry: boolean): Named[] {
  const out: Named[] = [];
  for (let k = lastBefore(found, (x) => x.at < before); k >= 0; k--) {
    const f = found[k];
    if (!out.some((o) => o.name === f.name || (byCountry && o.code && o.code === f.code))) out.unshift(f);
    if (out.length === count) break;
  }
  return out;
}

/**
 * The spans of `name` where a capitalised run ends in it, or in its possessive: "President Tom Vale's
 * decision" gives him his title as "President Tom Vale said" does.
 */
function runsEndingIn(raw: string, runs: NameRuns, name: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let k = 0; k < runs.starts.length; k++) {
    const possessive = POSSESSIVE_END.test(raw.slice(runs.ends[k] - 2, runs.ends[k]));
    const end = possessive ? runs.ends[k] - 2 : runs.ends[k];
    if (end - runs.starts[k] >= name.length && raw.endsWith(name, end)) spans.push({ start: end - name.length, end });
  }
  return spans;
}

/** A possessive's ending, as a name run takes it in. */
const POSSESSIVE_END = /^['’]s$/;

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
export function lastBefore<T>(items: T[], test: (item: T) => boolean): number {
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
 * Finds the last fuller name of a body before an offset: capitalised modifiers then the
 * head, with an "of" complement ("A United Nations panel of experts"). The matches over
 * the whole body are found once; those ending before the offset are the ones a search of
 * the text up to it finds, unless a match straddles the offset or "\b" reads the word
 * after it — then the text up to the offset is searched as before.
 */
function antecedentFinder(raw: string, bodyStart: number, head: string, days: ReadonlySet<string>): (before: number) => string {
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4})${escapeRegExp(head)}((?:\\s+of\\s+\\p{Ll}+)?)\\b`, "gu");
  const text = (m: RegExpMatchArray) => `${m[1]}${head}${m[2]}`.replace(/^(?:A|An|The)\s+/, "");
  const described = [...raw.slice(bodyStart).matchAll(pattern)].map((m) => ({ start: bodyStart + m.index!, end: bodyStart + m.index! + m[0].length, text: text(m) }));
  const matches = [...described, ...namesAfterHead(raw, bodyStart, head, days)].sort((x, y) => x.end - y.end);
  // The earliest start of the matches from each one on: whether one that ends after an offset starts before it.
  const firstStart = matches.map((m) => m.start);
  for (let i = firstStart.length - 2; i >= 0; i--) firstStart[i] = Math.min(firstStart[i], firstStart[i + 1]);
  return (before) => {
    const k = lastBefore(matches, (m) => m.end <= before);
    if ((k + 1 < matches.length && firstStart[k + 1] < before) || insideWord(raw, before, head)) {
      const upTo = raw.slice(0, before);
      const found = [...[...upTo.slice(bodyStart).matchAll(pattern)].map((m) => ({ end: bodyStart + m.index! + m[0].length, text: text(m) })), ...namesAfterHead(upTo, bodyStart, head, days)];
      return found.sort((x, y) => x.end - y.end).at(-1)?.text ?? "";
    }
    return k >= 0 ? matches[k].text : "";
  };
}

/**
 * A body the article names right after its category ("Greek company Sea Lark", "the state news
 * agency VNA"): the name, which "the company" or "the agency" takes up later. A day is no name
 * ("the company Monday said").
 */
function namesAfterHead(raw: string, bodyStart: number, head: string, days: ReadonlySet<string>): Array<{ start: number; end: number; text: string }> {
  const pattern = new RegExp(`\\b${escapeRegExp(head)}\\s+(\\p{Lu}[\\p{L}\\p{N}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’'-]*){0,3})`, "gu");
  return [...raw.slice(bodyStart).matchAll(pattern)]
    .filter((m) => !m[1].split(/\s+/).some((w) => days.has(w.toLowerCase())))
    .map((m) => ({ start: bodyStart + m.index!, end: bodyStart + m.index! + m[0].length, text: m[1] }));
}

/** Names of capitalised words ending in one of `words`, capitalised ("Norland Fishers Union"): the last one ending before an offset. */
function categoryFinder(raw: string, bodyStart: number, words: string[]): (before: number) => string {
  if (words.length === 0) return () => "";
  const heads = words.map((w) => escapeRegExp(w[0].toUpperCase() + w.slice(1))).join("|");
  const pattern = new RegExp(`(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}(?:${heads})\\b`, "gu");
  const matches = [...raw.slice(bodyStart).matchAll(pattern)]
    .map((m) => ({ end: bodyStart + m.index! + m[0].length, text: m[0].replace(/^(?:A|An|The)\s+/, "") }))
    .filter((m) => /\s/.test(m.text)); // "The Union" opening a sentence names none
  return (before) => {
    const k = lastBefore(matches, (m) => m.end <= before);
    return k >= 0 ? matches[k].text : "";
  };
}

/**
 * Whether a match of the text up to `before` may end at `before` where the whole text's does
 * not (or the reverse): "\b" reads the end of the text as a boundary. It cannot when a
 * non-word character follows, nor when a space precedes and the match ends in a letter (the
 * head's, or its "of" complement's), as a speaker phrase's start is.
 */
function insideWord(raw: string, before: number, head: string): boolean {
  if (!/\w/.test(raw[before] ?? "")) return false;
  return !(/\s/.test(raw[before - 1] ?? "") && /\p{L}$/u.test(head));
}

/** What ends an agent's phrase (agentPhrase reads up to the first of these). */
const PHRASE_END = /[,;:.!?()"“”]/g;

/**
 * `namedIssuer` for one head, asked at many offsets: the pattern's matches in the whole body
 * are found once, as is the phrase after each match that a stop ends before the offset, so a
 * long article costs linear time rather than a search of all the text before each phrase. A
 * match that straddles the offset (the text up to it may match otherwise) is searched as before.
 */
function issuerFinder(raw: string, from: number, head: string, w: IssuerWords): (before: number) => string {
  const matches = [...raw.slice(from).matchAll(issuerPattern(head, w))].map((m) => {
    const start = from + m.index!;
    const end = start + m[0].length;
    PHRASE_END.lastIndex = end;
    const stop = PHRASE_END.exec(raw)?.index ?? raw.length;
    return { start, end, stop, phrase: agentPhrase(raw.slice(end, stop), w) };
  });
  // The last non-empty phrase among the matches up to each one.
  const lastFound: string[] = [];
  matches.forEach((m, k) => lastFound.push(m.phrase || (k > 0 ? lastFound[k - 1] : "")));
  return (before) => {
    const k = lastBefore(matches, (m) => m.end <= before);
    if (matches[k + 1] && matches[k + 1].start < before) return namedIssuer(raw, from, before, head, w);
    // Matches whose phrase runs on to the offset read only the text up to it (a few, in one clause).
    let j = k;
    for (; j >= 0 && matches[j].stop > before; j--) {
      const phrase = agentPhrase(raw.slice(matches[j].end, before), w);
      if (phrase) return phrase;
    }
    return j >= 0 ? lastFound[j] : "";
  };
}

/** The subject of the last verb of issuing a document of this head before an offset ("Harbour Watch published a report"), found once per head. */
function publisherFinder(raw: string, from: number, head: string, w: IssuerWords): (before: number) => string {
  const matches = [...raw.slice(from).matchAll(publishingPattern(head, w))].map((m) => {
    const start = from + m.index!;
    const lineStart = raw.lastIndexOf("\n", start) + 1;
    return { end: start + m[0].length, name: publisherBefore(raw.slice(Math.max(lineStart, start - 120), start), w) };
  }).filter((m) => m.name);
  return (before) => {
    const k = lastBefore(matches, (m) => m.end <= before);
    return k >= 0 ? matches[k].name : "";
  };
}

