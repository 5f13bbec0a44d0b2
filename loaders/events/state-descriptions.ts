/**
 * State descriptions: "the country", "the kingdom", "the regime", "the hermit kingdom" refer
 * back to a state named before ("Saudi Arabia buys US arms. … Washington sold jets to the
 * kingdom"). A description is the latest state its own sentence named before it, unless that
 * is the subject of its clause (the state would be named again, or by a pronoun: "Washington
 * sold jets to the kingdom"); else the subject of the sentence before, else the latest state
 * the article named.
 */
import { allMatches } from "../text.ts";
import type { ArticleMemory } from "./memory.ts";
import { afterPreposition, overlapsAny, subjectOf } from "./parties.ts";
import type { Party } from "./types.ts";

/** The parties that the sentence's descriptions of a state refer to (sentence offsets), given the parties `named` in it. */
export function stateDescriptions(memory: ArticleMemory, text: string, named: Party[]): Party[] {
  const words = memory.res.words;
  const out: Party[] = [];
  for (const m of allMatches(words.stateDescription, text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlapsAny(named, s, e) || !refers(memory, text, s, m[0])) continue;
    const before = named.filter((p) => p.end <= s && p.codes.length > 0);
    // "Washington sold jets to the kingdom": not the subject of its own clause, which a verb
    // of saying opens ("The North's leader said the country plans …", "France said it …").
    const clauseStart = lastSaid(memory, text, s);
    const subject = before.find((p) => p.start >= clauseStart && !p.modifier && !afterPreposition(words, text, p.start));
    const previous = subjectOf(words, memory.previousParties, memory.previousText);
    const candidates = [...before.filter((p) => p !== subject).reverse(), previous, ...[...memory.history].reverse()];
    const antecedent = candidates.find((p) => p !== undefined && isOneState(p) && !(subject && subject.codes.includes(p.codes[0])));
    if (antecedent) out.push({ ...antecedent, start: s, end: e, modifier: /^['’]s?\b/.test(text.slice(e, e + 2)), anaphor: true, hyphenated: false, person: "" });
  }
  return out;
}

/** One state, its capital or one of its people ("Kim … the country's honour"), not a body or a group of states. */
const isOneState = (p: Party) => p.codes.length === 1 && p.kinds.length > 0 && p.kinds.every((k) => k === "state" || k === "capital" || k === "person");

/**
 * Whether a description refers back: not a predicate ("North Korea became the only country to
 * …"), not a rank or a whole ("the first country", "the largest nation", "the entire country").
 */
function refers(memory: ArticleMemory, text: string, at: number, phrase: string): boolean {
  const words = memory.res.words;
  if (words.copulaBefore.test(text.slice(Math.max(0, at - 24), at))) return false;
  return !phrase.split(/\s+/).slice(1, -1).some((w) => words.nonReferring.has(w.toLowerCase()) || /est$/i.test(w));
}

/** Where the clause a verb of saying opens before `to` begins (after its last such verb), else 0. */
function lastSaid(memory: ArticleMemory, text: string, to: number): number {
  let end = 0;
  for (const m of allMatches(memory.res.speechVerbs, text.slice(0, to))) end = m.index + m[0].length;
  return end;
}
