/**
 * The parties of one sentence: the gazetteer's actors, people's short names ("Kim" after
 * "Kim Jong Un"), joined into groups, and the pronouns and "the three allies" that refer
 * to parties named before.
 */
import { allMatches, type Sentence } from "../text.ts";
import type { ArticleMemory } from "./memory.ts";
import { ethnicGroups } from "./domestic.ts";
import { withoutBackers } from "./backers.ts";
import { withoutNameParts } from "./name-parts.ts";
import { groupParties, overlapsAny, subjectOf, toParty } from "./parties.ts";
import { stateDescriptions } from "./state-descriptions.ts";
import type { SentenceReading, Word } from "../analysis/index.ts";
import type { Party } from "./types.ts";

/** A capitalised word: a bare short name ("Kim", "Shoigu") of a person named before. */
const CAPITALISED_WORD = /\b\p{Lu}[\p{L}-]+\b/gu;

/**
 * A state's or body's name right before its agents ("US troops", "DPRK soldiers", "UN
 * peacekeepers") modifies them, as a demonym does; not before a verb ("Russia forces Kyiv to").
 */
function asAdjunct(lexicon: ArticleMemory["res"]["words"], p: Party, reading: SentenceReading, base: number, text: string): Party {
  if (p.modifier || p.person || !p.kinds.every((k) => k === "state" || k === "body")) return p;
  const head = lexicon.agentHeadAfter.exec(text.slice(p.end, p.end + 40));
  if (!head) return p;
  const at = base + p.end + head[0].length - head[1].length;
  return reading.words.some((w) => w.start === at && w.pos === "NOUN") ? { ...p, modifier: true } : p;
}

/** The sentence's parties in order, named or referred to; people's short names are remembered for later sentences. */
export function findParties(memory: ArticleMemory, sentence: Sentence): Party[] {
  const text = sentence.text;
  const lexicon = memory.res.words;
  const reading = memory.doc.reading.of(sentence);
  const found = reading.actors;
  const parties = withoutBackers(lexicon, withoutNameParts(lexicon, found.map((m) => asAdjunct(lexicon, toParty(m, text, sentence.start), reading, sentence.start, text)), text), text);
  // Remember people's short names ("Kim", "Shoigu") for later bare mentions.
  for (const m of found) {
    if (m.actor.kind !== "person") continue;
    rememberShortNames(memory, m.actor.name, m.actor.code);
  }
  parties.push(...titledParties(memory, sentence, parties));
  // Until a person is named, there is no short name to look for.
  for (const m of memory.shortNames.size ? allMatches(CAPITALISED_WORD, text) : []) {
    const short = memory.shortNames.get(m[0]);
    const s = m.index;
    const e = s + m[0].length;
    if (!short || overlapsAny(parties, s, e)) continue;
    parties.push({ start: s, end: e, codes: [short.code], names: [short.name], kinds: ["person"], modifier: /^['’]s?/.test(text.slice(e, e + 2)), hyphenated: false, person: short.name, anaphor: false });
  }
  const groups = ethnicGroups(lexicon, markPeople(groupParties(lexicon, parties, text), reading, sentence.start), text);
  const resolved: Party[] = [...groups];
  for (const m of allMatches(lexicon.groupAnaphor, text)) {
    const n = lexicon.groupNumbers.get(m[1].toLowerCase());
    const s = m.index;
    const e = s + m[0].length;
    if (overlapsAny(parties, s, e)) continue;
    const before = groups.filter((g) => g.end <= s);
    const antecedent = [...memory.history, ...before].reverse().find((g) => g.codes.length === n);
    if (antecedent) resolved.push({ ...antecedent, start: s, end: e, modifier: false, anaphor: true, hyphenated: false });
  }
  resolved.sort((a, b) => a.start - b.start);
  const named = [...resolved];
  for (const m of allMatches(lexicon.pronoun, text)) {
    const s = m.index;
    const e = s + m[0].length;
    const word = m[1].toLowerCase();
    const antecedent = pronounAntecedent(memory, word, text, s, named);
    if (antecedent) resolved.push({ ...antecedent, start: s, end: e, modifier: lexicon.possessivePronouns.has(word), anaphor: true, hyphenated: false });
  }
  for (const m of allMatches(lexicon.itSubject, text)) {
    const s = m.index;
    const antecedent = subjectOf(lexicon, named.filter((g) => g.end <= s), text) ?? subjectOf(lexicon, memory.previousParties, memory.previousText);
    if (antecedent) resolved.push({ ...antecedent, start: s, end: s + 2, modifier: false, anaphor: true, hyphenated: false });
  }
  // "… to the kingdom": a description of a state named before.
  resolved.sort((a, b) => a.start - b.start);
  resolved.push(...stateDescriptions(memory, text, resolved));
  return resolved.sort((a, b) => a.start - b.start);
}

/**
 * People the gazetteer does not know, named in this sentence with a title that names a state
 * ("Sergei Ivanov, a deputy Russian foreign minister", "South Korean Defence Minister Park
 * Jin-ho"): parties of that state, and their short names remembered ("Ivanov met …").
 */
function titledParties(memory: ArticleMemory, sentence: Sentence, named: Party[]): Party[] {
  const out: Party[] = [];
  const { titled } = memory;
  while (memory.titledNext < titled.length && titled[memory.titledNext].start < sentence.start) memory.titledNext++;
  for (let i = memory.titledNext; i < titled.length && titled[i].end <= sentence.end; i++) {
    const p = titled[i];
    rememberShortNames(memory, p.name, p.code);
    const [s, e] = [p.start - sentence.start, p.end - sentence.start];
    if (overlapsAny(named, s, e)) continue;
    out.push({ start: s, end: e, codes: [p.code], names: [p.name], kinds: ["person"], modifier: /^['’]s?/.test(sentence.text.slice(e, e + 2)), hyphenated: false, person: p.name, anaphor: false });
  }
  return out;
}

/** "Kim" and "Shoigu" stand for the person named in full before. */
function rememberShortNames(memory: ArticleMemory, name: string, code: string): void {
  const words = name.split(/\s+/);
  for (const w of [words[0], words[words.length - 1]]) if (w.length > 2) memory.shortNames.set(w, { code, name });
}

function pronounAntecedent(memory: ArticleMemory, word: string, text: string, at: number, groups: Party[]): Party | undefined {
  const before = groups.filter((g) => g.end <= at && g.codes.length > 0);
  const earlier = [...memory.history, ...before].reverse();
  const words = memory.res.words;
  if (words.personPronouns.has(word)) {
    // Centering: with no person before it in its own sentence, "he" is the person the
    // last sentence naming people named first (its subject: "Lavrov, who hosted Choe …").
    const own = [...before].reverse().find((g) => g.person);
    if (own) return own;
    if (memory.lastPeople.length) return memory.lastPeople[0];
    const person = earlier.find((g) => g.person);
    if (!person) return undefined;
    // A person named in parentheses right after the pronoun is the antecedent itself.
    return person;
  }
  // "The Fijian rebels said they …": people named by a demonym are an antecedent in their own sentence only.
  if (words.pluralPronouns.has(word)) return [...before].reverse().find((g) => g.codes.length > 1 || g.people) ?? earlier.find((g) => g.codes.length > 1);
  // "despite its denials, North Korea …": the owner follows the fronted phrase.
  if (words.concessiveBefore.test(text.slice(Math.max(0, at - 12), at))) {
    return groups.find((g) => g.start > at && g.codes.length === 1 && !g.person);
  }
  return earlier.find((g) => g.codes.length === 1 && g.kinds.some((k) => k === "state" || k === "capital"));
}

/** A plural noun: its lemma is not the word ("rebels" → "rebel", "Serbs" → "serb"). */
const isPlural = (w: Word) => (w.pos === "NOUN" || w.pos === "PROPN") && w.lemma !== w.lower && /s$/.test(w.lower);

/**
 * Demonyms that name people of a state: a plural demonym ("Chileans") or one before a
 * plural noun phrase ("Malian insurgents", "Afghan rebel leaders"). "They" may refer to them.
 */
function markPeople(groups: Party[], reading: SentenceReading, sentenceStart: number): Party[] {
  return groups.map((g) => {
    if (!g.modifier || g.person || g.codes.length !== 1 || !g.kinds.every((k) => k === "state")) return g;
    // The words are read here, not before: most sentences name no demonym, and wink-nlp is the coder's largest cost.
    const words = reading.words;
    const own = words.filter((w) => w.start - sentenceStart >= g.start && w.end - sentenceStart <= g.end);
    if (own.length && isPlural(own[own.length - 1])) return { ...g, people: true };
    // The noun phrase the demonym opens: adjectives and nouns up to its head.
    const next = words.filter((w) => w.start - sentenceStart >= g.end).slice(0, 3);
    const phrase: Word[] = [];
    for (const w of next) {
      if (w.pos !== "NOUN" && w.pos !== "ADJ" && w.pos !== "PROPN") break;
      phrase.push(w);
    }
    const head = phrase[phrase.length - 1];
    return head && isPlural(head) ? { ...g, people: true } : g;
  });
}
