/**
 * Sides named apart from the subject and object: the doer of a meeting or a move after
 * "of" ("the visit of the Turkish president"), the state a subject acts for by its phrase
 * of allegiance ("militias backed by Iran"), and whether a city or region is what an act
 * is aimed at. Words in data/event-words.yaml.
 */
import { isPlace } from "./parties.ts";
import type { ClauseWord, Party, RoleContext } from "./types.ts";
import { lastIndexOfAny } from "./wording.ts";

const isVerb = (w: ClauseWord) => w.pos === "VERB" || w.pos === "AUX";
/** Parts of speech that may stand between a subject and its verb: auxiliaries, adverbs, "not". */
const VERB_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);
/** The words of a party's noun phrase after the party ("the Syrian army", "the Serbian Workers' Union (SSS)"). */
const PARTY_PHRASE: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM", "PART"]);
const isPhraseWord = (w: ClauseWord) => PARTY_PHRASE.has(w.pos) || (w.pos === "PUNCT" && /^[()'’]$/.test(w.lower));

/** Whether a place is what the act is aimed at: an act of force, threat or deployment, not coming from there. */
export function aimedAtPlace(ctx: RoleContext, place: Party): boolean {
  if (!ctx.entry || !ctx.words.placeTargetTypes.has(ctx.entry.type)) return false;
  return !ctx.words.placeOrigin.test(ctx.text.slice(Math.max(0, place.start - 20), place.start));
}

/** Whether a place found after "to" hosts the act: "the president's visit to Lima" is paid to Peru. */
export function hostedAt(ctx: RoleContext, strategy: string): boolean {
  return strategy === "to" && ctx.entry !== undefined && ctx.words.placeHostTypes.has(ctx.entry.type);
}

/**
 * "Militias backed by Iran attacked", "fighters loyal to Syria shelled", "gunmen linked to the
 * Syrian army shelled": a subject the gazetteer does not name acts for the state its phrase of
 * allegiance names. The noun phrase opens its clause with no verb before the phrase; after the
 * state only the rest of its own noun phrase ("army", "Workers' Union (SSS)"), then auxiliaries
 * and adverbs, stand before the trigger.
 */
export function patronOfSubject(ctx: RoleContext): Party | undefined {
  const { text, ts, tokens } = ctx;
  const p = ctx.parties.find((c) => c.codes.length > 0 && c.end <= ts && !c.anaphor && !isPlace(c) && ctx.words.allegianceBefore.test(text.slice(Math.max(0, c.start - 25), c.start)));
  if (!p) return undefined;
  const phrase = ctx.words.allegianceBefore.exec(text.slice(Math.max(0, p.start - 25), p.start));
  const phraseStart = Math.max(0, p.start - 25) + (phrase?.index ?? 0);
  const clauseStart = lastIndexOfAny(text, ",;:", phraseStart) + 1;
  const before = tokens.filter((w) => w.start >= clauseStart && w.end <= phraseStart);
  const between = tokens.filter((w) => w.start >= p.end && w.end <= ts);
  if (!before.some((w) => w.pos === "NOUN" || w.pos === "PROPN") || before.some(isVerb)) return undefined;
  const rest = between.findIndex((w) => !isPhraseWord(w));
  return between.slice(rest < 0 ? between.length : rest).every((w) => VERB_GAP.has(w.pos)) ? p : undefined;
}

/** "the visit of Brazil's president to Angola", "a meeting of Kenyan officials": the doer of a meeting or a move named after "of". */
export function ofAgent(ctx: RoleContext): Party | undefined {
  if (!ctx.entry || !ctx.words.ofAgentTypes.has(ctx.entry.type)) return undefined;
  const p = ctx.parties.find((q) => q.start >= ctx.te && q.codes.length > 0 && !isPlace(q));
  return p && /^\s+of\s+(?:the\s+|a\s+|an\s+)?$/i.test(ctx.text.slice(ctx.te, p.start)) ? p : undefined;
}

/**
 * "Kenyan farms faced attacks from Somali militias", "the town came under shelling by Chad":
 * an act's noun after a verb of undergoing. Its doer is the party "from" or "by" introduces
 * right after the noun; undefined when the act is not undergone or names no such party.
 */
export function undergoneBy(ctx: RoleContext): Party | undefined {
  if (ctx.words.undergoBefore.exec(ctx.text.slice(Math.max(0, ctx.ts - 60), ctx.ts)) === null) return undefined;
  const p = ctx.parties.find((q) => q.start >= ctx.te && q.codes.length > 0 && !isPlace(q));
  return p && /^(?:\s+[\w'’-]+){0,3}?\s+(?:from|by)\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.te, p.start)) && !/[,;]/.test(ctx.text.slice(ctx.te, p.start)) ? p : undefined;
}

/**
 * "the attack on Peru by Chile", "the supply of rifles to Peru by Chile": an act's noun whose
 * phrase ends in "by" names its doer there. Only the noun's own complements (no verb, no
 * comma) stand between; "sanctions imposed on Chile by Peru" is the participle's agent.
 */
export function nounAgent(ctx: RoleContext): Party | undefined {
  if (!ctx.entry?.noun) return undefined;
  const p = ctx.parties.find((q) => q.start >= ctx.te && q.codes.length > 0 && !q.anaphor && ctx.words.agentGap.test(ctx.text.slice(ctx.te, q.start)));
  if (!p || /[,;:()“”"]/.test(ctx.text.slice(ctx.te, p.start))) return undefined;
  return ctx.tokens.some((w) => w.start >= ctx.te && w.end <= p.start && isVerb(w)) ? undefined : p;
}
