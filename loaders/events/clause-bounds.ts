/**
 * Where a clause opened by a conjunction begins, read from the analysis layer's parts of
 * speech: "resigned while students threatened to …" (the threat has a subject of its own,
 * not the party before "while"), "will not accept migrants if fighting spreads in Peru" (Peru belongs
 * to the "if" clause, not to the verb before it).
 */
import type { ClauseWord, Party, RoleContext } from "./types.ts";

/** Parts of speech of a noun phrase's words ("the opposition", "most local leaders"). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Parts of speech between a subject and its verb ("has also", "did not"). */
const VERB_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);

/** The words of [from, to) in the sentence. */
const wordsIn = (ctx: RoleContext, from: number, to: number): readonly ClauseWord[] => ctx.tokens.filter((w) => w.start >= from && w.end <= to);

/** Parts of speech between a light verb and its noun ("imposed new sanctions", "launched an attack"). */
const NOUN_OPENING: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM"]);

/**
 * The subject of the act at `ctx.ts` when a conjunction after `from` opens its clause: a
 * conjunction, then a noun phrase (a noun, or a party the gazetteer names), then only
 * auxiliaries and adverbs up to the verb ("while students threatened", "after a Chadian
 * army jet shot"); for a noun trigger, up to the verb it is the object of ("after the UN
 * imposed sanctions on"). Its span, or undefined when the act's clause opens before `from`.
 */
export function subjectAfterConjunction(ctx: RoleContext, from: number): { start: number; end: number } | undefined {
  const words = wordsIn(ctx, from, ctx.ts);
  // "after police broke into the embassy to arrest him": an infinitive of purpose has the subject of the verb it serves.
  const governing = purposeGoverning(ctx, words);
  if (governing) return subjectAfterConjunction({ ...ctx, ts: governing.start, te: governing.end }, from);
  let i = words.length - 1;
  if (ctx.tokens.find((w) => w.start === ctx.ts)?.pos === "NOUN") {
    while (i >= 0 && NOUN_OPENING.has(words[i].pos)) i--;
    if (i >= 0 && words[i].pos === "VERB") i--;
  }
  while (i >= 0 && VERB_GAP.has(words[i].pos)) i--;
  const head = i;
  while (i >= 0 && NOUN_PHRASE.has(words[i].pos)) i--;
  if (i < 0 || i === head || !ctx.words.conjunctions.has(words[i].lower)) return undefined;
  const span = { start: words[i + 1].start, end: words[head].end };
  const named = ctx.parties.some((p) => p.codes.length > 0 && p.start >= span.start && p.end <= span.end);
  return named || words.slice(i + 1, head + 1).some((w) => w.pos === "NOUN") ? span : undefined;
}

/**
 * The finite verb an infinitive of purpose right at the trigger serves, in the same stretch
 * without punctuation ("broke into the embassy to arrest"), or undefined.
 */
function purposeGoverning(ctx: RoleContext, words: readonly ClauseWord[]): ClauseWord | undefined {
  const last = words[words.length - 1];
  if (!last || last.lower !== "to" || ctx.tokens.find((w) => w.start === ctx.ts)?.pos !== "VERB") return undefined;
  const verb = [...words].reverse().find((w) => w !== last && w.pos === "VERB");
  if (!verb || /ing$/.test(verb.lower) || /[,;:()]/.test(ctx.text.slice(verb.end, last.start))) return undefined;
  return verb;
}

/** Whether a clause opens in [from, to): a conjunction, then a verb of its own before `to` ("if fighting spreads in …"). */
export function clauseOpensBetween(ctx: RoleContext, from: number, to: number): boolean {
  const words = wordsIn(ctx, from, to);
  const at = words.findIndex((w) => ctx.words.conjunctions.has(w.lower) && (w.pos === "SCONJ" || w.pos === "ADP"));
  return at >= 0 && words.slice(at + 1).some((w) => w.pos === "VERB" || w.pos === "AUX");
}

/**
 * "The Chadian and Nigerien members of the lake authority of Cameroon agreed", "Russian shelling of
 * Kyiv killed": a party inside an "of" phrase qualifies the head noun before it; when a
 * demonym or possessive opens that head's noun phrase, it owns the subject. The owner, or
 * undefined when `p` stands in no such phrase.
 */
export function ofPhraseOwner(ctx: RoleContext, p: Party, coded: readonly Party[]): Party | undefined {
  const before = ctx.tokens.filter((w) => w.end <= p.start);
  let i = before.length - 1;
  let firstOf = -1;
  // A participle after a determiner is an adjective ("the divided island"); a party's own words ("Chadian and Nigerien") are one.
  const named = (w: ClauseWord) => coded.some((q) => w.start >= q.start && w.end <= q.end);
  const inPhrase = (k: number) => NOUN_PHRASE.has(before[k].pos) || before[k].lower === "of" || (before[k].pos === "VERB" && k > 0 && before[k - 1].pos === "DET") || named(before[k]);
  for (; i >= 0 && inPhrase(i); i--) if (before[i].lower === "of") firstOf = i;
  if (firstOf < 0) return undefined;
  const from = i >= 0 ? before[i].end : 0;
  return coded.find((q) => q !== p && q.modifier && !q.anaphor && q.start >= from && q.end <= before[firstOf].start);
}

/**
 * "A mine killed two Chadian herders and wounded four others", "Chad sent troops and shelled
 * the town", "Mali reopened its border … but kept refusing": a verb right after "and" or "but" shares the subject of the verb before it, not the
 * object between them. That verb, or undefined when no "and" joins the trigger to one.
 */
export function coordinatedVerb(ctx: RoleContext): ClauseWord | undefined {
  const before = ctx.tokens.filter((w) => w.end <= ctx.ts);
  let i = governingVerbBefore(ctx, before);
  while (i >= 0 && VERB_GAP.has(before[i].pos)) i--;
  if (i < 0 || !COORDINATING.has(before[i].lower)) return undefined;
  // A participle after a noun may open a reduced relative clause ("traders expelled from Niger"):
  // the verb joined is an earlier one when there is one.
  let relative: ClauseWord | undefined;
  for (i--; i >= 0; i--) {
    const w = before[i];
    if (w.pos === "PUNCT" && w.lower !== ",") break;
    if (w.pos !== "VERB" || /ing$/.test(w.lower)) continue;
    if (!(i > 0 && before[i - 1].pos === "NOUN" && ctx.words.participle.test(w.lower))) return w;
    relative ??= w;
  }
  return relative;
}

/**
 * Where to look back from for the conjunction: right before the trigger, or for a noun trigger
 * a verb takes as its object, before that verb ("… and ordered the expulsion of": "ordered" is joined).
 */
function governingVerbBefore(ctx: RoleContext, before: readonly ClauseWord[]): number {
  const last = before.length - 1;
  if (!ctx.entry?.noun) return last;
  let i = last;
  while (i >= 0 && NOUN_OPENERS.has(before[i].pos)) i--;
  return i >= 0 && i < last && before[i].pos === "VERB" && !/ing$/.test(before[i].lower) ? i - 1 : last;
}

/** What may open the noun phrase a verb takes as its object ("the", "its", "formal"). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(["DET", "PRON", "ADJ", "NUM"]);

/** Conjunctions that join two verbs of one subject ("sent troops and shelled", "opened … but was refusing"). */
const COORDINATING: ReadonlySet<string> = new Set(["and", "but"]);

/**
 * Whether a reduced relative clause opens in [from, to): a noun, then a participle ("a
 * hearing into methods used against …"); what follows it is that participle's, not the
 * object of the verb before. Its "by" agent stays the noun's ("threats posed by X", "lies
 * spread by X": X's threats, X's lies).
 */
export function reducedRelativeBetween(ctx: RoleContext, from: number, to: number): boolean {
  const words = wordsIn(ctx, from, to);
  const relative = (w: ClauseWord, i: number) => i > 0 && w.pos === "VERB" && ctx.words.participle.test(w.lower) && words[i - 1].pos === "NOUN";
  return words.some((w, i) => relative(w, i) && words[i + 1]?.lower !== "by");
}

/**
 * "The French president, who visited Egypt last month, signed …": a party inside a relative
 * clause set off by commas, closed before the trigger, belongs to that clause; it is not the
 * subject of the verb after it.
 */
export function inRelativeAside(ctx: RoleContext, p: Party): boolean {
  if (!ctx.words.asideOpener.test(ctx.text.slice(Math.max(0, p.start - 200), p.start)) && !inParticipleAside(ctx, p)) return false;
  const close = ctx.text.indexOf(",", p.end);
  return close >= 0 && close < ctx.ts;
}

/**
 * "Niger, facing a slow Chadian advance, began …", "Ethiopia, backed by Kenyan troops,
 * attacked …": a phrase set off by commas that a participle opens right after a party
 * describes that party; a party inside it is not the subject of the verb after it.
 */
function inParticipleAside(ctx: RoleContext, p: Party): boolean {
  const open = ctx.text.lastIndexOf(",", p.start);
  if (open < 0 || p.start - open > 200 || /[;:]/.test(ctx.text.slice(open, p.start))) return false;
  if (!ctx.parties.some((q) => q.codes.length > 0 && q.end <= open && /^\s*$/.test(ctx.text.slice(q.end, open)))) return false;
  const first = ctx.tokens.find((w) => w.start > open);
  return first !== undefined && first.end <= p.start && first.pos === "VERB" && (/ing$/.test(first.lower) || ctx.words.participle.test(first.lower));
}

/**
 * Whether [ctx.te, to) stays in the trigger's own clause and phrase: no punctuation closes it and
 * no verb of another clause stands in it ("used the missiles in several overnight attacks on
 * Kharkiv", not "launched missiles at Kyiv and imposed sanctions on Moldova").
 */
export function inTriggerClause(ctx: RoleContext, to: number): boolean {
  if (/[,;:.!?()]/.test(ctx.text.slice(ctx.te, to))) return false;
  return !wordsIn(ctx, ctx.te, to).some((w) => w.pos === "VERB" || w.pos === "AUX");
}
