/**
 * A third party praised by a word of positive valence that a clause predicates of it (data/positive-valence.yaml:
 * AFINN-165's words rated +3 or higher, less those that tell a mood or an outcome): the mirror of the accusation
 * read by judged-parties.ts, with the same construction ("the governor did a magnificent job", "she has been a
 * loyal ally", "his courage"), told as done, not negated, not asked, not supposed, not of the speaker's own side.
 */
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { Draft } from "./sentence.ts";
import { judgesThirdParty, type Valence, type WordsOf } from "./judged-parties.ts";
import { positiveWords } from "./valence-lexicons.ts";

export const POSITIVE_VALENCE_FILE = "positive-valence.yaml";

const word = z.string().min(1).regex(/^[\p{Ll}'’-]+$/u, "one lower-case word: letters, apostrophes and hyphens");
const schema = z.object({
  enabled: z.boolean(),
  threshold: z.number().int().min(1).max(5),
  vader_threshold: z.number().min(0.5).max(4).nullable(),
  holder: z.enum(["subject", "statement"]),
  added_words: z.array(word),
  not_praise: z.record(z.string(), z.array(word)),
}).strict();

/** The praise reading's words and holder, or null where data/positive-valence.yaml switches it off. */
export function loadPraiseValence(dir = DATA_DIR): Valence | null {
  const d = loadDictionary(POSITIVE_VALENCE_FILE, schema, dir);
  if (!d.enabled) return null;
  const excepted = new Set(Object.values(d.not_praise).flat());
  const words = positiveWords({ afinn: d.threshold, vader: d.vader_threshold, added: d.added_words }, excepted);
  return { words, holder: d.holder, reproach: false };
}

/** Whether the draft's words praise a third party they name by a word of positive valence predicated of it. */
export function praisesThirdParty(draft: Draft, lex: StatementLexicon, wordsOf: WordsOf): boolean {
  return !!lex.praiseValence && judgesThirdParty(draft, lex, wordsOf, lex.praiseValence);
}
