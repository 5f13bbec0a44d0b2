/**
 * A state a description names by its kind: "officials in the country", "the nation's defence
 * ministry" → the state the article named last before the phrase ("officials in Norland",
 * "Norland's defence ministry"). The kind nouns are data/speakers.yaml `state_kind_nouns`.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { ArticlePeople } from "./article-people.ts";

/** The description with its "the country" named ("officials in Norland"), and the state's code; undefined when it names none or no state came before. */
export function namedStateKind(text: string, at: number, people: ArticlePeople, lex: StatementLexicon): { text: string; code: string } | undefined {
  const m = lex.speakerWords.stateKindNouns.exec(text);
  if (!m) return undefined;
  // "Norland held talks with Ostmark. The country's …": two states named close before leave it open.
  const named = people.lastNamed(at, false, 2);
  const last = named[named.length - 1];
  if (named.length === 2 && named[0].at >= at - OTHER_STATE_WINDOW) return undefined;
  const state = last && lex.gazetteer.find(last.name).find((x) => x.actor.kind === "state" && !x.demonym);
  if (!state) return undefined;
  const name = state.actor.name;
  const replaced = text.slice(0, m.index) + (m[2] ? `${name}${m[2]}` : name) + text.slice(m.index + m[0].length);
  return { text: replaced, code: state.actor.code };
}

/** How many characters before the phrase (about two sentences) another state named makes "the country" ambiguous. */
const OTHER_STATE_WINDOW = 400;
