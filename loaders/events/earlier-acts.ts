/**
 * Acts told again: "the veto", "condemned the deployment", "five days after the North
 * tested" name an act the article told before, whose parties or date they take.
 */
import { addDays, type DateMention } from "../dates.ts";
import type { PloverType } from "../plover.ts";
import type { ArticleMemory } from "./memory.ts";
import { emptyParty } from "./parties.ts";
import type { Party, RoleContext } from "./types.ts";

/**
 * "The veto on March 28", "The troops were first sent to Russia": an act told again
 * without its parties is the latest act of the same kind told before; the actor role
 * takes that act's actor, the target role its target.
 */
export function antecedent(memory: ArticleMemory, ctx: RoleContext, role: "actor" | "target"): Party | undefined {
  const entry = ctx.entry;
  if (!entry) return undefined;
  const candidates = [...memory.recent, ...ctx.earlier].reverse().filter((m) => m.type === entry.type && m.mode === entry.mode && !m.speech);
  // "the troops" are those sent, not those a plan would send.
  const prior = candidates.find((m) => m.status !== "planned") ?? candidates[0];
  const codes = prior ? (role === "actor" ? prior.actor : prior.target) : [];
  return codes.length ? { ...emptyParty(), codes, anaphor: true } : undefined;
}

/**
 * Dates relative to an act the article has dated: "before the vote" and "after the vote"
 * are that day (the annotators' reading), "The launches came five days after …" is that
 * many days before the launches.
 */
export function relativeToEvent(memory: ArticleMemory, text: string, ts: number): DateMention | undefined {
  const before = text.slice(0, ts);
  const shifted = memory.res.words.shiftedFromEvent.exec(before);
  const around = shifted ? undefined : memory.res.words.aroundEvent.exec(text);
  const m = shifted ?? around;
  if (!m) return undefined;
  const kind = referentKind(m[1]);
  const prior = [...memory.recent].reverse().find((x) => x.date && x.date.precision === "day" && (x.type === kind.type || (m[1].toLowerCase() === "vote" && x.mode === "veto")) && kind.mode.test(x.mode));
  if (!prior?.date) return undefined;
  if (!shifted) return { ...prior.date, text: m[0], start: m.index!, end: m.index! + m[0].length, dateEnd: "", lastDay: prior.date.date };
  const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
  if (!Number.isFinite(n)) return undefined;
  const days = n * (/^week/i.test(m[3]) ? 7 : 1) * (/^after/i.test(m[4]) ? -1 : 1);
  const date = addDays(prior.date.date, days);
  const at = m.index! + m[0].indexOf(m[2]);
  return { text: text.slice(at, m.index! + m[0].length), start: at, end: m.index! + m[0].length, date, precision: "day", dateEnd: "", lastDay: date };
}

/**
 * "condemned the deployment", "called the veto …", "condemned the launches": a speech
 * act aimed at an act named by a definite noun is aimed at the parties of the latest such
 * act. A transfer or a deployment is aimed at both sides (the seed's arms-transfer
 * claims name both); a launch or a veto at the one who made it.
 */
export function referent(memory: ArticleMemory, ctx: RoleContext): Party | undefined {
  const m = memory.res.words.referentNoun.exec(ctx.text.slice(ctx.te, ctx.te + 60));
  if (!m) return undefined;
  const kind = referentKind(m[1]);
  const prior = [...memory.recent, ...ctx.earlier].reverse().find((x) => !x.speech && x.type === kind.type && kind.mode.test(x.mode));
  if (!prior) return undefined;
  const codes = kind.both ? [...new Set([...prior.actor, ...prior.target])] : prior.actor;
  return codes.length ? { ...emptyParty(), codes, anaphor: true } : undefined;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Which earlier act a referent noun names, and whether it is aimed at both parties of that act. */
function referentKind(noun: string): { type: PloverType; mode: RegExp; both: boolean } {
  const n = noun.toLowerCase();
  if (/^(?:deployment|dispatch|sending)/.test(n)) return { type: "MOBILIZE", mode: /troop|forces|workers|deploy/, both: true };
  if (/^(?:launch|test|firing)/.test(n)) return { type: "MOBILIZE", mode: /missile|launch|test/, both: false };
  if (n === "veto" || n === "vote") return { type: "REJECT", mode: /veto/, both: false };
  if (/^(?:summit|talks|meeting|visit)/.test(n)) return { type: "CONSULT", mode: /./, both: false };
  if (/^(?:strike|attack)/.test(n)) return { type: "ASSAULT", mode: /./, both: false };
  return { type: "AID", mode: /./, both: true };
}
