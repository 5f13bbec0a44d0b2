/**
 * Roles: which of a sentence's parties is an act's actor or target, by the strategies the
 * dictionary entry names (subject, object, "to", "with", "between", the speaker …).
 */
import { PREPOSITION_STRATEGIES, type EventEntry, type RoleStrategy } from "../event-dictionary.ts";
import { allMatches } from "../text.ts";
import { antecedent, referent } from "./earlier-acts.ts";
import type { ArticleMemory } from "./memory.ts";
import { emptyParty, isPlace } from "./parties.ts";
import { activeVerbAt, isPassive, isVerb, subjectBefore } from "./subject.ts";
import { aimedAtPlace, hostedAt, nounAgent, ofAgent, patronOfSubject, undergoneBy } from "./doers-named-apart.ts";
import { clauseOpensBetween, inTriggerClause, reducedRelativeBetween } from "./clause-bounds.ts";
import { domesticRoles, isDomesticTarget } from "./domestic.ts";
import { passiveAntecedent } from "./relative-subject.ts";
import { stateActRoles } from "./state-acts.ts";
import { homeCallRoles } from "./home-calls.ts";
import { askedSide } from "./asked-party.ts";
import { genericSubject } from "./generic-subject.ts";
import { publicOfficeRoles } from "./public-offices.ts";
import { occasionEnd } from "./fronted-occasion.ts";
import { movedOwner, participleAfterNoun, themeOrigin } from "./theme-origin.ts";
import { madeInstrument, weaponOrigin } from "./weapon-origin.ts";
import { givenTo } from "./double-object.ts";
import { quoteOf } from "./quotations.ts";
import { modifierOf } from "./possessor.ts";
import { siteOf } from "./attack-site.ts";
import { findBetween, introducedBy } from "./prepositional-roles.ts";
import type { Attribution, Mention, Party, RoleContext } from "./types.ts";
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
  // "the attack on Peru by Chile": a noun's "by" names its doer before any subject of the clause.
  const agent = role === "actor" && !strategies.includes("none") ? nounAgent(ctx) : undefined;
  if (agent) return agent;
  // "sold Saudi Arabia an arms package": the first object receives, the giving verb's subject gives.
  const given = givenTo(ctx);
  if (given) return role === "target" ? given.recipient : findByStrategy("subject", { ...ctx, ts: given.verbStart, te: given.verbEnd }, undefined);
  for (const s of ordered) {
    const found = s === "antecedent" ? antecedent(memory, ctx, role) : s === "referent" ? referent(memory, ctx) : findByStrategy(s, ctx, actor);
    // A target that is the actor itself ("if it dared", "it" being the speaker's side) is none.
    if (found && role === "target" && s !== "between" && actor && found.codes.every((c) => actor.codes.includes(c)) && !isDomesticTarget(ctx, actor, found)) continue;
    // A place that is no state (a city, a region) stands for its state only as what an act is aimed at.
    if (found && isPlace(found) && (role === "actor" || !(aimedAtPlace(ctx, found) || hostedAt(ctx, s)))) continue;
    if (found && found.codes.length > 0) return found;
    if (s === "none") return undefined;
  }
  if (role === "actor" && !strategies.includes("none")) {
    const doer = ofAgent(ctx) ?? (strategies.includes("subject") ? patronOfSubject(ctx) : undefined);
    if (doer) return doer;
  }
  // "North Korean shells were shipped to Russia", "shells shipped from Peru to Chile": no agent, the owner or sender of what was moved.
  return role === "actor" && (isPassive(ctx) || participleAfterNoun(ctx)) ? themeOrigin(ctx) : undefined;
}

/** "…, the White House said": a party whose speech verb follows right after it. */
function speaksRightAfter(attributions: Attribution[], p: Party, text = ""): boolean {
  // ", the UN refugee agency reported": a speaker's head may stand between it and the verb.
  return attributions.some((a) => a.start >= p.end && (a.start - p.end <= 3 || (wordCount(text.slice(p.end, a.start)) <= 3 && /,\s*(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(0, p.start - 8), p.start)))));
}

const IF_CLAUSE = /\bif\s+(?:the\s+)?/gi;

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
      return subjectBefore(ctx, coded);
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
    case "site":
      return siteOf(ctx, coded);
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
    case "theme":
      return movedOwner(ctx);
    case "claimant":
      // "dismissed NATO's claims", "rejected Washington's accusations": the accuser named outright.
      return afterTrigger.find((p) => p.modifier && /^\s+(?:the\s+)?$/.test(text.slice(te, p.start)) && ctx.words.claimNoun.test(text.slice(p.end, p.end + 30)));
    case "near":
      // The party just after the trigger, in the same phrase ("receiving Russian technology").
      return afterTrigger.find((p) => p.start - te <= 40 && !/[,.;:]/.test(text.slice(te, p.start)) && !ctx.words.coordinator.test(text.slice(te, p.start)));
    case "if": {
      const ifs = allMatches(IF_CLAUSE, text).map((m) => m.index + m[0].length);
      return coded.find((p) => ifs.includes(p.start));
    }
    case "speaker":
      return ctx.attribution && ctx.attribution.codes.length > 0 ? { ...emptyParty(), codes: ctx.attribution.codes } : undefined;
    case "counterpart":
      return [...coded].reverse().find((p) => p.end <= ts && (!actor || !p.codes.some((c) => actor.codes.includes(c))));
    default:
      return PREPOSITIONS.has(s) ? prepositionalParty(s, ctx, afterTrigger) : undefined;
  }
}

const PREPOSITIONS: ReadonlySet<RoleStrategy> = new Set(PREPOSITION_STRATEGIES);

/** The party after the trigger that a preposition introduces. */
function prepositionalParty(s: RoleStrategy, ctx: RoleContext, afterTrigger: Party[]): Party | undefined {
  const { text, te } = ctx;
  if (s === "toward") return introducedBy("towards?", afterTrigger, ctx);
  if (s !== "on") return introducedBy(s, afterTrigger, ctx);
  // "sanctions on several Chinese firms", "strikes on two Russian airfields": a quantifier may stand between;
  // further on, "on" of the trigger's own clause ("used the missiles in overnight attacks on Kharkiv").
  return afterTrigger.find((p) => ctx.words.onParty.test(text.slice(Math.max(te, p.start - 30), p.start)) && (p.start - te < 40 || inTriggerClause(ctx, p.start)));
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
  /** The domestic target is the state's own agents (see domestic.ts). */
  ownAgents?: boolean;
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
  const asked = entry.joint || roles.target.length > 0 ? undefined : askedSide(memory, ctx);
  if (entry.joint) jointRoles(memory, entry, ctx, actorParty, roles);
  else if (asked) Object.assign(roles, { target: asked, domestic: asked.some((c) => roles.actor.includes(c)) });
  else if (roles.target.length === 0) domesticRoles(ctx, actorParty, targetRole(memory, entry, ctx, actorParty, roles), roles);
  publicOfficeRoles(memory, ctx, roles);
  stateActRoles(memory, ctx, roles);
  homeCallRoles(memory, ctx, roles);
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
  // "a US national": the tagger may read a head of the list as an adjective, alone after the demonym.
  const noun = after.slice(0, head < 0 ? after.length : head).reverse().find((w) => w.pos === "NOUN" || w.pos === "PROPN" || (w.pos === "ADJ" && ctx.words.patientHeads.has(w.lower)));
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
