/**
 * Charges the speaker does not assert: a statement whose stance was read from the words said
 * (a word of wrongdoing, a negative evaluation, a cue of data/speech-verbs.yaml) accuses only where
 * those words are the speaker's claim. A charge word inside a condition ("if they had cheated …"),
 * in a clause that holds only under one ("I would call it an insult if …"), or after another's verb
 * of saying within the quote ("voters hear a candidate say it is a hoax") makes no ACCUSE; the words
 * are in data/event-speech-acts.yaml (`unasserted`).
 */
import { z } from "zod";
import { phraseList, wordList } from "../dictionaries.ts";
import type { StatementLexicon } from "../statement-lexicon.ts";
import { allMatches, literalAlternatives } from "../text.ts";

export const unassertedSchema = z.object({ conditions: phraseList, unreal_modals: wordList, saying: wordList, not_others: wordList, subject_ends: wordList }).strict();

/** The patterns of an unasserted charge, made once with the dictionary. */
export interface UnassertedWords {
  /** A condition's opening word, its last one before a point ("… if they"). */
  conditionBefore: RegExp;
  /** A condition's opening word anywhere after a point. */
  conditionAfter: RegExp;
  /** An unreal modal before a point in its clause. */
  modalBefore: RegExp;
  /** Another's verb of saying before a point: its subject is not the speaker's first person. */
  othersSaying: RegExp;
}

/** A comma, semicolon, colon or dash: where a condition's clause ends and its main clause begins. */
const CLAUSE_END = /[,;:—–]|\s-\s|\bthen\b/i;
/** Where one sentence of the words said ends: a point, a question or exclamation mark, a cut (" … "). */
const SENTENCE_END = /[.!?](?=\s|["”’']|$)|\s…\s|\s\.\.\.\s/g;

export function unassertedWords(raw: z.infer<typeof unassertedSchema>): UnassertedWords {
  const conditions = literalAlternatives(raw.conditions, { anySpace: true });
  // A modal written onto its subject ("I'd", "we’d") stands after a letter, the others as words.
  const glued = raw.unreal_modals.filter((m) => /^['’]/.test(m));
  const modals = `\\b(?:${literalAlternatives(raw.unreal_modals.filter((m) => !glued.includes(m)))})\\b${glued.length > 0 ? `|\\p{L}(?:${literalAlternatives(glued)})\\b` : ""}`;
  return {
    conditionBefore: new RegExp(`\\b(?:${conditions})\\b(?![\\s\\S]*\\b(?:${conditions})\\b)([\\s\\S]*)$`, "i"),
    conditionAfter: new RegExp(`\\b(?:${conditions})\\b`, "i"),
    modalBefore: new RegExp(modals, "iu"),
    // A verb of saying after a subject in the clause (not opening it: that subject is the speaker's), not the first person's nor a noun after its determiner.
    othersSaying: new RegExp(`\\p{L}[\\p{L}'’]*\\s+(?<!\\b(?:${literalAlternatives(raw.not_others)})\\s+)(?:${literalAlternatives(raw.saying)})\\b(?!\\s+(?:${literalAlternatives(raw.subject_ends)})\\b)`, "iu"),
  };
}

/** Where each charge the words may bear stands in them: a cue of accusing, a word of wrongdoing, a negative evaluation. */
function chargeAt(quote: string, lex: StatementLexicon): number[] {
  const at: number[] = [];
  for (const cue of lex.cues) if (cue.stance === "accuse" && cue.pattern.test(quote)) for (const m of allMatches(cue.everywhere, quote)) at.push(m.index);
  for (const m of allMatches(lex.stanceWords.wrongdoing, quote)) at.push(m.index);
  for (const m of allMatches(lex.evaluations, quote)) at.push(m.index);
  return at;
}

/** The bounds of the sentence of the words said that holds the point `at`. */
function sentenceAround(quote: string, at: number): [number, number] {
  let start = 0;
  for (const m of allMatches(SENTENCE_END, quote)) {
    if (m.index >= at) return [start, m.index];
    start = m.index + m[0].length;
  }
  return [start, quote.length];
}

/** Whether the charge at `at` is told under a condition, or as another's words, in its sentence. */
function unassertedAt(quote: string, at: number, w: UnassertedWords): boolean {
  const [start, end] = sentenceAround(quote, at);
  const before = quote.slice(start, at);
  // Inside the condition: after its opening word, with no end of its clause between.
  const condition = w.conditionBefore.exec(before);
  if (condition && !CLAUSE_END.test(condition[1])) return true;
  // A main clause with an unreal modal before the charge and a condition after it.
  const clause = before.split(CLAUSE_END).pop() ?? "";
  if (w.modalBefore.test(clause) && w.conditionAfter.test(quote.slice(at, end))) return true;
  return w.othersSaying.test(clause);
}

/**
 * Whether the words said bear charges and none is asserted by the speaker. Words with no charge
 * found keep their stance: the statement read it from somewhere this does not look.
 */
export function chargesUnasserted(quote: string, lex: StatementLexicon, w: UnassertedWords): boolean {
  const at = chargeAt(quote, lex);
  return at.length > 0 && at.every((p) => unassertedAt(quote, p, w));
}
