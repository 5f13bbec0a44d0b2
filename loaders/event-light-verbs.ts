/**
 * Light verbs with an event noun (`data/event-nouns.yaml`): "issued an ultimatum to",
 * "delivered a rebuke to", "gave its backing to", "conducted a joint exercise with". The
 * verb ("give", "make", "issue") carries no act of its own; the noun after it tells which
 * act, of which PLOVER type. Each group of nouns becomes an event entry triggered by its
 * light verbs where one of its nouns follows (only determiners and listed modifiers between),
 * and it overrides the entries the light verb triggers alone: "gave its backing to Peru" is
 * support, not a supply.
 */
import { join } from "node:path";
import { z } from "zod";
import { compilePattern, loadDictionary } from "./dictionaries.ts";
import { exampleSchema, ROLE_STRATEGIES, type EventEntry } from "./event-dictionary.ts";
import { PLOVER_TYPES } from "./plover.ts";
import { literalAlternatives } from "./text.ts";

export const EVENT_NOUNS_FILE = "event-nouns.yaml";

const word = z.string().regex(/^[a-zà-ÿ][a-zà-ÿ' -]*$/, "must be lower-case words");
const groupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case words joined by hyphens"),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().min(1),
  light: z.array(word).min(1),
  nouns: z.array(word).min(1),
  target: z.array(z.enum(ROLE_STRATEGIES)).min(1),
  speech: z.boolean().optional(),
  symmetric: z.boolean().optional(),
  /** All parties act together (joint drills): the actor gets every party. */
  joint: z.boolean().optional(),
  /** An expression that, matching the trigger's neighbourhood (40 characters either side), vetoes it. */
  excludes: z.string().optional(),
  examples: z.array(exampleSchema).min(1, "every group needs at least one example sentence"),
});
const eventNounsSchema = z.object({ modifiers: z.array(word), groups: z.array(groupSchema).min(1) }).strict();
export type LightVerbGroup = z.infer<typeof groupSchema>;

/** The groups of data/event-nouns.yaml, as written (the tests read their examples). */
export function loadLightVerbGroups(dir?: string): LightVerbGroup[] {
  return loadDictionary(EVENT_NOUNS_FILE, eventNounsSchema, dir).groups;
}

/**
 * The light-verb entries, one per group: triggered by the group's light verbs where one of
 * its nouns follows; each overrides the entries of `dictionary` that its light verbs trigger.
 * Ids must not clash with the dictionary's.
 */
export function lightVerbEntries(dictionary: readonly EventEntry[], dir?: string): EventEntry[] {
  const { modifiers, groups } = loadDictionary(EVENT_NOUNS_FILE, eventNounsSchema, dir);
  const ids = new Set(dictionary.map((e) => e.id));
  const between = `(?:\\s+(?:${literalAlternatives(modifiers)}))*`;
  return groups.map((g) => {
    if (ids.has(g.id)) throw new Error(`${join(dir ?? "data", EVENT_NOUNS_FILE)}: group id "${g.id}" is also an entry of the event dictionary`);
    const light = new Set(g.light);
    return {
      id: g.id,
      type: g.type,
      mode: g.mode,
      trigger: { lemmas: light, pos: new Set(["VERB"] as const) },
      verbOnlyNoun: false,
      objectExcludes: new Set<string>(),
      excludes: g.excludes ? compilePattern(join(dir ?? "data", EVENT_NOUNS_FILE), g.excludes, "i") : undefined,
      requires: new RegExp(`^${between}\\s+(?:${literalAlternatives(g.nouns, { anySpace: true })})\\b(?!-)`, "i"),
      actor: ["agent", "subject"],
      target: g.target,
      joint: g.joint ?? false,
      symmetric: g.symmetric ?? false,
      speech: g.speech ?? false,
      contested: false,
      public: false,
      needsTarget: false,
      unnamedTarget: false,
      eventNeedsTarget: false,
      needsSpeaker: false,
      unnamedActor: false,
      stateAct: false,
      byParty: false,
      noun: false,
      needsPerson: false,
      personOpinion: false,
      overrides: dictionary.filter((e) => [...e.trigger.lemmas].some((l) => light.has(l))).map((e) => e.id),
      examples: g.examples,
    };
  });
}
