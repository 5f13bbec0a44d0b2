/**
 * The subject the gazetteer does not name: the words of the noun phrase that opens the
 * trigger's clause ("President Ana Ruiz has threatened", "a roadside mine near the
 * old depot killed"), an actor with no code.
 */
import type { ClauseWord, RoleContext } from "./types.ts";
import { relativeAntecedentName } from "./relative-subject.ts";
import { lastIndexOfAny } from "./wording.ts";

/** Parts of speech that may stand between a subject and its verb: auxiliaries, adverbs, "not". */
const VERB_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);

/** Parts of speech of a subject noun phrase's words ("Lt. Gen. Prosper Avril", "the rebel leaders"). */
const PHRASE: ReadonlySet<string> = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);

/**
 * The subject noun phrase of the trigger's verb when the gazetteer names no party there
 * ("President Ana Ruiz has threatened", "Lt. Gen. Prosper Avril resigned"): the
 * nouns that open the clause, up to the verb with only auxiliaries, adverbs and a
 * phrase of time ("on Thursday") between. Its head is a noun, and no coded party stands in it.
 */
export function genericSubject(ctx: RoleContext): string | undefined {
  const { text, ts, te, tokens } = ctx;
  // A passive's subject is what was acted on ("supplies have been delivered"); a participle
  // before a verb modifies its noun ("The individuals sanctioned include").
  if (ctx.words.passiveBefore.test(text.slice(Math.max(0, ts - 30), ts)) && ctx.words.participle.test(text.slice(ts, te))) return undefined;
  const next = tokens.find((w) => w.start >= te);
  if (next && (next.pos === "VERB" || next.pos === "AUX")) return undefined;
  const clauseStart = lastIndexOfAny(text, ",;:", ts - 1) + 1;
  const before = tokens.filter((w) => w.start >= clauseStart && w.end <= ts);
  let i = catenativeVerbs(ctx, before, gerundOfMainVerb(ctx, before) ?? lightVerbBefore(ctx, before));
  while (i >= 0 && VERB_GAP.has(before[i].pos)) i--;
  // "… on Thursday shortened": a phrase of time between subject and verb.
  const time = i >= 1 && before[i - 1].pos === "ADP" && ctx.words.days.has(before[i].lower);
  if (time) i -= 2;
  while (i >= 0 && VERB_GAP.has(before[i].pos)) i--;
  // "Ana Ruiz, head of the union, called for …": the verb's clause opens with it, after an apposition.
  if (i < 0 && text[clauseStart - 1] === ",") return appositiveSubject(ctx, clauseStart - 1);
  // "… for Ana Ruiz, who refused to …": a relative pronoun opens the clause; the name before the comma is its subject.
  const antecedent = i === 0 && text[clauseStart - 1] === "," ? relativeAntecedentName(ctx, clauseStart - 1) : undefined;
  return antecedent ?? subjectPhrase(ctx, before, i);
}

/**
 * The noun phrase that ends at `before[end]` and opens its clause, with no coded party in it
 * (the subject the gazetteer does not name), or undefined.
 */
function subjectPhrase(ctx: RoleContext, before: readonly ClauseWord[], end: number): string | undefined {
  const { text } = ctx;
  let i = end;
  // A capitalised word inside a name is part of it, whatever its tag ("Prosper Avril").
  const named = (w: ClauseWord) => w.start > 0 && /^\p{Lu}/u.test(text[w.start]);
  // "a roadside mine near the old depot": a preposition inside the phrase, between its nouns.
  const inner = (k: number) => ctx.words.subjectPhrasePrepositions.has(before[k].lower) && k > 0 && k < end && PHRASE.has(before[k - 1].pos) && PHRASE.has(before[k + 1].pos);
  // "gunmen loyal to the warlord", "workers affiliated with the union": a phrase of allegiance after the head noun.
  const allegiance = (k: number) => k > 1 && k < end && ctx.words.allegiancePhrases.has(`${before[k - 1].lower} ${before[k].lower}`) && PHRASE.has(before[k - 2].pos);
  // "Ana Ruiz and Juan Soto withdrew": names coordinated by "and" or "or" are one subject.
  const coordinated = (k: number) => before[k].pos === "CCONJ" && k > 0 && k < end && PHRASE.has(before[k - 1].pos) && PHRASE.has(before[k + 1].pos);
  while (i >= 0) {
    if (allegiance(i)) i -= 2;
    else if (coordinated(i)) i--;
    else if (PHRASE.has(before[i].pos) || named(before[i]) || inner(i) || (before[i].pos === "PUNCT" && before[i].lower === ".")) i--;
    else break;
  }
  // The phrase opens its clause: nothing of another kind before it but the closing mark of a
  // quotation it attributes ('"…," Ana Ruiz said after meeting …').
  const open = i + 1;
  const closing = (w: ClauseWord) => CLOSING_QUOTES.test(w.lower) && /[,.?!]\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start));
  // ", and the court declined …", "As the governor appears set to veto …": a conjunction that
  // opens the clause joins it to another; the phrase after it is its subject.
  const opener = before.slice(0, open);
  const joined = opener.length === 1 && (opener[0].pos === "CCONJ" || ctx.words.conjunctions.has(opener[0].lower));
  if (end < 0 || !(joined || opener.every(closing)) || !["NOUN", "PROPN"].includes(before[end].pos)) return undefined;
  const start = before[open].start;
  // "The leaders met": a definite phrase of common nouns refers back to parties named before; one
  // headed by a state's body ("the court ordered", "the defence ministry said") names that body.
  const phrase = before.slice(open, end + 1);
  // "Monday's visit", "yesterday's strike": a day owns no act, it dates it.
  if (phrase.every((w) => ctx.words.days.has(w.lower))) return undefined;
  if (ctx.words.definiteDeterminers.has(phrase[0].lower) && !phrase.some((w) => w.pos === "PROPN") && !ctx.words.institutionHeads.has(before[end].lower)) return undefined;
  if (ctx.parties.some((p) => p.codes.length > 0 && p.start < before[end].end && p.end > start)) return undefined;
  return text.slice(start, before[end].end);
}

/** A quotation's closing mark, which may stand before the phrase that opens a clause of attribution. */
const CLOSING_QUOTES = /^["”’']$/;

/** Parts of speech an apposition's noun phrase adds to a subject's: "head of the union", "his aide", "'s". */
const APPOSITION: ReadonlySet<string> = new Set(["ADP", "PRON", "PART", "CCONJ", "PUNCT"]);

/**
 * The subject before an apposition set between commas right before the verb ("Ana Ruiz, head
 * of the teachers' union, called for …"; `comma` closes it): the phrase before the opening comma,
 * when the apposition is a noun phrase (a clause between commas is no apposition).
 */
function appositiveSubject(ctx: RoleContext, comma: number): string | undefined {
  const { text, tokens } = ctx;
  const open = lastIndexOfAny(text, ",;:", comma - 1);
  if (open <= 0 || text[open] !== ",") return undefined;
  const apposition = tokens.filter((w) => w.start > open && w.end <= comma);
  // It opens as a noun phrase does; one opening with a preposition ("Park, of the Korea Institute,") is left unread.
  if (apposition.length === 0 || !PHRASE.has(apposition[0].pos) || !apposition.every((w) => PHRASE.has(w.pos) || APPOSITION.has(w.pos))) return undefined;
  const from = lastIndexOfAny(text, ",;:", open - 1) + 1;
  const before = tokens.filter((w) => w.start >= from && w.end <= open);
  return subjectPhrase(ctx, before, before.length - 1);
}

/** Words of a noun act's own phrase before it: its determiner or possessive, adjectives, nouns ("their hunger"). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(["DET", "PRON", "ADJ", "NOUN", "NUM"]);

/**
 * Where the search for the subject starts, backwards: the last word before the trigger, or,
 * for a noun act that a verb takes as its object ("continued their hunger strike",
 * "staged a sit-in"), the word before that verb: the verb's subject does the act.
 */
function lightVerbBefore(ctx: RoleContext, before: ClauseWord[]): number {
  const last = before.length - 1;
  // The trigger's last word is its head ("hunger strike").
  const head = [...ctx.tokens].reverse().find((w) => w.start >= ctx.ts && w.end <= ctx.te);
  if (!head || head.pos !== "NOUN") return last;
  let i = last;
  while (i >= 0 && NOUN_PHRASE.has(before[i].pos)) i--;
  return i >= 0 && i < last && ctx.words.nounActVerbs.has(before[i].lower) && /^(?:DET|PRON)$/.test(before[i + 1].pos) ? i - 1 : last;
}

/** Words of a verb chain before "to" ("appears set to", "is expected to", "has vowed to", "is likely to"). */
const CHAIN: ReadonlySet<string> = new Set(["VERB", "AUX", "ADV", "ADJ"]);

/**
 * A verb act after a chain of verbs and "to" ("the governor is expected to veto", "the senator
 * appears set to visit"): the chain's subject does the act, so the search starts before the
 * chain. A noun before "to" ("urged the governor to veto") is the act's own subject: no chain.
 */
function catenativeVerbs(ctx: RoleContext, before: readonly ClauseWord[], last: number): number {
  const trigger = ctx.tokens.find((w) => w.start === ctx.ts);
  if (last < 1 || trigger?.pos !== "VERB" || before[last].lower !== "to" || before[last].pos !== "PART") return last;
  // The verb that takes the infinitive stands right before "to" ("resigned yesterday to allow" is a purpose).
  if (before[last - 1].pos !== "VERB" && before[last - 1].pos !== "ADJ") return last;
  let i = last - 1;
  while (i >= 0 && CHAIN.has(before[i].pos)) i--;
  // At least one verb or adjective of the chain ("set", "expected", "likely"), not only auxiliaries.
  return before.slice(i + 1, last).some((w) => w.pos === "VERB" || w.pos === "ADJ") ? i : last;
}

/** A gerund's trigger word ("meeting", "visiting"). */
const GERUND = /^\p{L}+ing\b/u;

/**
 * A gerund act right after a conjunction in a clause with a verb before it ("Ruiz said after
 * meeting with Peru's envoy", "Ruiz spoke to reporters before visiting Lima"): it has the main
 * verb's subject. The index to read
 * the subject back from (before the verb), or undefined for any other trigger.
 */
function gerundOfMainVerb(ctx: RoleContext, before: readonly ClauseWord[]): number | undefined {
  const last = before.length - 1;
  if (last < 1 || !GERUND.test(ctx.text.slice(ctx.ts, ctx.te)) || !ctx.words.conjunctions.has(before[last].lower)) return undefined;
  // The clause's first verb is its main one ("spoke to reporters after meeting …").
  const verb = before.findIndex((w) => w.pos === "VERB");
  return verb >= 1 && verb < last ? verb - 1 : undefined;
}
