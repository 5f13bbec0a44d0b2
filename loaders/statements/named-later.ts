/**
 * An unnamed speaker the article names next: a lead tells what "a local official has said",
 * the sentence after gives the name ("Serhiy Bolvinov, head of the region's police, said …").
 * News writing introduces a speaker by description first and by name right after; the
 * description then stands for that person.
 */
import { type ResolvedSpeaker } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { escapeRegExp } from "../text.ts";
import { type Built } from "./rows.ts";

/** How many sentences after a description its speaker may be named. */
export const NAMED_WITHIN = 3;

/** Gives each indefinite description the named person who speaks next, when that person fits. */
export function nameDescribedSpeakers(built: Built[], lex: StatementLexicon, raw: string): void {
  built.forEach((b, i) => {
    // "…, according to a campaign aide." cites a source in passing; it does not introduce the next speaker.
    const named = isIndefinite(b.speaker) && !b.draft.cited ? namedNext(built, i, lex) : undefined;
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

/** The person who speaks in the next few sentences, before any other person does, when their countries agree. */
function namedNext(built: Built[], i: number, lex: StatementLexicon): ResolvedSpeaker | undefined {
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
    const theirs = next.speaker.country;
    const mine = own.speaker.country;
    return !mine || !theirs || mine.split(";").includes(theirs) ? next.speaker : undefined;
  }
  return undefined;
}
