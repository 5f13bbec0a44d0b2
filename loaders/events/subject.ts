/**
 * The subject of an act's verb: the party before the trigger that the clause makes its doer,
 * past asides, relative clauses, fronted occasions and the objects of earlier verbs.
 */
import { emptyParty, afterPreposition } from "./parties.ts";
import { coordinatedVerb, inRelativeAside, ofPhraseOwner, subjectAfterConjunction } from "./clause-bounds.ts";
import { controlNounOwner } from "./control-noun.ts";
import { occasionSubject } from "./fronted-occasion.ts";
import { inApposition } from "./apposition.ts";
import { quoteOf } from "./quotations.ts";
import { relativeOfThing } from "./relative-subject.ts";
import { unobserved } from "./noun-readings.ts";
import type { Attribution, ClauseWord, Party, RoleContext } from "./types.ts";
import { lastIndexOfAny } from "./wording.ts";

/** The subject of the trigger's verb among the coded parties before it. */
export function subjectBefore(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, te } = ctx;
  // A passive verb's subject is what was acted on ("troops … have been sent"), not the actor.
  if (isPassive(ctx)) return undefined;
  if (relativeOfThing(ctx, coded)) return undefined;
  const intender = controlNounOwner(ctx, coded);
  if (intender) return intender;
  // "Liberian refugees, whom the authorities blame": the pronoun's antecedent is the object; the subject follows it.
  const whom = ctx.words.objectRelative.exec(text.slice(0, ts));
  if (whom) coded = coded.filter((p) => p.start > whom.index);
  coded = unobserved(ctx, coded);
  const means = byGerundSubject(ctx, coded);
  if (means) return means;
  const charged = ctx.speech ? undefined : chargedParty(ctx, coded);
  if (charged) return charged;
  // "X sent troops and shelled …": the first verb's subject; a passive one's is the party before it ("X were attacked … and
  // retreated"). A speech act may join the verb of a clause it reports ("said that … were sent and condemned"): read below.
  const first = ctx.speech ? undefined : coordinatedVerb(ctx);
  const joined = first && { ...ctx, ts: first.start, te: first.end };
  if (joined) return isPassive(joined) ? [...coded].reverse().find((p) => p.end <= joined.ts && !afterPreposition(ctx.words, text, p.start)) : subjectBefore(joined, coded);
  // "… and we condemn it," he said: inside a quotation "we" is the speaker's side.
  if (ctx.speech && quoteOf(ctx.quotes, ts) >= 0 && ctx.words.firstPersonBefore.test(text.slice(Math.max(0, ts - 20), ts)) && ctx.attribution?.codes.length) {
    return { ...emptyParty(), codes: ctx.attribution.codes };
  }
  // "a month after Russia vetoed", "as NATO, EU condemn": a party right before its verb
  // is the verb's subject even after a word that is also a preposition.
  // "Pakistan, a key U.S. ally …, has refused", "Kenyan troops, part of an AU force, attacked": a
  // party inside an aside between commas describes the subject before it.
  coded = coded.filter((p) => !inApposition(ctx.words, text, coded, p, ts));
  const main = adverbialParticipleSubject(ctx, coded);
  if (main) return main;
  const adjacent = [...coded].reverse().find((p) => p.end <= ts && (ctx.words.subjectGap.test(text.slice(p.end, ts)) || ownsHeadNoun(ctx, p)));
  const opener = adjacent && text.slice(Math.max(0, adjacent.start - 12), adjacent.start);
  if (adjacent && opener && (ctx.words.conjunctionBefore.test(opener) || ctx.words.relativeBefore.test(opener))) return adjacent;
  // "officials said Chile had condemned Peru": a party right before a speech verb of the
  // clause another verb reports is that verb's own subject, not the reporter ("cooperation
  // between Chile and Peru threatens" names no subject; a quotation is read below).
  if (adjacent && ctx.speech && inReportedClause(ctx.attributions, adjacent, ts) && quoteOf(ctx.quotes, ts) < 0 && !afterPreposition(ctx.words, text, adjacent.start)) return adjacent;
  // "with Paris and Rome condemning Iran": the party after "with" is the subject of the participle it opens.
  if (adjacent && opener && ctx.words.absoluteBefore.test(opener) && /ing$/i.test(text.slice(ts, te))) return adjacent;
  // "criticism from Chile, Peru and others, who all accused": a relative pronoun's antecedent is its clause's subject, after a preposition too.
  const antecedent = [...coded].reverse().find((p) => p.end <= ts && ctx.words.relativeSubjectGap.test(text.slice(p.end, ts)));
  if (antecedent) return antecedent;
  // "…, blaming the US … and denouncing …": a participle's subject is the clause's subject.
  if (/ing$/i.test(text.slice(ts, te)) && /(?:,|\band)\s*$/.test(text.slice(0, ts))) {
    const first = coded.find((p) => p.end <= ts && !afterPreposition(ctx.words, text, p.start));
    if (first) return first;
  }
  // "X said that Russia had …, and warned that …": the warning's subject is X, not Russia.
  // "their allies are preparing": a possessive pronoun qualifies the subject, it is not it.
  const subject = [...coded].reverse().find((p) => p.end <= ts && !afterPreposition(ctx.words, text, p.start) && !(ctx.speech && inReportedClause(ctx.attributions, p, ts)) && !(p.anaphor && p.modifier && p.start > 0) && !inPurposeObject(ctx, p) && !inRelativeAside(ctx, p));
  // "X resigned while students threatened", "after a Chadian jet shot": a clause a conjunction opens has its own subject.
  const own = subject && subjectAfterConjunction(ctx, subject.end);
  if (own) return coded.find((p) => p.start >= own.start && p.end <= own.end);
  // "During a summit with Kim, Putin said": an act of the opening occasion is the main clause subject's.
  return (subject && ofPhraseOwner(ctx, subject, coded)) ?? subject ?? placeInSubject(ctx, coded) ?? occasionSubject(ctx, coded);
}

/**
 * "after Kyiv's troops seized", "after Ukrainian forces attacked": the party qualifies the
 * head noun of the verb's subject, right before the verb (the analysis layer's parts of
 * speech: a possessive, one or two nouns or adjectives, then auxiliaries or adverbs).
 */
function ownsHeadNoun(ctx: RoleContext, p: Party): boolean {
  const gap = ctx.tokens.filter((w) => w.start >= p.end && w.end <= ctx.ts);
  let i = gap[0]?.pos === "PART" && /^['’]s?$/.test(gap[0].lower) ? 1 : 0;
  const nouns = i;
  while (i < gap.length && i - nouns < 2 && (gap[i].pos === "NOUN" || gap[i].pos === "ADJ" || gap[i].pos === "PROPN")) i++;
  if (i === nouns || gap[i - 1].pos === "ADJ") return false;
  while (i < gap.length && (gap[i].pos === "AUX" || gap[i].pos === "ADV")) i++;
  return i === gap.length && !/[,;:()]/.test(ctx.text.slice(p.end, ctx.ts));
}

/**
 * "Russia struck Ukrainian cities using drones": an -ing form right after the object of a
 * finite verb tells how the clause's subject acted, so that subject is its subject too.
 * A finite verb of saying before the noun phrase makes it a reported subject instead.
 */
function adverbialParticipleSubject(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, te, tokens } = ctx;
  if (!/ing$/i.test(text.slice(ts, te))) return undefined;
  const owner = [...coded].reverse().find((p) => p.end <= ts && p.modifier);
  if (!owner || !tokens.filter((w) => w.start >= owner.end && w.end <= ts).every((w) => w.pos === "NOUN" || w.pos === "PROPN")) return undefined;
  const clauseStart = lastIndexOfAny(text, ",;:()", owner.start - 1) + 1;
  const verb = [...tokens].reverse().find((w) => w.start >= clauseStart && w.end <= owner.start && w.pos === "VERB");
  if (!verb || /ing$/i.test(verb.lower) || ctx.attributions.some((a) => a.end > clauseStart && a.start < owner.start)) return undefined;
  return coded.find((p) => p.start >= clauseStart && p.end <= verb.start && !afterPreposition(ctx.words, text, p.start));
}

/**
 * "Chile angered Bolivia by sending troops to Peru": a gerund after "by" tells how the verb
 * it qualifies was done, so that verb's subject is the gerund's (not a passive verb's).
 */
function byGerundSubject(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, te, tokens } = ctx;
  if (!/ing$/i.test(text.slice(ts, te)) || !/\bby\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, ts - 24), ts))) return undefined;
  const clauseStart = lastIndexOfAny(text, ";:()", ts - 1) + 1;
  const verb = [...tokens].reverse().find((w) => w.start >= clauseStart && w.end <= ts && w.pos === "VERB" && !/ing$/i.test(w.lower));
  const governing = verb && { ...ctx, ts: verb.start, te: verb.end };
  return governing && !isPassive(governing) ? subjectBefore(governing, coded) : undefined;
}

/**
 * "sanctions against Iran over the supply of drones to Russia", "accusing it of sending
 * missiles", "Iranian firms responsible for supplying Russia": an act told after the
 * party a sanction or a charge is aimed at is that party's act, not the sanctioner's.
 */
function chargedParty(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, words } = ctx;
  // "over its supply": the possessive refers back to the party charged.
  const p = [...coded].reverse().find((c) => c.end <= ts && !(c.anaphor && c.modifier));
  if (!p || !words.chargedAct.test(text.slice(p.end, ts))) return undefined;
  return words.chargingBefore.test(text.slice(Math.max(0, p.start - 60), p.start)) ? p : undefined;
}

/**
 * "Russia used a North Korean missile to strike Kyiv": before an infinitive of purpose, a
 * demonym ("North Korean", "US-supplied") inside the object of the verb that governs it ("used a North Korean missile")
 * qualifies a thing; the infinitive's subject is that verb's.
 */
function inPurposeObject(ctx: RoleContext, p: Party): boolean {
  const qualifies = p.modifier || /^-[a-z]/.test(ctx.text.slice(p.end, p.end + 2));
  if (!qualifies || !/\bto\s+$/i.test(ctx.text.slice(Math.max(0, ctx.ts - 4), ctx.ts))) return false;
  const before = ctx.tokens.filter((w) => w.end <= p.start);
  let i = before.length - 1;
  while (i >= 0 && ["DET", "ADJ", "NUM"].includes(before[i].pos)) i--;
  return i >= 0 && before[i].pos === "VERB";
}

/** Whether the trigger is a verb not in a participle's form ("recapture", not "recaptured"). */
export function activeVerbAt(ctx: RoleContext): boolean {
  const first = ctx.tokens.find((w) => w.start === ctx.ts);
  // "heavy shelling by Russia", "the shelling of Kherson by": an -ing form with "by" or "of" right after it is a noun, not an active verb.
  if (first && /ing$/i.test(first.lower) && /^\s+(?:by|of)\b/i.test(ctx.text.slice(ctx.te, ctx.te + 4))) return false;
  return first !== undefined && first.pos === "VERB" && first.end === ctx.te && !ctx.words.participle.test(first.lower);
}

export const isVerb = (w: ClauseWord) => w.pos === "VERB" || w.pos === "AUX";

/**
 * "Opposition groups in Zimbabwe are demanding", "Rebels in the Ivory Coast on Wednesday
 * dismissed": a subject the gazetteer does not name, placed by a state after "in", "of" or
 * "from", acts for that state. The noun phrase opens its clause with no verb before the
 * state, and none stands between it and the trigger but auxiliaries.
 */
function placeInSubject(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, tokens } = ctx;
  const p = coded.find((c) => c.end <= ts && !c.anaphor && ctx.words.subjectPlace.test(text.slice(Math.max(0, c.start - 12), c.start)));
  if (!p) return undefined;
  const clauseStart = lastIndexOfAny(text, ",;:", p.start) + 1;
  const before = tokens.filter((w) => w.start >= clauseStart && w.end <= p.start);
  const between = tokens.filter((w) => w.start >= p.end && w.end <= ts);
  if (!before.some((w) => w.pos === "NOUN" || w.pos === "PROPN") || before.some(isVerb)) return undefined;
  return between.some((w) => w.pos === "VERB" || w.pos === "PUNCT") ? undefined : { ...p, placed: true };
}

/** "X said that Russia had …": a party in the clause an earlier speech verb reports. */
function inReportedClause(attributions: Attribution[], p: Party, ts: number): boolean {
  return attributions.some((a) => a.end <= ts && p.start > a.end);
}

/** Whether the trigger is a participle after a be-verb ("were attacked", "has been shot"). */
export const isPassive = (ctx: RoleContext) => ctx.words.passiveBefore.test(ctx.text.slice(Math.max(0, ctx.ts - 30), ctx.ts)) && ctx.words.participle.test(ctx.text.slice(ctx.ts, ctx.te));
