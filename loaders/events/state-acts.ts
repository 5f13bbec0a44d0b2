/**
 * Acts of law and order that only a state's authorities do: an arrest, a fine, a contempt
 * citation, a curfew, a removal from premises. Told with no coded doer ("she was arrested",
 * "the bank was fined $10 million", "a House panel voted to hold him in contempt of Congress",
 * "the city imposed a curfew"), the doer is still a part of a state, and the guide codes a
 * state's courts, agencies, police and councils with their state: the state the article is
 * about (its dateline's, else the one whose institutions it names most). Acts that rebels,
 * gangs or foreign troops do as well (a capture, a kidnapping, a detention at a border) are
 * not of this kind: their words are not in data/event-words.yaml state_act_words, and their
 * entries in data/event-verbs.yaml are not marked state_act.
 */
import { articleSetting } from "../speakers/home-state.ts";
import type { ArticleMemory } from "./memory.ts";
import type { TriggerRoles } from "./roles.ts";
import type { RoleContext } from "./types.ts";

/** Whether the entry's act, or a word of its trigger, is one only a state's authorities do ("held … in contempt of", "arrested", "curfew"). */
function namesStateAct(ctx: RoleContext): boolean {
  if (ctx.entry?.stateAct) return true;
  return ctx.text.slice(ctx.ts, ctx.te).toLowerCase().split(/[^\p{L}]+/u).some((w) => ctx.words.stateActWords.has(w));
}

/**
 * The article's state as the doer of a state's act that names no coded doer. A target of
 * another state ("a Chilean journalist was arrested") leaves the doer unsaid: the article
 * may tell of an arrest abroad. Against the state's own party the act is domestic (USA→USA).
 */
export function stateActRoles(memory: ArticleMemory, ctx: RoleContext, roles: TriggerRoles): void {
  if (roles.actor.length > 0 || !namesStateAct(ctx)) return;
  const home = articleSetting(memory.doc, memory.res.gazetteer).state;
  if (!home || roles.target.some((c) => c !== home)) return;
  roles.actor = [home];
  roles.genericActor = undefined;
  if (roles.target.includes(home)) roles.domestic = true;
}
