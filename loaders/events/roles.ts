/**
 * Roles: which of a sentence's parties is an act's actor or target, by the strategies the
 * dictionary entry names (subject, object, "to", "with", "between", the speaker …).
 */
import type { EventEntry, RoleStrategy } from "../event-dictionary.ts";
import { allMatches } from "../text.ts";
import { antecedent, referent } from "./earlier-acts.ts";
import type { ArticleMemory } from "./memory.ts";
import { afterPreposition, emptyParty, isPlace } from "./parties.ts";
import { aimedAtPlace, ofAgent, patronOfSubject, undergoneBy } from "./doers-named-apart.ts";
import { clauseOpensBetween, coordinatedVerb, inRelativeAside, inTriggerClause, ofPhraseOwner, reducedRelativeBetween, subjectAfterConjunction } from "./clause-bounds.ts";
import { domesticRoles, isDomesticTarget } from "./domestic.ts";
import { passiveAntecedent, relativeOfThing } from "./relative-subject.ts";
import { unobserved } from "./noun-readings.ts";
import { genericSubject } from "./generic-subject.ts";
import { occasionEnd, occasionSubject } from "./fronted-occasion.ts";
import { themeOrigin } from "./theme-origin.ts";
import { madeInstrument, weaponOrigin } from "./weapon-origin.ts";
import { inApposition } from "./apposition.ts";
import { givenTo } from "./double-object.ts";
import { quoteOf } from "./quotations.ts";
import { modifierOf } from "./possessor.ts";
import { findBetween, introducedBy } from "./prepositional-roles.ts";
import type { Attribution, ClauseWord, Mention, Party, RoleContext } from "./types.ts";
import { lastIndexOfAny, wordCount } from "./wording.ts";

/** The first party the strategies find for a role, in the dictionary entry's order. */
export function findRole(memory: ArticleMemory, strategies: RoleStrategy[], ctx: RoleContext, actor: Party | undefined, role: "actor" | "target" = "target"): Party | undefined {
  // "… has been condemned by France": a passive's "by" agent is the subject of its active verb.
  // "missiles delivered to Manila by India": a participle with no subject before it has its doer after "by".
  const ordered =
    role === "actor" && strategies.includes("subject") && !strategies.includes("agent")
      ? isPassive(ctx) ? ["agent" as const, ...strategies] : ctx.words.participle.test(ctx.text.slice(ctx.ts, ctx.te)) ? [...strategies, "agent" as const] : strategies
      : strategies;
  // "Kenyan farms faced attacks from Somali militias": the doer follows, the subject underwent it.
  const doer = undergoneBy(ctx);
  if (doer) return role === "actor" ? doer : findByStrategy("subject", ctx, doer);
  // "sold Saudi Arabia an arms package": the first object receives, the giving verb's subject gives.
  const given = givenTo(ctx);
  if (given) return role === "target" ? given.recipient : findByStrategy("subject", { ...ctx, ts: given.verbStart, te: given.verbEnd }, undefined);
  for (const s of ordered) {
    const found = s === "antecedent" ? antecedent(memory, ctx, role) : s === "referent" ? referent(memory, ctx) : findByStrategy(s, ctx, actor);
    // A target that is the actor itself ("if it dared", "it" being the speaker's side) is none.
    if (found && role === "target" && s !== "between" && actor && found.codes.every((c) => actor.codes.includes(c)) && !isDomesticTarget(ctx, actor, found)) continue;
    // A place that is no state (a city, a region) stands for its state only as what an act is aimed at.
    if (found && isPlace(found) && (role === "actor" || !aimedAtPlace(ctx, found))) continue;
    if (found && found.codes.length > 0) return found;
    if (s === "none") return undefined;
  }
  if (role === "actor" && !strategies.includes("none")) {
    const doer = ofAgent(ctx) ?? (strategies.includes("subject") ? patronOfSubject(ctx) : undefined);
    if (doer) return doer;
  }
  // "North Korean shells were shipped to Russia": no agent, the owner of what was moved.
  return role === "actor" && isPassive(ctx) ? themeOrigin(ctx) : undefined;
}

/** "X said that Russia had …": a party in the clause an earlier speech verb reports. */
function inReportedClause(attributions: Attribution[], p: Party, ts: number): boolean {
  return attributions.some((a) => a.end <= ts && p.start > a.end);
}

/** "…, the White House said": a party whose speech verb follows right after it. */
function speaksRightAfter(attributions: Attribution[], p: Party, text = ""): boolean {
  // ", the UN refugee agency reported": a speaker's head may stand between it and the verb.
  return attributions.some((a) => a.start >= p.end && (a.start - p.end <= 3 || (wordCount(text.slice(p.end, a.start)) <= 3 && /,\s*(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(0, p.start - 8), p.start)))));
}

const IF_CLAUSE = /\bif\s+(?:the\s+)?/gi;

/** Whether the trigger is a noun right after "of" and a determiner ("the toll of the massacre"); not a gerund ("of shooting down"). */
function ofPhraseNoun({ text, ts, tokens }: RoleContext): boolean {
  const word = tokens.find((t) => t.start === ts);
  return word?.pos === "NOUN" && OF_PHRASE_END.test(text.slice(Math.max(0, ts - 40), ts));
}

const OF_PHRASE_END = /\bof\s+(?:the|a|an|this|that|these|those|its|their|his|her)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The party one strategy finds around the trigger, among the coded parties of its clause and quotation. */
export function findByStrategy(s: RoleStrategy, ctx: RoleContext, actor: Party | undefined): Party | undefined {
  const { text, ts, te, parties } = ctx;
  const scope = quoteOf(ctx.quotes, ts);
  const coded = parties.filter((p) => p.codes.length > 0 && p !== actor);
  // Parties after the trigger count only within its own quotation (or outside any); a
  // pronoun there that refers back to the actor ("to reopen its embassy in Chile") is none.
  const actorsOwn = (p: Party) => actor !== undefined && p.anaphor && p.codes.every((c) => actor.codes.includes(c));
  const afterTrigger = coded.filter((p) => p.start >= te && quoteOf(ctx.quotes, p.start) === scope && !actorsOwn(p));
  switch (s) {
    case "subject":
      // "the death toll of the massacre": a noun inside an of-phrase is named, not done, by the clause's subject.
      return ofPhraseNoun(ctx) ? undefined : subjectBefore(ctx, coded);
    case "object":
      // "fired North Korean-made missiles at Ukraine", "struck … with American bombs": the maker of an attack's weapon is its supplier, never its target.
      return objectAfter(ctx, ctx.entry?.type === "ASSAULT" ? afterTrigger.filter((p) => !madeBy(ctx, p) && !madeInstrument(ctx, p)) : afterTrigger);
    case "complement":
      // "demanded that the US cancel …": the subject of the clause the verb governs.
      return afterTrigger.find((p) => /^\s+that\s+(?:the\s+)?$/i.test(text.slice(te, p.start)));
    case "direct":
      return afterTrigger.find((p) => /^\s+(?:the\s+)?$/i.test(text.slice(te, p.start)));
    case "possessor":
    case "adjunct":
      return modifierOf(s, ctx, coded);
    case "compound":
      return [...coded].reverse().find((p) => p.hyphenated && p.end <= ts && wordCount(text.slice(p.end, ts)) <= 2);
    case "between":
      return findBetween(ctx);
    case "agent":
      return agentAfter(ctx, afterTrigger);
    case "supplier":
      return coded.find((p) => p.start >= te && (ctx.words.makerSuffix.test(text.slice(p.end, p.end + 16)) || ctx.words.makerEnd.test(text.slice(p.start, p.end))));
    case "origin":
      return weaponOrigin(ctx, afterTrigger);
    case "claimant":
      // "dismissed NATO's claims", "rejected Washington's accusations": the accuser named outright.
      return afterTrigger.find((p) => p.modifier && /^\s+(?:the\s+)?$/.test(text.slice(te, p.start)) && ctx.words.claimNoun.test(text.slice(p.end, p.end + 30)));
    case "near":
      // The party just after the trigger, in the same phrase ("receiving Russian technology").
      return afterTrigger.find((p) => p.start - te <= 40 && !/[,.;:]/.test(text.slice(te, p.start)) && !ctx.words.coordinator.test(text.slice(te, p.start)));
    case "by":
    case "to":
    case "with":
    case "from":
    case "at":
    case "into":
    case "for":
    case "against":
    case "targeting":
    case "over":
    case "about":
    case "in":
      return introducedBy(s, afterTrigger, ctx);
    case "toward":
      return introducedBy("towards?", afterTrigger, ctx);
    case "on":
      // "sanctions on several Chinese firms", "strikes on two Russian airfields": a quantifier may stand between;
      // further on, "on" of the trigger's own clause ("used the missiles in overnight attacks on Kharkiv").
      return afterTrigger.find((p) => ctx.words.onParty.test(text.slice(Math.max(te, p.start - 30), p.start)) && (p.start - te < 40 || inTriggerClause(ctx, p.start)));
    case "if": {
      const ifs = allMatches(IF_CLAUSE, text).map((m) => m.index + m[0].length);
      return coded.find((p) => ifs.includes(p.start));
    }
    case "speaker":
      return ctx.attribution && ctx.attribution.codes.length > 0 ? { ...emptyParty(), codes: ctx.attribution.codes } : undefined;
    case "counterpart":
      return [...coded].reverse().find((p) => p.end <= ts && (!actor || !p.codes.some((c) => actor.codes.includes(c))));
    default:
      return undefined;
  }
}

/** Whether a party names the maker of what follows it ("North Korean-made", "Iranian-supplied"). */
function madeBy(ctx: RoleContext, p: Party): boolean {
  return ctx.words.makerSuffix.test(ctx.text.slice(p.end, p.end + 16)) || ctx.words.makerEnd.test(ctx.text.slice(p.start, p.end));
}

/** The act's object: the first party after the trigger that is not a speaker or another clause's. */
function objectAfter(ctx: RoleContext, afterTrigger: Party[]): Party | undefined {
  const { text, te } = ctx;
  // "…, the White House said": a trailing speaker is not the act's object.
  // "resigned while students threatened to storm his residence in Tbilisi": a party
  // past a conjunction that opens another clause is that clause's, not the act's object.
  // "During the summit, Putin praised Kim": the opening phrase of occasion is a clause of its own.
  const end = occasionEnd(ctx) ?? Infinity;
  return afterTrigger.find((p) => p.start < end && !/\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(te, p.start - 15), p.start)) && !speaksRightAfter(ctx.attributions, p, text) && !ctx.words.clauseOpener.test(text.slice(te, p.start)) && !clauseOpensBetween(ctx, te, p.start) && !reducedRelativeBetween(ctx, te, p.start));
}

/** The "by" agent of a passive trigger, when no other verb stands between them. */
function agentAfter(ctx: RoleContext, afterTrigger: Party[]): Party | undefined {
  const { text, te } = ctx;
  // An active verb ("recapture the towns held by Turkey") has its agent before it.
  if (activeVerbAt(ctx)) return undefined;
  // "missiles fired at Kyiv were provided by Iran": a "by" after another verb is that verb's agent.
  return afterTrigger.find((p) => ctx.words.agentGap.test(text.slice(te, p.start)) && !ctx.tokens.some((w) => w.start >= te && w.end <= p.start && isVerb(w)));
}

/** The subject of the trigger's verb among the coded parties before it. */
function subjectBefore(ctx: RoleContext, coded: Party[]): Party | undefined {
  const { text, ts, te } = ctx;
  // A passive verb's subject is what was acted on ("troops … have been sent"), not the actor.
  if (ctx.words.passiveBefore.test(text.slice(Math.max(0, ts - 30), ts)) && ctx.words.participle.test(text.slice(ts, te))) return undefined;
  if (relativeOfThing(ctx, coded)) return undefined;
  // "Liberian refugees, whom the authorities blame": the pronoun's antecedent is the object; the subject follows it.
  const whom = ctx.words.objectRelative.exec(text.slice(0, ts));
  if (whom) coded = coded.filter((p) => p.start > whom.index);
  coded = unobserved(ctx, coded);
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
function activeVerbAt(ctx: RoleContext): boolean {
  const first = ctx.tokens.find((w) => w.start === ctx.ts);
  // "heavy shelling by Russia", "the shelling of Kherson by": an -ing form with "by" or "of" right after it is a noun, not an active verb.
  if (first && /ing$/i.test(first.lower) && /^\s+(?:by|of)\b/i.test(ctx.text.slice(ctx.te, ctx.te + 4))) return false;
  return first !== undefined && first.pos === "VERB" && first.end === ctx.te && !ctx.words.participle.test(first.lower);
}

const isVerb = (w: ClauseWord) => w.pos === "VERB" || w.pos === "AUX";

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

/** The codes of an act's actor and target, and the roles the article pass is to fill. */
export interface TriggerRoles {
  actor: string[];
  target: string[];
  /** The act's direction is unknown ("arms transfers between Moscow and Pyongyang"). */
  undirected: boolean;
  pendingActor?: Mention["pendingActor"];
  pendingTarget?: Mention["pendingTarget"];
  /** The subject's words when no party the gazetteer names acts (see genericSubject). */
  genericActor?: string;
  /** Actor and target are two parties of one state (see domestic.ts): the target keeps the actor's codes. */
  domestic?: boolean;
  /** The act is one told before, whose actor it takes (see unnamed-doer.ts). */
  toldBefore?: boolean;
}

/** The actor's and target's codes, given the actor party found: a group of two sides, a joint act, a target named outright or an accuser to come. */
export function actorAndTarget(memory: ArticleMemory, entry: EventEntry, ctx: RoleContext, actorParty: Party | undefined): TriggerRoles {
  const roles: TriggerRoles = { actor: actorParty?.codes ?? [], target: [], undirected: false };
  if (!actorParty && entry.actor.includes("subject")) roles.genericActor = genericSubject(ctx);
  if (entry.actor.includes("reply") && roles.actor.length === 0) roles.pendingActor = "reply";
  if (actorParty && actorParty.codes.length > 1 && !entry.joint) {
    const agent = findByStrategy("agent", ctx, undefined);
    // "a treaty that Putin and Kim signed": a group named after a mutual act's noun is its two sides.
    // "joint British-US airstrikes": sides joined by hyphens after "joint" act together.
    const hyphenedPair = actorParty.hyphenated && !ctx.words.jointBefore.test(ctx.text.slice(Math.max(0, actorParty.start - 20), actorParty.start));
    const viaBetween = actorParty === findBetween(ctx) || hyphenedPair || (entry.symmetric && (actorParty === agent || actorParty.start >= ctx.te));
    if (viaBetween) {
      roles.target = actorParty.codes.slice(1);
      roles.actor = actorParty.codes.slice(0, 1);
      roles.undirected = !entry.symmetric && entry.type === "AID";
    }
  }
  if (entry.joint) jointRoles(memory, entry, ctx, actorParty, roles);
  else if (roles.target.length === 0) domesticRoles(ctx, actorParty, targetRole(memory, entry, ctx, actorParty, roles), roles);
  return roles;
}

/** A joint act ("held talks with"): the partner joins the actors. */
function jointRoles(memory: ArticleMemory, entry: EventEntry, ctx: RoleContext, actorParty: Party | undefined, roles: TriggerRoles): void {
  const partner = findRole(memory, ["with"], ctx, actorParty);
  const actor = [...new Set([...roles.actor, ...(partner?.codes ?? [])])];
  roles.actor = actor;
  if (!partner) {
    const t = findRole(memory, entry.target.filter((s) => s !== "with"), ctx, actorParty);
    roles.target = t ? t.codes.filter((c) => !actor.includes(c)) : [];
  }
}

/**
 * The target: strategies before "accuser" name it outright ("rumours spread by Seoul");
 * those after it are a fallback that the accusers named earlier replace.
 */
function targetRole(memory: ArticleMemory, entry: EventEntry, ctx: RoleContext, actorParty: Party | undefined, roles: TriggerRoles): Party | undefined {
  const cut = entry.target.indexOf("accuser");
  const outright = cut < 0 ? undefined : findRole(memory, entry.target.slice(0, cut), ctx, actorParty, "target");
  if (cut >= 0 && !outright) roles.pendingTarget = "accuser";
  const transitive = entry.target.includes("object") || entry.target.includes("direct");
  const t = outright ?? findRole(memory, entry.target.slice(cut + 1), ctx, actorParty, "target") ?? (transitive ? passiveSubject(ctx, actorParty) : undefined);
  const actor = roles.actor;
  roles.target = t ? t.codes.filter((c) => !actor.includes(c) || t === findBetween(ctx)) : [];
  if (t && t === findBetween(ctx) && actorParty === t) roles.target = t.codes.slice(1);
  return t;
}

/** Whether the trigger is a participle after a be-verb ("were attacked", "has been shot"). */
const isPassive = (ctx: RoleContext) => ctx.words.passiveBefore.test(ctx.text.slice(Math.max(0, ctx.ts - 30), ctx.ts)) && ctx.words.participle.test(ctx.text.slice(ctx.ts, ctx.te));

/**
 * "Kyiv was struck by …", "a camp for Sudanese refugees was attacked by …": the subject of
 * a passive verb is what the act was done to. The party stands in the noun phrase that opens
 * the trigger's clause (no verb before it); a demonym counts only before a noun for people
 * or places (data/event-words.yaml patient_heads), not before a thing ("Russian missiles").
 */
function passiveSubject(ctx: RoleContext, actor: Party | undefined): Party | undefined {
  if (!isPassive(ctx)) return undefined;
  const { text, ts, tokens, attribution } = ctx;
  // "Bolivia said Peru was attacked by …": the passive's clause opens after the verb of saying.
  const clauseStart = Math.max(lastIndexOfAny(text, ",;:", ts - 1) + 1, attribution && attribution.end <= ts ? attribution.end : 0);
  const antecedent = passiveAntecedent(ctx, actor);
  if (antecedent) return antecedent;
  const subject = ctx.parties.find((p) => p.codes.length > 0 && p !== actor && p.start >= clauseStart && p.end <= ts && !p.anaphor);
  if (!subject || (actor && subject.codes.every((c) => actor.codes.includes(c)))) return undefined;
  const words = tokens.filter((w) => w.start >= clauseStart && w.end <= ts);
  if (words.some((w) => w.end <= subject.start && isVerb(w))) return undefined;
  // Only the auxiliaries and adverbs of the passive may follow the subject's noun phrase.
  const after = words.filter((w) => w.start >= subject.end);
  const head = after.findIndex((w) => isVerb(w) || w.pos === "ADP" || w.pos === "PUNCT");
  if (after.slice(head).some((w) => !VERB_GAP.has(w.pos) && !isVerb(w) && w.pos !== "ADP" && w.pos !== "DET" && w.pos !== "NOUN" && w.pos !== "ADJ" && w.pos !== "PROPN")) return undefined;
  // "The transfer of Iranian drones to Russia was condemned by …": what a speech act is aimed
  // at is everyone its subject names.
  if (ctx.speech) return phraseParties(ctx, subject, actor);
  if (!subject.modifier) return subject;
  const noun = after.slice(0, head < 0 ? after.length : head).reverse().find((w) => w.pos === "NOUN" || w.pos === "PROPN");
  return noun && ctx.words.patientHeads.has(noun.lower) ? subject : undefined;
}

/** The coded parties from `first` up to the trigger, as one party (the actor's own codes left out). */
function phraseParties(ctx: RoleContext, first: Party, actor: Party | undefined): Party | undefined {
  const inPhrase = ctx.parties.filter((p) => p.codes.length > 0 && p.start >= first.start && p.end <= ctx.ts && !p.anaphor);
  const codes = [...new Set(inPhrase.flatMap((p) => p.codes))].filter((c) => !actor?.codes.includes(c));
  return codes.length ? { ...emptyParty(), start: first.start, end: inPhrase[inPhrase.length - 1].end, codes } : undefined;
}

/** Parts of speech that may stand between a subject and its verb: auxiliaries, adverbs, "not". */
const VERB_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);
