/**
 * The side a weapon comes from, named beside the attack that used it: "Russia used a North
 * Korean missile to strike Kyiv", "struck Kharkiv with drones made in Iran", "… with seven
 * missiles, including those made in North Korea". That side supplied the side that used the
 * weapon (strategy `origin`: the entries `use-arms-of-origin` and `attack-with-arms-of-origin`
 * of data/event-verbs.yaml make the transfer, AID, beside the attack). The weapons and the
 * participles of making are `origin_weapons` and `origin_participles` in data/event-words.yaml.
 */
import { escapeRegExp } from "../text.ts";
import type { Party, RoleContext } from "./types.ts";
import type { EventWordsFile } from "./words-schema.ts";

export interface OriginWords {
  /** A demonym's end to a weapon noun after it, up to two words between ("North Korean| ballistic missiles"). */
  weaponAfter: RegExp;
  /** "made in ", "manufactured in the ", closing a text: the party after it made the weapon. */
  madeInBefore: RegExp;
}

/** Words or phrases as alternatives of a pattern, a phrase's spaces matching any run of spaces. */
const alt = (xs: readonly string[]) => xs.map((x) => escapeRegExp(x).replace(/\s+/g, "\\s+")).join("|");

export function originWords(w: EventWordsFile): OriginWords {
  return {
    weaponAfter: new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(w.origin_weapons)})\\b`, "i"),
    madeInBefore: new RegExp(`\\b(?:${alt(w.origin_participles)})\\s+in\\s+(?:the\\s+)?$`, "i"),
  };
}

/** How far after the trigger the weapon's origin may be named, in characters. */
const REACH = 160;

/**
 * The first side after the trigger, in its sentence part, named as the maker of a weapon: a
 * demonym before the weapon, or after "made in". Not the user's own side ("struck Kyiv with
 * Russian missiles": the nearest side before the trigger).
 */
export function weaponOrigin(ctx: RoleContext, after: Party[]): Party | undefined {
  const { text, te, ts } = ctx;
  const user = [...ctx.parties].reverse().find((p) => p.codes.length > 0 && p.end <= ts);
  return after.find((p) => {
    if (p.start - te > REACH || /[;:!?()]|\.\s/.test(text.slice(te, p.start))) return false;
    return namedAsOrigin(ctx, p) && !(user && p.codes.some((c) => user.codes.includes(c)));
  });
}

/** Whether a side is named as where a weapon comes from: "a North Korean missile", "drones made in Iran". */
export function namedAsOrigin(ctx: RoleContext, p: Party): boolean {
  const { text, words } = ctx;
  if (words.origin.madeInBefore.test(text.slice(Math.max(0, p.start - 40), p.start))) return true;
  const weapon = p.modifier ? words.origin.weaponAfter.exec(text.slice(p.end, p.end + 60)) : null;
  // Only modifiers between ("North Korean ballistic missiles"), not a noun and a preposition ("Ukrainian positions with tanks").
  return !!weapon && ctx.tokens.filter((w) => w.start >= p.end && w.end <= p.end + weapon[0].length).every((w) => MODIFIERS.has(w.pos));
}

/** Whether a side is named as the maker of the weapon an attack is made with ("struck Gaza with American bombs"): its supplier, not its target. */
export function madeInstrument(ctx: RoleContext, p: Party): boolean {
  return namedAsOrigin(ctx, p) && /\b(?:with|using)\s+(?:[\w,-]+\s+){0,8}?$/i.test(ctx.text.slice(Math.max(0, p.start - 80), p.start));
}

/** Parts of speech of the words between a maker's demonym and its weapon. */
const MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM", "PUNCT"]);
