/**
 * A call for a measure that names no side to take it ("called for the repeal of the health law",
 * "demanded more school investment", "urged an end to the budget cuts"): in an article about one
 * state, by that state's side or by a side of no state (a union, an advocacy group), the call is
 * made on that state's government, which alone could grant it (the guide: a call about a state's
 * policy targets it; PLOVER codes a demand inside one state with its state on both sides). A call
 * by another state ("China called for restraint") stays aimed at no one.
 */
import { articleSetting } from "../speakers/home-state.ts";
import type { ArticleMemory } from "./memory.ts";
import type { TriggerRoles } from "./roles.ts";
import type { RoleContext } from "./types.ts";

/** Aims a call whose entry lets its target go unnamed, and that names no coded side after its verb, at the article's state. */
export function homeCallRoles(memory: ArticleMemory, ctx: RoleContext, roles: TriggerRoles): void {
  if (!ctx.entry?.unnamedTarget || roles.target.length > 0 || roles.pendingTarget) return;
  if (ctx.parties.some((p) => p.start >= ctx.te && p.codes.length > 0)) return;
  const home = articleSetting(memory.doc, memory.res.gazetteer).state;
  if (!home || roles.actor.some((c) => c !== home)) return;
  roles.target = [home];
  if (roles.actor.includes(home)) roles.domestic = true;
}
