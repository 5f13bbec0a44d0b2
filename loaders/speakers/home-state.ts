/**
 * The state a report is about when it has no dateline and writes its offices without one
 * ("Peru's navy searched the coast. … Colonel Ana Ruiz said …"): the state of the first speaker
 * before that speaks for one state ("Peru's spy agency told lawmakers …, lawmaker Ana Ruiz said"),
 * else the first state its body names, by name, capital, government or adjective, as a lead names
 * the story's state first. Only a state named before the speaker: the states of what is said are
 * not yet the report's own ("The ministry said the fines cover six Chilean firms" names no home).
 */
import { STATE_KINDS } from "../actors.ts";
import type { ArticleDoc } from "../document.ts";

/** The first state the article names and where, if any: a speaker after that offset may take it. */
export function homeState(doc: ArticleDoc): { code: string; at: number } | undefined {
  for (const sentence of doc.sentences) {
    const named = doc.reading.of(sentence).actors.find((m) => STATE_KINDS.has(m.actor.kind) && m.actor.code);
    if (named) return { code: named.actor.code, at: named.start };
  }
  return undefined;
}

/** An ISO 3166-1 alpha-3 code: one state, not a body (UN, EU) nor several. */
const ONE_STATE = /^[A-Z]{3}$/;

/** The report's state for a speaker at `at`: the first earlier speaker's one state, else the first state named before `at`. */
export function reportState(previous: ReadonlyArray<{ resolved: { country: string } }>, home: { code: string; at: number } | undefined, at: number): string | undefined {
  const voiced = previous.find((p) => ONE_STATE.test(p.resolved.country))?.resolved.country;
  return voiced ?? (home && home.at < at ? home.code : undefined);
}
