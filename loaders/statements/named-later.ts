/**
 * An unnamed speaker the article names next: a lead tells what "a local official has said",
 * the sentence after gives the name ("Serhiy Bolvinov, head of the region's police, said …").
 * News writing introduces a speaker by description first and by name right after; the
 * description then stands for that person.
 */
import { type ResolvedSpeaker } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { describedHead } from "../speakers/taken-up.ts";
import { escapeRegExp } from "../text.ts";
import { type Built } from "./rows.ts";

/** How many sentences after a description its speaker may be named. */
export const NAMED_WITHIN = 3;

/** Gives each indefinite description the named person who speaks next, when that person fits. */
export function nameDescribedSpeakers(built: Built[], lex: StatementLexicon, raw: string): void {
  const unnamed = keptUnnamed(built);
  built.forEach((b, i) => {
    if (unnamed.has(b.speaker.speaker)) return;
    // "…, according to a campaign aide." cites a source in passing; it does not introduce the next speaker.
    const title = titleNamedLater(b.speaker, lex);
    const named = (isIndefinite(b.speaker) || title) && !b.draft.cited ? namedNext(built, i, lex, title) : undefined;
    if (!named || namedBefore(named.speaker, raw, b.draft.sentence.start + b.draft.anchor)) return;
    b.speaker = { ...named, country: named.country || b.speaker.country, description: b.speaker.description };
    b.row.speaker = named.speaker;
    b.row.speaker_role = named.role || b.row.speaker_role;
    b.row.speaker_country = b.speaker.country;
  });
}

/** Whether the article gave the name before `at`: then it is someone the description does not introduce ("a campaign aide" is not the candidate). */
function namedBefore(name: string, raw: string, at: number): boolean {
  const surname = name.split(/\s+/).pop() ?? "";
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "u").test(raw.slice(0, at));
}

/** "a local official", "an official in Seoul": one unnamed speaker who may be named later ("officials", "a source who declined to be named" may not). */
function isIndefinite(speaker: ResolvedSpeaker): boolean {
  return speaker.kind === "description" && !speaker.plural && !speaker.anonymous && /^an?\s/i.test(speaker.description);
}

/**
 * "Chile's foreign minister", "the navy's spokesman": one person described definitely by a title, whom the article
 * may name in the next sentences with that title ("Foreign Minister Alberto Vidal"); the title's words, else undefined.
 */
function titleNamedLater(speaker: ResolvedSpeaker, lex: StatementLexicon): string[] | undefined {
  if (speaker.kind !== "description" || speaker.plural || speaker.anonymous) return undefined;
  // The words after the article or the possessor: "foreign minister" of "Chile's foreign minister".
  const title = /^(?:[Tt]he\s+)?(?:[\p{L}.]+[’']s\s+)?(.+)$/u.exec(speaker.description)?.[1] ?? "";
  if (!/^(?:[Tt]he\s|[\p{L}.]+[’']s\s)/u.test(speaker.description)) return undefined;
  const head = describedHead(speaker.description, lex);
  if (!lex.titleWords.has(head) || lex.speakerWords.functionWords.has(head)) return undefined;
  const words = title.toLowerCase().split(/\s+/);
  return words[words.length - 1] === head ? words : undefined;
}

/**
 * "a coast guard official" is not "Ana Rojas, director of the fisheries agency": when both the description and the
 * named person's role name a body by its head noun, they share one.
 */
function bodiesDiffer(description: string, role: string, lex: StatementLexicon): boolean {
  const heads = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => lex.bodyHeads.has(w));
  const mine = heads(description);
  if (mine.some((w) => lex.broadBodyHeads.has(w))) return false;
  const theirs = heads(role);
  return mine.length > 0 && theirs.length > 0 && !mine.some((w) => theirs.includes(w));
}

/** Whether a role holds each word of the title: "Foreign Minister" holds "foreign minister", "Defence Minister" does not. */
const holdsTitle = (role: string, title: string[]) => title.every((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, "iu").test(role));

/**
 * The person who speaks in the next few sentences, before any other person does, when their countries agree,
 * their bodies do not differ, and, for a definite description, their role holds its title.
 */
function namedNext(built: Built[], i: number, lex: StatementLexicon, title?: string[]): ResolvedSpeaker | undefined {
  const own = built[i];
  const sentence = own.draft.sentence.index;
  for (let k = i + 1; k < built.length; k++) {
    const next = built[k];
    const gap = next.draft.sentence.index - sentence;
    if (gap > NAMED_WITHIN) return undefined;
    // A full name ("Serhiy Bolvinov") or a known person: a lone capitalised word may be an outlet ("MTI writes").
    const fullName = !!next.speaker.actor || next.speaker.speaker.trim().split(/\s+/).length > 1;
    if (gap === 0 || next.speaker.kind !== "person" || !fullName) continue;
    // "Another official, Kim Min-jun, said …" names someone else.
    const phrase = next.draft.phrase;
    const firstWord = (text = "") => /^\p{L}+/u.exec(text)?.[0]?.toLowerCase() ?? "";
    if (lex.words.otherSpeakerWords.has(firstWord(phrase?.text)) || lex.words.otherSpeakerWords.has(firstWord(phrase?.apposition))) return undefined;
    if (bodiesDiffer(own.speaker.description, next.speaker.role, lex)) return undefined;
    if (title && !holdsTitle(next.speaker.role, title)) return undefined;
    const theirs = next.speaker.country;
    const mine = own.speaker.country;
    return !mine || !theirs || mine.split(";").includes(theirs) ? next.speaker : undefined;
  }
  return undefined;
}

/**
 * "A senior official told the paper …. The official said …": a description the article takes up again as a
 * description, in another sentence, is a source it keeps unnamed; the person named next is someone else.
 */
function keptUnnamed(built: Built[]): Set<string> {
  const seen = new Map<string, Built>();
  const kept = new Set<string>();
  for (const b of built) {
    if (b.speaker.kind !== "description" || b.speaker.plural) continue;
    const first = seen.get(b.speaker.speaker);
    if (!first) seen.set(b.speaker.speaker, b);
    else if (first.draft.sentence.index !== b.draft.sentence.index && /^the\s/i.test(b.draft.phrase?.text ?? "")) kept.add(b.speaker.speaker);
  }
  return kept;
}
