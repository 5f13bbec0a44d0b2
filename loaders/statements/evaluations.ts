/**
 * Accusations told without an accusing verb: a negative evaluation (data/evaluation-words.yaml) in the
 * reported words, told as done and not of the speaker's own first person ("Vale is a disgusting
 * fraud", "this is a waste of time", "you are scapegoating the staff"), judges whom it is aimed at.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { allMatches, escapeRegExp } from "../text.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { toldAsDone } from "./stance-cues.ts";

export const EVALUATION_WORDS_FILE = "evaluation-words.yaml";

const phrase = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words, letters, apostrophes, hyphens and spaces");
const schema = z.object({ evaluations: z.record(z.string(), z.array(phrase).min(1)) });

/** Every evaluation of the dictionary as one pattern of whole words, any case, longest first. */
export function loadEvaluations(dir = DATA_DIR): RegExp {
  const kinds = loadDictionary(EVALUATION_WORDS_FILE, schema, dir).evaluations;
  const phrases = [...new Set(Object.values(kinds).flat())].sort((a, b) => b.length - a.length);
  const alternatives = phrases.map((p) => escapeRegExp(p).replace(/ /g, "\\s+").replace(/['’]/g, "['’]")).join("|");
  return new RegExp(`(?<![\\p{L}'’-])(?:${alternatives})(?![\\p{L}-])`, "giu");
}

/** A clause whose subject is the speaker in the first person ("I was wrong", "that we failed"): no one else is judged. */
const FIRST_PERSON_OPENING = /^\W*(?:that\s+)?(?:i|we)(?:['’]\p{L}+)?\s/iu;

/** Whether the reported words judge a party: an evaluation told as done, not of the speaker's own first person. */
export function evaluates(content: string, lex: StatementLexicon): boolean {
  if (FIRST_PERSON_OPENING.test(content)) return false;
  for (const m of allMatches(lex.evaluations, content)) if (toldAsDone(content, m.index, lex)) return true;
  return false;
}
