/**
 * Pledges made to no one whose pledged act is an event of its own: "she has pledged to ban
 * imports", "promised to expel the envoys". The dictionary's AGREE entry reads "pledged to" as
 * a promise; the act pledged is read too, as planned, or, for a coercive act, as a threat of it
 * (pledgedThreat). With no one the pledge is made to, the two rows tell one act, and the act's row
 * is the one that says what was pledged, so the AGREE makes none. A pledge whose act the dictionary does not know ("promised to
 * democratize the country") stays an AGREE, as PLOVER codes a promise; so does a pledge to someone.
 * A pledge that names no side at all besides the pledger ("promised to build a wall", "pledged
 * to raise the minimum wage") is a side's own programme, a stance, no act between sides
 * (isPledgeToNoOne); one whose act names a side, even the pledger's own ("promised to democratize
 * Serbia", "pledged to supply Syria with jets"), stays.
 */
import type { Gazetteer } from "../actors.ts";
import type { MergedEvent } from "./merging.ts";
import type { Mention } from "./types.ts";
import type { EventWords } from "./words.ts";

/** Most characters before a pledged act's trigger where its pledge is looked for. */
const PLEDGE_BEFORE = 40;

/**
 * "has pledged to ban all imports from Peru", "vowed to expel the envoys": a coercive act a side
 * pledges (threatened_types) is a threat of it, made when pledged, not the act planned.
 */
export function pledgedThreat(m: Mention, words: EventWords): Mention {
  if (m.status !== "planned" || !words.threatenedTypes.has(m.type)) return m;
  if (!words.pledgedAct.test(m.sentence.text.slice(Math.max(0, m.ts - PLEDGE_BEFORE), m.ts))) return m;
  return { ...m, type: "THREATEN", mode: "threat", status: "occurred" };
}

/** Whether an event is an AGREE of one side, told only by pledge words (`pledge`) with no target, whose pledged act is a planned mention after each trigger. */
export function isPledgeOfToldAct(e: MergedEvent, pledge: RegExp, mentions: readonly Mention[]): boolean {
  if (e.anchor.type !== "AGREE" || e.target.length > 0 || e.actor.length > 1) return false;
  return e.mentions.every((m) => pledge.test(m.sentence.text.slice(m.ts, m.te)) && mentions.some((o) => pledgedAct(m, o)));
}

/**
 * Whether an event is an AGREE of one side told only by pledge words (`pledge`) whose pledged
 * clauses name no side: no target, not even the pledger's own (a mention's fallbackTarget keeps
 * it), none to be found later (pendingTarget), and no side by name in the words pledged
 * ("to democratize Serbia" names one; "to build a wall on the Mexican border" a people, no side;
 * "to beat Ruiz" a person, the pledge's topic).
 */
export function isPledgeToNoOne(e: MergedEvent, pledge: RegExp, gazetteer: Gazetteer): boolean {
  if (e.anchor.type !== "AGREE" || e.target.length > 0 || e.actor.length > 1) return false;
  return e.mentions.every((m) => pledge.test(m.sentence.text.slice(m.ts, m.te)) && m.fallbackTarget.length === 0 && !m.pendingTarget && !namesSide(pledgedClause(m), gazetteer));
}

/** The words a pledge's trigger governs: up to the clause's end (a comma, a semicolon, a dash or the sentence's end). */
function pledgedClause(m: Mention): string {
  const rest = m.sentence.text.slice(m.te);
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}
const CLAUSE_END = /[,;:—–]|\s-\s/u;

/** Whether a text names a side by name: a state, a body, a group, not a demonym nor a person. */
const namesSide = (text: string, gazetteer: Gazetteer): boolean => gazetteer.find(text).some((a) => !a.demonym && a.actor.kind !== "person");

/** Whether `o` is the act pledged in `m`: a planned act of another type in the same sentence, its trigger just after the pledge's. */
function pledgedAct(m: Mention, o: Mention): boolean {
  return o !== m && o.index === m.index && o.type !== "AGREE" && o.status === "planned" && o.ts >= m.te && o.ts - m.te <= PLEDGE_REACH;
}

/** Most characters between a pledge's trigger and the act it pledges ("pledged to [repeatedly] ban"). */
const PLEDGE_REACH = 24;
