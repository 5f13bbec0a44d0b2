/**
 * The possessor of a noun trigger: the party that owns the act the noun tells ("Putin's
 * visit", "Russian efforts", "Iran's new wave of missile attacks").
 */
import type { Party, RoleContext } from "./types.ts";
import { wordCount } from "./wording.ts";

/** The nearest modifying party before the trigger whose words up to the noun leave the act its own. */
export function possessorOf(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, te } = ctx;
  return [...coded].reverse().find((p) => p.modifier && p.end <= te && p.end >= ts - 60 && (p.start >= ts || (ownedGap(ctx, text.slice(p.end, ts), p.end, ts) && !verbThenPreposition(ctx, p.end, ts))) && !/[,;]/.test(text.slice(p.end, ts)));
}

/** The party that modifies a noun trigger: its possessor ("Putin's visit"), or a name right before it ("US sanctions"). */
export function modifierOf(strategy: "possessor" | "adjunct", ctx: RoleContext, coded: Party[]): Party | undefined {
  return strategy === "possessor" ? possessorOf(ctx, coded) : adjunctOf(ctx, coded);
}

/** "under US sanctions": a state's or body's name right before the noun trigger modifies it as a demonym would. */
function adjunctOf(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts } = ctx;
  return [...coded].reverse().find((p) => p.end <= ts && /^\s+$/.test(text.slice(p.end, ts)) && p.kinds.length > 0 && p.kinds.every((k) => k === "state" || k === "body"));
}

/** Whether the words between a possessor and its act noun leave the act its own: a few modifiers, or a collective of acts. */
function ownedGap(ctx: RoleContext, gap: string, start: number, end: number): boolean {
  if (ctx.words.actCollective.test(gap)) return true;
  // "Chile used Peruvian rifles in the offensive": a preposition closes the demonym's own noun
  // phrase ("Peruvian rifles"); "of" may still lead to the act ("Chile's practice of importing").
  return gap.length <= 40 && wordCount(gap.replace(/^['’]s?/, "")) <= 3 && !ctx.tokens.some((t) => t.start >= start && t.end <= end && t.pos === "ADP" && t.lower !== "of");
}

/**
 * Whether a verb and then a preposition stand between a party and an act noun: "Chilean
 * soldiers were killed in attacks" tells of the party's people, hit by the attacks, not of its
 * attacks ("Chile's new attacks" and "Chilean forces staged attacks" have none).
 */
function verbThenPreposition(ctx: RoleContext, start: number, end: number): boolean {
  const gap = ctx.tokens.filter((t) => t.start >= start && t.end <= end);
  const verb = gap.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  return verb >= 0 && gap.slice(verb + 1).some((t) => t.pos === "ADP");
}
