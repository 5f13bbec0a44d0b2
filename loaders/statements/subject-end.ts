/**
 * Where a verb's subject ends (subjects.ts): back past dates, auxiliaries, adverbs, floated quantifiers, times told relative
 * to the story, weekdays, the verb an infinitive of saying depends on, and a short parenthesis.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, dateEndingAt, relativeTimeEndingAt, tokenAt } from "./sentence.ts";
import { parenthesisOpen } from "./subject-clauses.ts";
import { infinitiveController } from "./object-control.ts";

/** The token where a verb's subject ends, back past dates, auxiliaries, adverbs, weekdays and a defined acronym; -1 if none. */
export function subjectEndBefore(ctx: Ctx, verbToken: number, lex: StatementLexicon): number {
  const { tokens } = ctx;
  let i = verbToken - 1;
  // Whether the token after `i` opens a time stepped over: "late on Wednesday", "early Friday", "on last week" say when too.
  let afterTime = false;
  for (let guard = 0; i >= 0 && guard < 12; guard++) {
    const t = tokens[i];
    const time = afterTime;
    afterTime = false;
    if (time && (ctx.words.timePointers.has(t.lower) || t.lower === "on") && t.text === t.lower) {
      i--;
      afterTime = true;
      continue;
    }
    // "A report released last year found …": a participle before a time, after a noun, is a reduced relative on the subject.
    if (time && reducedRelative(ctx, i)) {
      i--;
      continue;
    }
    const date = dateEndingAt(ctx, t.end);
    if (date) {
      i = tokenAt(ctx, date.start - ctx.sentence.start) - 1;
      afterTime = true;
      continue;
    }
    // "Peru continues to insist …", "Putin asked Kim to convey …": the subject of the verb the infinitive of saying depends on.
    const controller = infinitiveController(ctx, i, lex);
    if (controller >= 0) {
      i = controller - 1;
      continue;
    }
    if (ctx.words.auxiliaries.has(t.lower) || floatingQuantifier(ctx, i) || (/ly$/.test(t.lower) && t.lower === t.text && t.pos !== "NOUN") || verbAdverbAt(ctx, i, verbToken)) {
      i--;
      continue;
    }
    // "The water board last week announced", "… earlier this month said": a time told relative to the story.
    const relative = relativeTimeEndingAt(ctx, i);
    if (relative >= 0) {
      i = relative - 1;
      afterTime = true;
      continue;
    }
    // A weekday is a date even when the article's own date is unknown ("North Korea on Tuesday threatened").
    if (ctx.words.days.has(t.lower)) {
      i -= tokens[i - 1]?.lower === "on" ? 2 : 1;
      afterTime = true;
      continue;
    }
    // An acronym the name defines ("the National Intelligence Service (NIS) said"), or a party
    // and state after a name ("Rep. Gwen Moore (D-Wis.) said"): a short parenthesis.
    const open = t.text === ")" ? parenthesisOpen(ctx, i) : -1;
    if (open >= 0) {
      i = open - 1;
      continue;
    }
    break;
  }
  return i;
}

/** Whether token `i` is a quantifier floated off the subject before it ("the senators all said", "they both warned"). */
function floatingQuantifier(ctx: Ctx, i: number): boolean {
  const [before, t] = [ctx.tokens[i - 1], ctx.tokens[i]];
  return ctx.words.floatingQuantifiers.has(t.text) && !!before && (/^(?:NOUN|PROPN|PRON)$/.test(before.pos) || before.text === ")");
}

/** Whether token `i` is a past participle in -ed right after a noun ("a study published", "the rules issued"). */
function reducedRelative(ctx: Ctx, i: number): boolean {
  const [before, t] = [ctx.tokens[i - 1], ctx.tokens[i]];
  return t.pos === "VERB" && t.text === t.lower && /ed$/.test(t.lower) && t.lemma !== t.lower && !!before && (before.pos === "NOUN" || before.pos === "PROPN");
}

/**
 * Whether token `i` is an adverb not in -ly before the verb ("Reuters first reported", "the mayor has since
 * said"). With no auxiliary after it, only after a name or a pronoun: after a common noun the participle is a
 * reduced relative ("a gun first revealed in 1989").
 */
function verbAdverbAt(ctx: Ctx, i: number, verbToken: number): boolean {
  const t = ctx.tokens[i];
  if (t.text === t.lower && ctx.words.linkingAdverbs.has(t.lower)) return true;
  if (t.text !== t.lower || !ctx.words.verbAdverbs.has(t.lower)) return false;
  if (ctx.tokens.slice(i + 1, verbToken).some((x) => ctx.words.auxiliaries.has(x.lower))) return true;
  const before = ctx.tokens[i - 1];
  if (!before) return false;
  // "…, which together vowed …", "…, who both said …": after a relative pronoun too.
  return /^\p{Lu}/u.test(before.text) || ctx.words.pronouns.has(before.lower) || ctx.words.auxiliaries.has(before.lower) || before.lower === "who" || before.lower === "which";
}
