/**
 * Whether an act or a judgement inside reported words is told as done: not negated, not told as possible, planned
 * or wished, not asked, not under a condition. The stance readers ask it in two ways, kept apart because they answer
 * different questions and read different units (each function says how):
 *  - over the content's text, at a match of a cue, a word of wrongdoing or an evaluation (stance-cues.ts,
 *    evaluations.ts, stance-clauses.ts): `toldAsDone`, `askedAt`, `endsInQuestion`;
 *  - over a clause's tokens, at a word of valence predicated of a party (judged-parties.ts, and praised-parties.ts
 *    through it): `untoldTokens`, `unrealToken`.
 * Both take the condition openers and the words of opposing an ill from data/stance-words.yaml; the text reading
 * its unreal words and the auxiliaries of a yes-or-no question from there too, the token reading its unreal words
 * from data/negative-valence.yaml clause_words.
 */
import type { StatementLexicon } from "../statement-lexicon.ts";
import type { Word } from "../analysis/index.ts";

/** How far back, in characters, the words that govern an act are looked for. */
const LOOK_BACK = 80;

/** Where a sentence of the reported words ends: a stop, a question or exclamation mark, an ellipsis, then a space. */
export const SENTENCE_END = /[.!?…]["”’]?(?=\s|$)/gu;

/** The first end of a sentence of the reported words at or after `from`, null where the words run on. */
export function sentenceEndFrom(content: string, from: number): RegExpExecArray | null {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(content);
}

/** The sentence of the reported words that holds `at`: its words up to `at`, and the mark that ends it. */
function sentenceAt(content: string, at: number): { opening: string; endMark: string } {
  let start = 0;
  let end = sentenceEndFrom(content, 0);
  for (; end && end.index < at; end = SENTENCE_END.exec(content)) start = end.index + end[0].length;
  return { opening: content.slice(start, at), endMark: end?.[0][0] ?? "" };
}

/**
 * Whether the sentence holding `at` tells nothing as done: it opens with a condition, however far before `at`
 * ("If the fund has no auditor, it invites fraud."), or is a yes-or-no question, opened by an auxiliary not
 * negated ("Did she lie to the voters?"): a question of "why" or "how" takes its act as given ("Why did she
 * lie?"), and a negated one asserts what it asks ("Didn't she lie?").
 */
function supposedOrAsked(content: string, at: number, lex: StatementLexicon): boolean {
  const { opening, endMark } = sentenceAt(content, at);
  const words = lex.stanceWords;
  return words.conditionOpening.test(opening) || (endMark === "?" && words.polarOpening.test(opening));
}

/** Whether the words `before` a word end in a word of opposing an ill ("fight corruption"): the ill is to end, not told of a party. */
export function opposedBefore(before: string, lex: StatementLexicon): boolean {
  return lex.stanceWords.opposedBefore.test(before);
}

/**
 * Whether the act matched at `at` is told as done: no unreal word governs it, no word of opposing names it
 * as an ill to end ("fight corruption"), and its sentence opens with no condition and is no yes-or-no question.
 */
export function toldAsDone(content: string, at: number, lex: StatementLexicon): boolean {
  const words = lex.stanceWords;
  const before = content.slice(Math.max(0, at - LOOK_BACK), at);
  if (opposedBefore(before, lex)) return false;
  return (words.guessedPast.test(before) || !words.unrealBefore.test(before)) && !supposedOrAsked(content, at, lex);
}

/**
 * Whether the sentence holding `at` is asked, whatever opens it ("Isn't he qualified?"): its end is a question
 * mark. Not `toldAsDone`'s yes-or-no question: a quality said to be missing, asked even in the negative, asserts
 * it is there (evaluations.ts), where an act asked of in the negative ("Didn't she lie?") is asserted.
 */
export function askedAt(content: string, at: number): boolean {
  const end = sentenceEndFrom(content, at);
  return !!end && end[0][0] === "?";
}

/**
 * Whether the reported words end in a question: a claim asked about is not denied, a harm asked about not warned
 * of (stance-clauses.ts). Read of the whole content, not of a match's sentence: those readings test the content
 * whole, with no match to place.
 */
export const endsInQuestion = (content: string): boolean => /\?["”’]?\s*$/u.test(content);

const ENDS = new Set([".", "!", "?"]);

/**
 * For each token, whether its sentence tells nothing as done: it ends with a question mark, of any kind ("Did she
 * lie?", "Why did she lie?"), or opens with a condition (data/stance-words.yaml condition_openers), which governs
 * it however far on ("Unless the board publishes …, the council stays corrupt"). Not `toldAsDone`'s reading (a
 * question of "why" untold here, told there; the tokens, not the text's marks, end the sentences), kept apart:
 * the text reading taking every question as asked changes 2 statement rows and 1 event row of the 84 election
 * pages (session 49); this one taking only yes-or-no questions changes no row there, but would start to judge
 * the subject of "Why is he so reckless?", a change of behaviour, not of where the code lives.
 */
export function untoldTokens(tokens: readonly Word[], lex: StatementLexicon): boolean[] {
  const conditions = lex.stanceWords.conditionOpeners;
  const untold = new Array<boolean>(tokens.length);
  let asked = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].text === "?") asked = true;
    else if (ENDS.has(tokens[i].text)) asked = false;
    untold[i] = asked;
  }
  let opening = true;
  let supposed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (ENDS.has(t.text)) [opening, supposed] = [true, false];
    else if (opening && t.pos !== "PUNCT") [opening, supposed] = [false, conditions.has(t.lower)];
    untold[i] ||= supposed;
  }
  return untold;
}

/**
 * Whether the token makes what follows in its clause untold (data/negative-valence.yaml clause_words unreal, or a
 * glued "n't"). Not the text reading's unreal words: "would" and "will" stay out, as a judgement told to come is a
 * judgement all the same ("his plan would wreck the economy"), where an act told to come is not done.
 */
export function unrealToken(t: Word, lex: StatementLexicon): boolean {
  return lex.judgementWords.clause.unreal.has(t.lower) || /^n['’]t$/u.test(t.lower);
}
