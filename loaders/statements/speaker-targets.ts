/**
 * Whom a statement is about when its words name no state: another person the article reports
 * speaking ("Cole said Vale had misled the voters", both senators of one state). The gazetteer
 * codes states, bodies and a few leaders; a candidate, a senator or a governor is coded only as a
 * speaker, by his title or the state the report is about. A statement about such a person targets
 * the state he speaks for, the speaker's own included: a politician attacking a rival at home
 * aims at his own state's politics (the contract's "whom the statement is about"). A statement
 * whose words already name a party keeps the parties it names (stance.ts decideTarget).
 */
import { type ArticlePeople } from "../speakers.ts";
import { roleCountry } from "../speakers/phrase.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Built } from "./rows.ts";

/**
 * The state each person (or body named by one word) of the article speaks for, by the word of the name
 * that may stand alone (its surname): its speakers', and those of people it names with a title that places them, speaking or not
 * ("Democratic nominee Ana Ruiz").
 */
function personStates(built: readonly Built[], people: ArticlePeople, lex: StatementLexicon): Map<string, string> {
  const states = new Map<string, string>();
  const add = (name: string, country: string) => {
    const surname = surnameOf(name);
    // A surname two people of different states share names neither.
    if (surname && country) states.set(surname, states.has(surname) && states.get(surname) !== country ? "" : country);
  };
  for (const b of built) {
    if (b.speaker.kind === "person" && !b.speaker.plural) add(b.speaker.speaker, b.speaker.country);
    // A body or a group named by one word ("Republicans", "the Pentagon"); a longer name's last word is a kind ("Committee").
    else if (ONE_WORD_NAME.test(b.speaker.speaker)) add(b.speaker.speaker, b.speaker.country);
  }
  for (const titled of people.titledPeople()) add(titled.name, roleCountry(titled.role, lex));
  return states;
}

/** A name of one capitalised word, after an article or none. */
const ONE_WORD_NAME = /^(?:the\s+)?\p{Lu}[\p{L}\p{M}-]+$/u;

/** The last capitalised word of a person's name ("Ana María Ruiz" → "Ruiz"), or undefined for a one-letter word. */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}/u.test(w));
  return words.at(-1)?.replace(/[’']s$/u, "");
}

/** Capitalised words of a text, possessives cut ("Vale’s" → "Vale"). */
function capitalisedWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{M}-]+/gu) ?? []).map((w) => w.replace(/[’']s$/u, ""));
}

/**
 * Sets the target of each row that has none to the state of another person of the article its
 * words name by surname; the speaker's own name is no target ("Ruiz said Ruiz's plan …" is rare, a
 * self-reference common: "the Ruiz campaign").
 */
export function targetNamedSpeakers(built: readonly Built[], people: ArticlePeople, lex: StatementLexicon): void {
  const states = personStates(built, people, lex);
  if (states.size === 0) return;
  for (const b of built) {
    if (b.row.target) continue;
    const own = surnameOf(b.row.speaker);
    const named = capitalisedWords(b.row.quote).find((w) => w !== own && states.get(w));
    if (named) b.row.target = states.get(named)!;
  }
}
