/**
 * A state's own institutions (data/state-institutions.yaml): those whose names say their state
 * ("Congress", "the Duma") join the actor gazetteer; the words for kinds every state has ("the
 * court", "the defence ministry") say none, and are bound to the state a phrase or article names.
 */
import { z } from "zod";
import type { Actor, ActorKind } from "./actors.ts";
import { DATA_DIR, loadDictionary } from "./dictionaries.ts";
import { literalAlternatives } from "./text.ts";

export const INSTITUTION_KINDS = ["legislature", "chamber", "committee", "ministry", "agency", "court", "armed_service", "party"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
/** Kinds of words only: an office's holder is named by the office, never as the state's institution. */
const WORD_KINDS = [...INSTITUTION_KINDS, "office"] as const;

const names = z.array(z.string().min(1));
const schema = z.object({
  named: z.record(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"), z.partialRecord(z.enum(INSTITUTION_KINDS), names)),
  kinds: z.partialRecord(z.enum(WORD_KINDS), names),
  members: names.default([]),
});

/**
 * The gazetteer's kind for each: a ministry is a body of the state beneath its government, not the
 * government itself (actors.ts STATE_KINDS), so that a claim about it is a claim about its state.
 */
const ACTOR_KIND: Record<InstitutionKind, ActorKind> = {
  legislature: "body",
  chamber: "body",
  committee: "body",
  ministry: "agency",
  agency: "agency",
  court: "body",
  armed_service: "military",
  party: "body",
};

/** The named institutions that `listed` (actors.yaml and the world's states) does not already name, one actor each. */
export function stateInstitutions(listed: Actor[], dir = DATA_DIR): Actor[] {
  const { named } = loadDictionary("state-institutions.yaml", schema, dir);
  const taken = new Set(listed.flatMap((a) => [a.name, ...a.aliases, ...a.demonyms]));
  const actors: Actor[] = [];
  for (const [code, kinds] of Object.entries(named)) {
    for (const kind of INSTITUTION_KINDS) {
      for (const name of kinds[kind] ?? []) {
        if (taken.has(name)) continue;
        taken.add(name);
        actors.push({ name, code, kind: ACTOR_KIND[kind], aliases: [name], demonyms: [], role: "" });
      }
    }
  }
  return actors;
}

/**
 * The words for kinds of institution any state has, as one pattern of whole words in any case,
 * longer words first ("attorney general" before "general"). Compiled once per lexicon.
 */
export function institutionPattern(dir = DATA_DIR): RegExp {
  const { kinds } = loadDictionary("state-institutions.yaml", schema, dir);
  const words = new Set(WORD_KINDS.flatMap((k) => kinds[k] ?? []).map((w) => w.toLowerCase()));
  return new RegExp(`(?<![\\p{L}])(?:${literalAlternatives(words, { anySpace: true })})(?![\\p{L}-])`, "iu");
}

/** Those words of one word each, lower case: the event coder reads a doer's phrase word by word (events/public-offices.ts). */
export function institutionSingleWords(dir = DATA_DIR): string[] {
  const { kinds } = loadDictionary("state-institutions.yaml", schema, dir);
  return WORD_KINDS.flatMap((k) => kinds[k] ?? []).map((w) => w.toLowerCase()).filter((w) => !w.includes(" "));
}

/**
 * The one-word names of a kind of body ("court", "parliament", "ministry"), lower case: the head of a
 * definite subject that is the article's own institution ("the court ordered"), not a back-reference
 * to parties named before. A party ("the parties"), an office's holders ("the president") and a body's
 * people ("the judge", `members`) are left out: the one names the sides of a talk as often, the others people named before.
 */
export function institutionHeadWords(dir = DATA_DIR): string[] {
  const { kinds, members } = loadDictionary("state-institutions.yaml", schema, dir);
  const people = new Set(members.map((w) => w.toLowerCase()));
  return INSTITUTION_KINDS.filter((k) => k !== "party").flatMap((k) => kinds[k] ?? []).map((w) => w.toLowerCase()).filter((w) => !w.includes(" ") && !people.has(w));
}
