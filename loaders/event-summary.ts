/**
 * The events table's `summary`: one plain line made from an event's parties, its kind and
 * its place — "Russia and China veto a move by the United States". The wording is data
 * (data/event-summaries.yaml); this puts it together with the grammar a reader expects:
 * the verb agrees with several actors, a preposition with nothing after it is dropped,
 * and a place already named as a party is not repeated.
 */
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "./errors.ts";
import type { Gazetteer } from "./actors.ts";
import { DATA_DIR, loadDictionary } from "./dictionaries.ts";
import { PLOVER_TYPES, type PloverType } from "./plover.ts";

const summariesSchema = z.object({
  types: z.record(z.enum(PLOVER_TYPES), z.string().min(1)),
  modes: z.record(z.string(), z.string().min(1)),
  type_only: z.array(z.enum(PLOVER_TYPES)),
  domestic: z.string().min(1),
});

export interface SummaryWording {
  types: Record<PloverType, string>;
  modes: Map<string, string>;
  typeOnly: Set<PloverType>;
  /** Before the target of an act within one state ("parties within"). */
  domestic: string;
}

export const EVENT_SUMMARIES_FILE = "event-summaries.yaml";

/** The summary wording of `dir`; every PLOVER type needs a phrase. */
export function loadSummaryWording(dir = DATA_DIR): SummaryWording {
  const raw = loadDictionary(EVENT_SUMMARIES_FILE, summariesSchema, dir);
  const missing = PLOVER_TYPES.filter((type) => !raw.types[type]);
  if (missing.length) throw new InputError(join(dir, EVENT_SUMMARIES_FILE), 1, `types: no phrase for ${missing.join(", ")}`);
  return { types: raw.types as Record<PloverType, string>, modes: new Map(Object.entries(raw.modes)), typeOnly: new Set(raw.type_only), domestic: raw.domestic };
}

export interface SummaryParts {
  type: PloverType;
  mode: string;
  joint: boolean;
  actor: string[];
  target: string[];
  location: string;
  status: string;
}

const TRAILING_PREPOSITION = /\s+(?:with|by|to|toward|towards|from|of|at|against|on|in)$/;

/** "Russia visits North Korea", "Russia and China veto a move by the United States (alleged)". */
export function summarise(e: SummaryParts, wording: SummaryWording, gazetteer: Gazetteer): string {
  const actor = displayNames(e.actor, gazetteer);
  // An act within one state ("Uganda warns parties within Uganda"): the target is the actor's own country.
  const named = displayNames(e.target, gazetteer);
  const target = named && named === actor ? `${wording.domestic} ${named}` : named;
  const modePhrase = wording.typeOnly.has(e.type) ? undefined : wording.modes.get(e.mode);
  let phrase = e.joint ? `holds ${e.mode}` : (modePhrase ?? wording.types[e.type]);
  if (e.actor.length > 1) phrase = pluralVerb(phrase);
  if (!target) phrase = phrase.replace(TRAILING_PREPOSITION, "");
  const both = [actor, target].join(" ");
  const place = e.location && !both.includes(e.location) ? ` in ${e.location}` : "";
  const status = e.status === "occurred" ? "" : ` (${e.status})`;
  return `${actor} ${phrase}${target ? ` ${target}` : ""}${place}${status}`.replace(/\s+/g, " ").replace(/:$/, "").trim();
}

/** The first word of a phrase as the verb of a plural subject: "holds" → "hold", "denies" → "deny", "vetoes" → "veto". */
export function pluralVerb(phrase: string): string {
  return phrase.replace(/^(\S+)/, (verb) => {
    if (/ies$/.test(verb)) return verb.replace(/ies$/, "y");
    if (/(?:sh|ch|ss|x|z|o)es$/.test(verb)) return verb.replace(/es$/, "");
    return verb.replace(/s$/, "");
  });
}

function displayNames(codes: string[], gazetteer: Gazetteer): string {
  const names = codes.map((code) => gazetteer.actors.find((a) => a.code === code && (a.kind === "state" || a.kind === "body"))?.name ?? code);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
