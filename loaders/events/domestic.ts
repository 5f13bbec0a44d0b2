/**
 * Domestic acts: a state's parts acting on each other, as CAMEO and PLOVER code them with the
 * same country on both sides ("Kenyan drivers would blockade Nairobi", "militias in Chad
 * rejected an offer from President X", "President X threatened to ban Bolivian
 * opposition parties"). A part of a state is its people named by a demonym ("Bolivian
 * opposition parties"), a group placed in it ("Militias in Chad"), a place
 * in it ("a curfew in Quito"), or an official whose title names no country ("President X").
 */
import type { Party, RoleContext } from "./types.ts";
import type { EventWords } from "./words.ts";

/** Whether a party names a part of its state (its people, a place in it) rather than the state acting. */
export function isStatePart(ctx: RoleContext, p: Party): boolean {
  const { words, text } = ctx;
  if (p.codes.length !== 1) return false;
  if (p.placed) return true;
  // A demonym names the state's people ("Bolivian opposition parties"); a possessive may not ("Russia's critics").
  if (isDemonym(text, p)) return namesPeople(ctx, p);
  const place = p.kinds.length > 0 && p.kinds.every((k) => k === "state" || k === "capital");
  return place && words.domesticPlace.test(text.slice(Math.max(0, p.start - 12), p.start));
}

/** Most words of the noun phrase a demonym opens ("Bolivian opposition parties"). */
const PHRASE_WORDS = 3;

/** A demonym, not a possessive: "Bolivian", "Chileans", not "Bolivia's". */
const isDemonym = (text: string, p: Party) => p.modifier && !p.person && !/['’]s?$/.test(text.slice(p.start, p.end)) && !/^['’]/.test(text.slice(p.end, p.end + 1));

/**
 * A demonym for a state's people: plural ("Chileans", "Malian insurgents") or before a noun for
 * its people taken together ("the Estonian public"), not for its agents ("Chadian officials",
 * "Chadian troops"), who are the state itself.
 */
function namesPeople(ctx: RoleContext, p: Party): boolean {
  const head = phraseHead(ctx, p);
  if (head !== undefined && ctx.words.stateAgents.has(head)) return false;
  return p.people === true || (head !== undefined && ctx.words.collectivePeople.has(head));
}

/** A demonym or possessive before a noun for a state's agents: "the Russian government", "Algerian President X". */
function namesStateAgents(ctx: RoleContext, p: Party): boolean {
  if (p.codes.length !== 1) return false;
  // The gazetteer may take the title into the party's span ("Algerian President X").
  const own = ctx.text.slice(p.start, p.end).toLowerCase().split(/\s+/).slice(1);
  if (own.some((w) => ctx.words.stateAgents.has(w))) return true;
  return p.modifier && phraseWords(ctx, p).some((w) => ctx.words.stateAgents.has(w));
}

/** Most words after the trigger where the crowd acted on is looked for ("opened fire to disperse Moslem demonstrators"). */
const CROWD_REACH = 8;

/**
 * "Egyptian police opened fire on demonstrators": a state's forces of order (domestic_forces)
 * acting on a crowd no party names (crowd_nouns), in the clause after the trigger.
 */
function forcesOnCrowd(ctx: RoleContext, actor: Party): boolean {
  const own = ctx.text.slice(actor.start, actor.end).toLowerCase().split(/\s+/);
  const forces = [...own, ...phraseWords(ctx, actor)].some((w) => ctx.words.domesticForces.has(w));
  if (!forces) return false;
  for (const w of ctx.tokens.filter((t) => t.start >= ctx.te).slice(0, CROWD_REACH)) {
    if (w.pos === "PUNCT") return false;
    if (ctx.words.crowdNouns.has(w.lower)) return true;
  }
  return false;
}

/** The noun phrase's words after a demonym, lower-cased ("Algerian President Ben Bella" → president, ben, bella). */
function phraseWords(ctx: RoleContext, p: Party): string[] {
  const out: string[] = [];
  for (const w of ctx.tokens.filter((t) => t.start >= p.end).slice(0, PHRASE_WORDS)) {
    if (w.pos !== "NOUN" && w.pos !== "ADJ" && w.pos !== "PROPN") break;
    out.push(w.lower);
  }
  return out;
}

/** The head noun of the noun phrase a demonym opens ("Bolivian opposition parties" → "parties"). */
function phraseHead(ctx: RoleContext, p: Party): string | undefined {
  return phraseWords(ctx, p).at(-1);
}

/**
 * Whether a target with the actor's own codes is another party of the same state, one of
 * them a part of it: its people or a place in it acted on by the state ("a curfew in
 * Quito"), or the state acted on by its people ("Kenyan drivers … blockade Nairobi").
 * "Moscow said Russia will …" names one party twice; "Chadian officials … Chadian
 * troops" name the state's agents, the state both times.
 */
export function isDomesticTarget(ctx: RoleContext, actor: Party | undefined, target: Party): boolean {
  if (!actor || target === actor || target.anaphor || target.start === actor.start) return false;
  // One state on both sides: "Chadian and Nigerien officials … Nigerien refugees" is no domestic act.
  if (actor.codes.length !== 1 || target.codes.length !== 1 || target.codes[0] !== actor.codes[0]) return false;
  return isStatePart(ctx, target) || isStatePart(ctx, actor) || anotherPerson(actor, target);
}

/**
 * A person of the actor's state named as its target, who is not the actor ("Senator Ana Ruiz
 * criticized President Tom Vale"): one politician's act on another is the state's act on its
 * own official (PLOVER codes a president's rival, a party's leader with their state), not an act
 * on itself.
 */
const anotherPerson = (actor: Party, target: Party) => target.person !== "" && !actor.names.includes(target.person);

/**
 * The official a title names at the start of `phrase` ("President Ana Ruiz", "Prime
 * Minister X"), when no country stands before it: the phrase's words, else undefined.
 */
export function unplacedOfficial(words: EventWords, phrase: string | undefined): string | undefined {
  return phrase ? words.officeHolder.exec(phrase)?.[0] : undefined;
}

/** Most characters between a trigger and the official it is aimed at ("dismissed an appeal from President X"). */
const OFFICIAL_REACH = 40;

/**
 * "insurgents … will release Prime Minister X", "asking that President X resign": an
 * official with no country named right after the trigger, in its clause (no comma, no
 * other clause opening), is the act's target.
 */
export function officialAfter(ctx: RoleContext): boolean {
  const { text, te, words } = ctx;
  const window = text.slice(te, te + OFFICIAL_REACH + 40);
  for (let at = window.search(/\p{Lu}/u); at >= 0 && at <= OFFICIAL_REACH; ) {
    const before = window.slice(0, at);
    if (/[,;:.()"“”]/.test(before) || words.clauseOpener.test(before)) return false;
    if (words.officeHolder.test(window.slice(at)) && !ctx.parties.some((p) => p.end === te + at - 1 || p.end === te + at)) return true;
    const next = window.slice(at + 1).search(/(?<=\s)\p{Lu}/u);
    at = next < 0 ? -1 : at + 1 + next;
  }
  return false;
}

/** The roles a domestic act gives (see actorAndTarget in roles.ts): `target` is the target party found, if any. */
export interface DomesticRoles {
  actor: string[];
  target: string[];
  genericActor?: string;
  domestic?: boolean;
  /** The domestic target is the state's own agents ("to the Chilean troops guarding the shoal"). */
  ownAgents?: boolean;
}

/**
 * Completes an act's roles when its two sides are parts of one state: a target with the
 * actor's own codes is kept; an official with no country acting on a part of a state is
 * that state's ("President X threatened to ban Bolivian opposition parties"); an official
 * with no country that a part of a state acts on is the same state's ("Malian insurgents will
 * release Prime Minister X").
 */
export function domesticRoles(ctx: RoleContext, actor: Party | undefined, target: Party | undefined, roles: DomesticRoles): void {
  if (target && isDomesticTarget(ctx, actor, target)) {
    roles.target = target.codes;
    roles.domestic = true;
    const head = target.modifier ? phraseHead(ctx, target) : undefined;
    roles.ownAgents = head !== undefined && ctx.words.stateAgents.has(head);
  } else if (!actor && target && unplacedOfficial(ctx.words, roles.genericActor) && isStatePart(ctx, target)) {
    roles.actor = target.codes;
    roles.domestic = true;
  } else if (!actor && target && roles.genericActor && ctx.entry && ctx.words.domesticPressureTypes.has(ctx.entry.type) && namesStateAgents(ctx, target)) {
    // "Students protested against the Russian government": a group the gazetteer does not
    // name, acting on a state's government or officials, is that state's own people.
    roles.actor = target.codes;
    roles.domestic = true;
  } else if (actor && !target && roles.target.length === 0 && actor.codes.length === 1 && forcesOnCrowd(ctx, actor)) {
    roles.target = actor.codes;
    roles.domestic = true;
  } else if (actor && !target && roles.target.length === 0 && actor.codes.length > 0 && isStatePart(ctx, actor) && officialAfter(ctx)) {
    roles.target = actor.codes;
    roles.domestic = true;
  }
}

/**
 * "ethnic Hungarians protested in Slovakia": a demonym after "ethnic" names an ethnic group,
 * a part of the state the sentence places it in (a state after "in"), not the state its
 * name comes from; placed nowhere, it acts for no state.
 */
export function ethnicGroups(words: EventWords, parties: Party[], text: string): Party[] {
  const places = parties.filter((p) => p.codes.length === 1 && !p.modifier && p.kinds.every((k) => k === "state") && words.domesticPlace.test(text.slice(Math.max(0, p.start - 12), p.start)));
  return parties.map((p) => {
    if (!p.modifier || p.person || p.codes.length !== 1 || !words.ethnicBefore.test(text.slice(Math.max(0, p.start - 10), p.start))) return p;
    const place = places.find((q) => q.start > p.end) ?? places[places.length - 1];
    return { ...p, codes: place ? place.codes : [], placed: place !== undefined, people: true };
  });
}
