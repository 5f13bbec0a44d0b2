/**
 * One person acting on another by name: "the senator attacked Governor Ruiz on Monday" is an
 * attack in words, since a person who strikes with arms is told with his weapon, his force or
 * the place ("gunmen attacked the governor's convoy", "troops attacked the village"). The
 * entry's `of_person` (data/event-verbs.yaml) says what act it is then.
 */
import type { Party, RoleContext } from "./types.ts";

/** Parts of speech of the words a person's name may follow as its object: "the Democratic nominee Ana Ruiz", "Sen. Ruiz". */
const TITLE_WORDS: ReadonlySet<string> = new Set(["DET", "PROPN", "ADJ", "NOUN", "PUNCT"]);
/** Most words of titles between the verb and the name. */
const TITLE_GAP = 4;

const isPerson = (p: Party | undefined): boolean => !!p && !p.modifier && p.kinds.length > 0 && p.kinds.every((k) => k === "person");
/**
 * Kinds of actor that attack a person in words: a person, or one described by a party, an
 * outlet or an agency ("the Democratic nominee"); not a state, a force or an armed group,
 * which may strike a person with arms.
 */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(["person", "body", "media", "agency"]);
const speaks = (p: Party | undefined): boolean => !!p && p.kinds.length > 0 && p.kinds.every((k) => SPEAKING_KINDS.has(k));

/** Whether the trigger's actor is a person (or one described by a body) and its object, right after it (titles aside), another person by name, not a possessor ("Ruiz's convoy"). */
export function takesPerson(ctx: RoleContext, actor: Party | undefined): boolean {
  if (!speaks(actor)) return false;
  const { parties, tokens, te } = ctx;
  // A party named as a title's adjective ("Democratic nominee Ana Ruiz") is no object of its own.
  const after = parties.find((p) => p.start >= te && p !== actor && !p.modifier);
  if (!after || !isPerson(after)) return false;
  const gap = tokens.filter((t) => t.start >= te && t.end <= after.start);
  return gap.length <= TITLE_GAP && gap.every((t) => TITLE_WORDS.has(t.pos));
}
