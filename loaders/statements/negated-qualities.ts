/**
 * A quality a role asks, said to be missing (data/negated-qualities.yaml): "the mayor is not qualified",
 * "she has no plan for the port", "he lacks the judgment to lead". Said of another party, with no verb
 * of stance, it judges that party as a negative evaluation does; asked ("Isn't he qualified?") or said
 * of "there" ("there is no plan for …") it judges no one.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { escapeRegExp } from "../text.ts";

export const NEGATED_QUALITIES_FILE = "negated-qualities.yaml";

const phrase = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words, letters, apostrophes, hyphens and spaces");
const schema = z.object({
  negations: z.array(phrase).min(1),
  reach: z.number().int().min(0).max(5),
  not_after: z.array(phrase).min(1),
  qualities: z.array(phrase).min(1),
  quality_nouns: z.array(phrase).min(1),
});

const alternatives = (words: string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|");

/**
 * One global pattern: a negation ("not", "n't" glued to its verb, "never", "no", "lacks"), up to `reach`
 * words, then a quality, or a quality noun not before "to"; not after "there is".
 */
export function loadNegatedQualities(dir = DATA_DIR): RegExp {
  const w = loadDictionary(NEGATED_QUALITIES_FILE, schema, dir);
  const glued = w.negations.filter((n) => /^n['’]t$/.test(n));
  const free = w.negations.filter((n) => !glued.includes(n));
  const negation = `(?:(?<![\\p{L}'’-])(?:${alternatives(free)})|(?<=\\p{L})(?:${alternatives(glued)}))`;
  const between = `(?!\\s+(?:${alternatives(w.not_after)})(?![\\p{L}-]))(?:\\s+[\\p{L}'’-]+){0,${w.reach}}?\\s+`;
  const quality = `(?:(?:${alternatives(w.qualities)})|(?:${alternatives(w.quality_nouns)})(?!\\s+to\\b))(?![\\p{L}-])`;
  const notThere = `(?<!\\bthere(?:\\s+(?:is|are|was|were|has\\s+been|have\\s+been)|['’]s)\\s+)`;
  return new RegExp(`${notThere}${negation}${between}${quality}`, "giu");
}
