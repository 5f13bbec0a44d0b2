/**
 * A relative or namesake of a person the gazetteer knows by surname alone: "Ivanka Trump" is not
 * the "Trump" of the gazetteer. News writes the relative with her own given name; the known person
 * goes by title ("President Trump"), by the name the gazetteer spells ("Donald Trump") or bare.
 */
import type { Actor, ActorMention } from "../actors.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { words } from "./phrase.ts";

/**
 * "Ivanka Trump": a person the gazetteer knows by a surname alone, written after
 * another capitalised given name ("Ivanka" before "Trump"), is a relative or namesake, not that person.
 * A title ("President Trump"), a known actor or a name the gazetteer spells in full ("Donald Trump") is no such name.
 */
export function kinByGivenName(text: string, ws: ReturnType<typeof words>, person: ActorMention, lex: StatementLexicon): number | undefined {
  if (/\s/.test(person.text.trim())) return undefined;
  const k = ws.findIndex((x) => x.start === person.start);
  const before = k > 0 ? ws[k - 1] : undefined;
  if (!before || before.end + 1 !== person.start || !/^\p{Lu}\p{Ll}+$/u.test(before.w)) return undefined;
  const lower = before.w.toLowerCase();
  if (lex.titleWords.has(lower) || lex.roleWords.has(lower) || lex.speakerWords.determiners.has(lower) || lex.speakerWords.nameRunOpeners.has(lower) || lex.speakerWords.notGivenNames.has(lower)) return undefined;
  const known = lex.gazetteer.find(before.w).length > 0 || lex.gazetteer.find(text.slice(before.start, person.end)).some((m) => m.start === 0);
  return known ? undefined : before.start;
}

/** The person a phrase ending in a known person's name names: that person, or the relative "Ivanka Trump". */
export function namedPerson(text: string, ws: ReturnType<typeof words>, person: ActorMention, lex: StatementLexicon): { name: string; actor?: Actor; start: number; end: number } {
  const kin = kinByGivenName(text, ws, person, lex);
  if (kin !== undefined) return { name: text.slice(kin, person.end), start: kin, end: person.end };
  return { name: person.text, actor: person.actor, start: person.start, end: person.end };
}
