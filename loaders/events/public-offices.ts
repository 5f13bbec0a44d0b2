/**
 * Public offices the gazetteer names no state for: "the South Carolina senator called on …",
 * "federal prosecutors charged …", "the appeals court rejected …", "Sen. Ana Ruiz said …".
 * The gazetteer knows states, their capitals and some people; a description of an office or a
 * public body names none, yet the guide codes a state's politicians, candidates, courts,
 * agencies and police with their state. Such a subject or speaker acts for the state the article
 * is about: its dateline's, else the one whose institutions it names most (speakers/home-state.ts articleSetting).
 * A party's members named in the plural ("Fellow Republicans urged …") act for the party's state.
 */
import type { Gazetteer } from "../actors.ts";
import { articleSetting } from "../speakers/home-state.ts";
import { partyMembers } from "../speakers/party-members.ts";
import type { ArticleMemory } from "./memory.ts";
import type { TriggerRoles } from "./roles.ts";
import type { RoleContext } from "./types.ts";
import { boundBodyState } from "./bound-bodies.ts";
import { byPhrase } from "./unnamed-doer.ts";
import type { EventWords } from "./words.ts";

/** The phrase's words, lower-cased, abbreviations without their full stop ("Sen." → "sen"), possessives without their 's ("the governor's plan"). */
const phraseWords = (phrase: string) => phrase.toLowerCase().replace(/['’]s\b/gu, "").split(/[^\p{L}'’-]+/u);

/**
 * The codes a description with no coded party acts for: a party's members' state ("Democrats"),
 * else `home` when a word of it names a public office or body ("the appeals court"), else none.
 */
export function publicOfficeCodes(phrase: string | undefined, home: string | undefined, words: EventWords, gazetteer: Gazetteer): string[] {
  if (!phrase) return [];
  const members = partyMembers(phrase, gazetteer).map((m) => m.actor.code).filter(Boolean);
  if (members.length > 0) return [...new Set(members)];
  return home && phraseWords(phrase).some((w) => words.publicOfficeWords.has(w)) ? [home] : [];
}

/**
 * An act whose subject, or a passive's agent ("was killed by police"), the gazetteer does not
 * code but describes a public office ("the South Carolina senator called on fellow Republicans
 * to …"): the office's state acts; against a party of the same state the act is domestic, both
 * sides coded (USA→USA, as the guide allows).
 */
export function publicOfficeRoles(memory: ArticleMemory, ctx: RoleContext, roles: TriggerRoles): void {
  if (roles.actor.length > 0) return;
  const { doc, res } = memory;
  // "was shot and killed by a police officer": a passive's agent in words is its doer.
  const agent = roles.genericActor === undefined ? byPhrase(ctx) : undefined;
  const doer = roles.genericActor ?? (agent && ctx.text.slice(agent[0].start, agent[agent.length - 1].end));
  if (!doer) return;
  // "Japan's supreme court ruled … The court ordered …": the body named before with its state.
  const bound = boundBodyState(memory, doer);
  const codes = bound ? [bound] : publicOfficeCodes(doer, articleSetting(doc, res.gazetteer).state, res.words, res.gazetteer);
  if (codes.length === 0) return;
  roles.actor = codes;
  if (roles.target.some((c) => codes.includes(c))) roles.domestic = true;
}

/**
 * The speaker's own state when the words said name one of its parties by name ("Democrats are
 * the ones trying to pressure the moderators", "Donald Trump is a fraud"): a charge within one
 * state is aimed at it (USA→USA, as the guide allows). A demonym ("all Americans") names its
 * people, not a party; the speaker's own name in the words is no other party.
 */
export function ownStateNamed(quote: string, speaker: string, own: readonly string[], gazetteer: Gazetteer): boolean {
  if (own.length === 0 || quote === "") return false;
  const named = [...gazetteer.find(quote).filter((m) => !m.demonym), ...partyMembers(quote, gazetteer)];
  return named.some((m) => own.includes(m.actor.code) && !speaker.includes(m.text));
}
