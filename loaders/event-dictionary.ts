/**
 * The event verb-pattern dictionary (`data/event-verbs.yaml`): which words make an event,
 * of which PLOVER type and mode, and where its actor and target stand. Validated with zod
 * so that an editor's typo names the file and line; patterns compiled once.
 */
import { join } from "node:path";
import { z } from "zod";
import { compilePattern, DATA_DIR, loadDictionary } from "./dictionaries.ts";
import { PARTS_OF_SPEECH, type PartOfSpeech } from "./analysis/words.ts";
import { PLOVER_TYPES, type PloverType } from "./plover.ts";
import { EVENT_STATUSES } from "./schema.ts";

/** The strategies that name a preposition introducing the party ("to Russia", "against Ukraine"). */
export const PREPOSITION_STRATEGIES = ["to", "with", "from", "at", "in", "into", "toward", "on", "for", "against", "targeting", "over", "about", "by"] as const;

/** Where a party of an event is looked for, relative to the trigger words. */
export const ROLE_STRATEGIES = [
  "subject", "object", "direct", "possessor", "adjunct", "site", "compound", "between", "agent", "supplier", "origin", "theme",
  ...PREPOSITION_STRATEGIES, "if",
  "near", "complement", "claimant", "speaker", "accuser", "reply", "counterpart", "antecedent", "referent", "none",
] as const;
export type RoleStrategy = (typeof ROLE_STRATEGIES)[number];


export const exampleSchema = z.object({
  text: z.string().min(1),
  /** A sentence put before the example, for entries that need context (anaphora, accusers). */
  context: z.string().optional(),
  /** The article date the example resolves against (default 2023-09-06, a Wednesday). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  expect: z.object({
    type: z.enum(PLOVER_TYPES),
    actor: z.string().optional(),
    target: z.string().optional(),
    status: z.enum(EVENT_STATUSES).optional(),
    date: z.string().optional(),
    date_end: z.string().optional(),
    date_precision: z.string().optional(),
  }),
});

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case words joined by hyphens"),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().min(1),
  pattern: z.string().min(1).optional(),
  /** Dictionary forms of the trigger word ("threaten" finds threatens, threatened, threatening). */
  lemmas: z.array(z.string().regex(/^[a-z][a-z-]*$/, "must be a lower-case word")).min(1).optional(),
  /** The parts of speech a lemma trigger may have (default VERB). */
  pos: z.array(z.enum(PARTS_OF_SPEECH)).min(1).optional(),
  /**
   * A verb the tagger may read as a noun ("Russia demands Ukraine withdraw"): read as a noun,
   * it stands for the act only where no article, adjective, number or preposition opens its
   * phrase ("these demands", "stable demand", "the demand for shells" name no act).
   */
  verb_only_noun: z.boolean().optional(),
  /** Head nouns of the object that cancel the act's sense ("meet the needs", "captured images"), every form written out. */
  object_excludes: z.array(z.string().regex(/^[a-z][a-z-]*$/, "must be a lower-case word")).min(1).optional(),
  requires: z.string().optional(),
  /** An expression that must match the trigger's neighbourhood (80 characters before, 100 after): "signed" near "pact". */
  near: z.string().optional(),
  excludes: z.string().optional(),
  actor: z.array(z.enum(ROLE_STRATEGIES)).min(1),
  target: z.array(z.enum(ROLE_STRATEGIES)).min(1),
  joint: z.boolean().optional(),
  symmetric: z.boolean().optional(),
  speech: z.boolean().optional(),
  contested: z.boolean().optional(),
  public: z.boolean().optional(),
  needs_target: z.boolean().optional(),
  unnamed_target: z.boolean().optional(),
  /** The event, all its mentions read, makes no row without a target ("visited a drone factory": no one visited). */
  event_needs_target: z.boolean().optional(),
  needs_speaker: z.boolean().optional(),
  /**
   * The act stands when no party the gazetteer knows did it ("the depot was hit by drones", "a
   * strike on the market killed eight"): its doer is the "by" phrase's words, or unnamed.
   */
  unnamed_actor: z.boolean().optional(),
  /** Only a state's authorities do the act (a fine, a contempt citation): with no coded doer, the article's state does it (loaders/events/state-acts.ts). */
  state_act: z.boolean().optional(),
  /** The speaker must be one of the sides the act names ("cooperation between us is growing", said by one of us). */
  by_party: z.boolean().optional(),
  noun: z.boolean().optional(),
  /**
   * The act read when the object is a city or region ("captured Tacna", "seized control of
   * Arica"): land taken is an attack, not the seizure of people or goods.
   */
  of_place: z.object({ type: z.enum(PLOVER_TYPES), mode: z.string() }).optional(),
  of_person: z.object({ type: z.enum(PLOVER_TYPES), mode: z.string() }).optional(),
  /** Keep the event only when its object is a person (of_person): "went after the nominee", not "went after the meeting". */
  needs_person: z.boolean().optional(),
  /** Drop the event when one who is no state nor force acts on a person ("agreed with Ruiz on trade": a view shared). */
  person_opinion: z.boolean().optional(),
  /** Ids of entries this one replaces when both fire on the same trigger ("fired … at Kharkiv" is a strike, not a launch). */
  overrides: z.array(z.string()).optional(),
  examples: z.array(exampleSchema).min(1, "every entry needs at least one example sentence"),
});

export const eventDictionarySchema = z.array(
  entrySchema
    .refine((e) => e.pattern !== undefined || e.lemmas !== undefined, { message: "needs lemmas, a pattern (for phrases), or both" })
    .refine((e) => e.pos === undefined || e.lemmas !== undefined, { message: "pos applies to lemmas: give lemmas too" })
    .refine((e) => !e.verb_only_noun || e.pos?.includes("NOUN"), { message: "verb_only_noun applies to a NOUN reading: give pos NOUN too" }),
).min(1);
export type EventExample = z.infer<typeof exampleSchema>;

export interface EventEntry {
  id: string;
  type: PloverType;
  mode: string;
  /**
   * How the trigger is found: a word whose lemma and part of speech are these (one look-up
   * per word, see triggersByLemma), and for a phrase a regular expression over the sentence.
   */
  trigger: { lemmas: ReadonlySet<string>; pos: ReadonlySet<PartOfSpeech>; pattern?: RegExp };
  /** A noun reading of the lemma stands only outside a noun phrase's opening words (see verb_only_noun). */
  verbOnlyNoun: boolean;
  /** Head nouns of the object after the trigger that cancel its sense (loaders/events/object-sense.ts). */
  objectExcludes: ReadonlySet<string>;
  requires?: RegExp;
  /** What must stand near the trigger (80 characters before it, 100 after). */
  near?: RegExp;
  excludes?: RegExp;
  actor: RoleStrategy[];
  target: RoleStrategy[];
  joint: boolean;
  symmetric: boolean;
  speech: boolean;
  contested: boolean;
  public: boolean;
  needsTarget: boolean;
  /** With needsTarget: an act whose sentence names no party after the trigger stands without one. */
  unnamedTarget: boolean;
  /** The merged event makes a row only with a target (see event_needs_target). */
  eventNeedsTarget: boolean;
  needsSpeaker: boolean;
  /** The act stands without a named doer (see unnamed_actor; loaders/events/unnamed-doer.ts). */
  unnamedActor: boolean;
  /** Only a state's authorities do the act (see state_act). */
  stateAct: boolean;
  /** The speaker must be one of the sides the target strategies name. */
  byParty: boolean;
  noun: boolean;
  overrides: string[];
  /** Type and mode when the object is a place (see of_place). */
  ofPlace?: { type: PloverType; mode: string };
  /** Type and mode when one person acts on another named right after the trigger (see of_person). */
  ofPerson?: { type: PloverType; mode: string };
  needsPerson: boolean;
  personOpinion: boolean;
  examples: EventExample[];
}

export const EVENT_DICTIONARY_FILE = "event-verbs.yaml";

/** Reads and compiles the event dictionary; ids must be unique. */
export function loadEventDictionary(dir = DATA_DIR): EventEntry[] {
  const file = join(dir, EVENT_DICTIONARY_FILE);
  const raw = loadDictionary(EVENT_DICTIONARY_FILE, eventDictionarySchema, dir);
  const seen = new Set<string>();
  const ids = new Set(raw.map((e) => e.id));
  for (const e of raw) for (const o of e.overrides ?? []) if (!ids.has(o)) throw new Error(`${file}: entry "${e.id}" overrides unknown entry "${o}"`);
  return raw.map((e) => {
    if (seen.has(e.id)) throw new Error(`${file}: duplicate entry id "${e.id}"`);
    seen.add(e.id);
    return {
      id: e.id,
      type: e.type,
      mode: e.mode,
      trigger: {
        lemmas: new Set(e.lemmas),
        pos: new Set<PartOfSpeech>(e.pos ?? ["VERB"]),
        pattern: e.pattern === undefined ? undefined : compilePattern(file, e.pattern, "gi"),
      },
      verbOnlyNoun: e.verb_only_noun ?? false,
      objectExcludes: new Set(e.object_excludes ?? []),
      requires: e.requires ? compilePattern(file, e.requires, "i") : undefined,
      near: e.near ? compilePattern(file, e.near, "i") : undefined,
      excludes: e.excludes ? compilePattern(file, e.excludes, "i") : undefined,
      actor: e.actor,
      target: e.target,
      joint: e.joint ?? false,
      symmetric: e.symmetric ?? false,
      speech: e.speech ?? false,
      contested: e.contested ?? false,
      public: e.public ?? false,
      needsTarget: e.needs_target ?? false,
      unnamedTarget: e.unnamed_target ?? false,
      eventNeedsTarget: e.event_needs_target ?? false,
      needsSpeaker: e.needs_speaker ?? false,
      unnamedActor: e.unnamed_actor ?? false,
      stateAct: e.state_act ?? false,
      byParty: e.by_party ?? false,
      noun: e.noun ?? false,
      overrides: e.overrides ?? [],
      ofPlace: e.of_place,
      ofPerson: e.of_person,
      needsPerson: e.needs_person ?? false,
      personOpinion: e.person_opinion ?? false,
      examples: e.examples,
    };
  });
}

/** The entries each lemma triggers, in dictionary order: a sentence's triggers are one look-up per word. */
export function triggersByLemma(entries: readonly EventEntry[]): ReadonlyMap<string, readonly EventEntry[]> {
  const byLemma = new Map<string, EventEntry[]>();
  for (const entry of entries) {
    for (const lemma of entry.trigger.lemmas) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), entry]);
  }
  return byLemma;
}
