/**
 * A party's members named in the plural ("Democrats said …", "many Republicans", "fellow Democrats"): the
 * gazetteer knows a party by its member's word in the singular (data/actors.yaml `demonyms`), and its
 * members speak for the party's state, as the party does. Read in a speaker's phrase only: as the actor of
 * an act ("Democrats agreed …") the event coder keeps its own reading.
 */
import type { ActorMention, Gazetteer } from "../actors.ts";

/** A capitalised word in the plural ("Democrats", not "Congress"). */
const CAPITALISED_PLURAL = /\p{Lu}\p{Ll}+(?<!s)s(?![\p{L}’'-])/gu;

/** The mentions of a party whose members the phrase names in the plural, at their offsets in it. */
export function partyMembers(text: string, gazetteer: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(CAPITALISED_PLURAL)) {
    const singular = m[0].slice(0, -1);
    const party = gazetteer.find(singular).find((f) => f.demonym && f.actor.kind === "body" && f.text === singular);
    if (party) out.push({ ...party, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}
