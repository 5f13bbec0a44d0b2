/**
 * Reported questions: what a verb of asking asks, opened by a question word ("asked whether …",
 * "wondered how the quay would be paid for"), also with the one asked between the verb and the
 * question ("asked the minister whether …", "asked harbour spokesman Ivo Saar how …"). Other
 * verbs that speak before a question word take only "whether", "why" and "if" ("question why …";
 * "signals how …" tells a thing's meaning more often than it asks). Words in
 * data/statement-words.yaml (clause_words, asking_verbs, question_words).
 */
import { type Anchor, type Ctx, tokenAt } from "./sentence.ts";

/** How many words the one asked may take between the verb and the question ("asked the visiting harbour master whether"). */
const MAX_ASKED_WORDS = 8;

/** Whether `word` opens a question the verb of lemma `lemma` may report. */
export function opensQuestion(ctx: Ctx, lemma: string, word: string): boolean {
  return ctx.words.clauseWords.has(word) || (ctx.words.askingVerbs.has(lemma) && ctx.words.questionWords.has(word));
}

/**
 * Where the reported question after the verb begins: at `pos` when a question word stands there, or past
 * the one asked for a verb of asking (a noun phrase: no comma, quotation or verb before the question word);
 * undefined when no question follows.
 */
export function reportedQuestionStart(ctx: Ctx, anchor: Anchor, pos: number, end: number): number | undefined {
  const { tokens } = ctx;
  const lemma = anchor.verb.lemma;
  const first = tokenAt(ctx, pos);
  const opening = tokens[first];
  if (!opening || ctx.quoted[opening.start]) return undefined;
  if (opening.start === pos && opensQuestion(ctx, lemma, opening.lower)) return pos;
  if (!ctx.words.askingVerbs.has(lemma)) return undefined;
  for (let k = first + 1; k < tokens.length && k <= first + MAX_ASKED_WORDS && tokens[k].start < end; k++) {
    const t = tokens[k];
    if (ctx.quoted[t.start] || /^[,;:()[\]]$/.test(t.text) || t.pos === "VERB" || t.pos === "AUX") return undefined;
    if (opensQuestion(ctx, lemma, t.lower)) return t.start;
  }
  return undefined;
}
