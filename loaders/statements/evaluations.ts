/**
 * Stances told without a verb of stance: an evaluation in the reported words, told as done and not of
 * the speaker's own first person, judges whom it is aimed at. A negative one (data/evaluation-words.yaml:
 * "Vale is a disgusting fraud", "this is a waste of time") accuses; a positive one (data/praise-words.yaml:
 * "she was very effective", "the rally was a shot in the arm") supports.
 */
import { namesSelf } from "./addressees.ts";
import { z } from "zod";
import { DATA_DIR, loadDictionary } from "../dictionaries.ts";
import { allMatches, escapeRegExp } from "../text.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { askedAt, sentenceEndFrom, toldAsDone } from "./told-as-done.ts";

export const EVALUATION_WORDS_FILE = "evaluation-words.yaml";
export const PRAISE_WORDS_FILE = "praise-words.yaml";

const phrase = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words, letters, apostrophes, hyphens and spaces");
const kinds = z.record(z.string(), z.array(phrase).min(1));
const evaluationSchema = z.object({ evaluations: kinds });
const praiseSchema = z.object({ praise: kinds });

/** Every phrase of the kinds as one pattern of whole words, any case, longest first. */
export function phrasePattern(byKind: Record<string, string[]>): RegExp {
  const phrases = [...new Set(Object.values(byKind).flat())].sort((a, b) => b.length - a.length);
  const alternatives = phrases.map((p) => escapeRegExp(p).replace(/ /g, "\\s+").replace(/['’]/g, "['’]")).join("|");
  return new RegExp(`(?<![\\p{L}'’-])(?:${alternatives})(?![\\p{L}-])`, "giu");
}

/** Every negative evaluation of data/evaluation-words.yaml as one global pattern. */
export function loadEvaluations(dir = DATA_DIR): RegExp {
  return phrasePattern(loadDictionary(EVALUATION_WORDS_FILE, evaluationSchema, dir).evaluations);
}

/** Every kind of praise of data/praise-words.yaml as one global pattern. */
export function loadPraise(dir = DATA_DIR): RegExp {
  return phrasePattern(loadDictionary(PRAISE_WORDS_FILE, praiseSchema, dir).praise);
}

/** A clause whose subject is the speaker in the first person ("I was wrong", "that we failed"): no one else is judged. */
const FIRST_PERSON_OPENING = /^\W*(?:that\s+)?(?:i|we)(?:['’]\p{L}+)?\s/iu;

/** A verb of opinion in the first person ("I think", "we really believe that"): the clause judged follows it. */
const OPINION_OPENING = /^\W*(?:i|we)\s+(?:\p{L}+ly\s+)?(?:think|thought|believe|believed|feel|felt|guess|suppose)\s+(?:that\s+)?/iu;


/**
 * Where the words the speaker says of itself end: the first sentence, when it opens in the first person
 * ("I have owned my mistakes. He refuses to …": the second judges him); 0 when it does not.
 */
function ownSentenceEnd(content: string, self: ReadonlySet<string>): number {
  const opening = content.replace(OPINION_OPENING, "");
  if (!FIRST_PERSON_OPENING.test(opening) && !opensWithOwnName(opening, self)) return 0;
  const end = sentenceEndFrom(content, 0);
  return end ? end.index : content.length;
}

/** A clause's opening names: capitalised words, after "that" ("Berg was wrong", "that Ola Berg made a mistake"). */
const NAME_OPENING = /^\W*(?:that\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){1,3})/u;

/** Whether the clause opens with the speaker's own name as subject: what it judges is his own doing, an admission. */
export function opensWithOwnName(content: string, self: ReadonlySet<string>): boolean {
  const names = NAME_OPENING.exec(content)?.[1];
  return !!names && namesSelf(names, self);
}

/**
 * Whether the reported words hold a match of the global `pattern` told as done, past what the speaker says
 * of its own first person; `notAsked`: and not in a question.
 */
function judges(content: string, pattern: RegExp, lex: StatementLexicon, notAsked = false, self: ReadonlySet<string> = new Set()): boolean {
  const own = ownSentenceEnd(content, self);
  if (own >= content.length) return false;
  for (const m of allMatches(pattern, content)) {
    if (m.index < own || !toldAsDone(content, m.index, lex)) continue;
    if (!(notAsked && askedAt(content, m.index))) return true;
  }
  return false;
}

/** Whether the reported words judge a party bad: a negative evaluation told as done. */
export function evaluates(content: string, lex: StatementLexicon, self: ReadonlySet<string> = new Set()): boolean {
  // A quality said to be missing ("he is not qualified") judges as an evaluation does, unless asked.
  return judges(content, lex.evaluations, lex, false, self) || judges(content, lex.negatedQualities, lex, true, self);
}

/** Whether the reported words praise a party: a positive evaluation told as done. */
export function praises(content: string, lex: StatementLexicon): boolean {
  return judges(content, lex.praise, lex);
}

/** Right after an evaluation, the act it judges: "to" and a verb, perhaps after "of" and its doer ("wrong of him to", "reckless of the board to"). */
const ACT_JUDGED = /^\s+(?:of\s+(?:[\p{L}’'-]+\s+){1,3})?to\s+\p{L}/u;

/**
 * Whether the reported words judge an act bad by an evaluation that governs it ("he was wrong to vote for the
 * bill", "it is reckless to cut the fund"): the words of the act (a vote for, a backing) are what is judged, so
 * the statement accuses whatever stance they would bear alone.
 */
export function judgesAnAct(content: string, lex: StatementLexicon): boolean {
  for (const m of allMatches(lex.evaluations, content)) {
    if (ACT_JUDGED.test(content.slice(m.index + m[0].length, m.index + m[0].length + 40)) && toldAsDone(content, m.index, lex)) return true;
  }
  return false;
}
