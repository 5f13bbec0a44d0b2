/**
 * Idioms of reproach (data/reproach-idioms.yaml): fixed phrases that find a party at fault ("has no business",
 * "out of touch", "threw them under the bus"), read by judged-parties.ts where a word of negative valence would be,
 * as the predicate of a clause whose subject is a third party.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { allMatches } from "../text.ts";
import { phrasePattern } from "./evaluations.ts";

export const REPROACH_IDIOMS_FILE = "reproach-idioms.yaml";

const phrase = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words, letters, apostrophes, hyphens and spaces");
const idiomSchema = z.object({ idioms: z.array(phrase) }).strict();

/** Every idiom as one global pattern of whole words, or null where the list is empty (the reading switched off). */
export function loadReproachIdioms(dir = DATA_DIR): RegExp | null {
  const { idioms } = loadDictionary(REPROACH_IDIOMS_FILE, idiomSchema, dir);
  return idioms.length ? phrasePattern({ idioms }) : null;
}

/** Where in `text` between s and e an idiom starts (offsets in `text`). */
export function idiomStarts(pattern: RegExp | null, text: string, s: number, e: number): Set<number> {
  if (!pattern) return new Set();
  return new Set(allMatches(pattern, text.slice(s, e)).map((m) => s + m.index));
}
