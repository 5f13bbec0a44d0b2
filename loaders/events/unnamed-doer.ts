/**
 * The doer of an act that no party the gazetteer knows did: "the fuel depot was hit by
 * drones", "the shelling by the militia killed nine", "a strike on the market killed eight".
 * Entries marked `unnamed_actor` (data/event-verbs.yaml) stand without a coded actor. An
 * attack told again ("the strike killed three", "a passing car was also hit") is the latest
 * of its kind the article told: it takes that act's actor, so that both are one event; one
 * told before without a doer is not told twice. Otherwise the row names the doer by the
 * words of the "by" phrase after the trigger, or by none when the sentence names what the
 * act was done to (an act with neither side named is none between parties).
 */
import type { ArticleMemory } from "./memory.ts";
import type { TriggerRoles } from "./roles.ts";
import type { ClauseWord, RoleContext } from "./types.ts";

/** Most words between the trigger and its "by" ("was hit overnight by", "were attacked on Sunday by"). */
const MAX_GAP = 4;

/** Parts of speech of the agent's noun phrase ("the paramilitary Rapid Support Forces", "two drones"). */
const PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** Fills the roles of an act with no coded doer: an earlier act's actor, or the doer's words (genericActor, "" for none). */
export function unnamedDoerRoles(memory: ArticleMemory, ctx: RoleContext, roles: TriggerRoles): void {
  if (ctx.words.nounReadTypes.has(ctx.entry?.type ?? "") && namesNoAct(ctx)) return;
  const doer = byPhrase(ctx);
  // A doer named by a name of its own ("by the Rapid Support Forces") is no earlier act's.
  const named = doer !== undefined && doer.some((w) => w.pos === "PROPN");
  const prior = named ? undefined : [...memory.recent, ...ctx.earlier].reverse().find((m) => m.type === ctx.entry?.type && !m.speech);
  // An earlier act whose actor is what this one was done to ("Peru shelled …; a Peruvian base was hit") is another act.
  const actor = prior?.actor.filter((c) => !roles.target.includes(c)) ?? [];
  if (prior && (actor.length > 0 || prior.actor.length === 0)) {
    roles.actor = actor;
    if (roles.target.length === 0) roles.target = prior.target;
    roles.toldBefore = true;
    return;
  }
  // "The suspect was arrested": an arrest with neither side named, nor a doer in words, is none
  // between parties; an attack or a protest told so is still one (a bomb in a market, riots in a city).
  if (!doer && roles.target.length === 0 && !ctx.words.doerlessTypes.has(ctx.entry?.type ?? "")) return;
  const words = doer ? ctx.text.slice(doer[0].start, doer[doer.length - 1].end) : "";
  // "attacks by the militia" told in sentence after sentence: one act, told once.
  const key = `${ctx.entry?.type}|${(doer ?? []).filter((w) => w.pos !== "DET").map((w) => w.lower).join(" ")}|${roles.target.join(";")}`;
  if (memory.unnamedActs.has(key)) return;
  memory.unnamedActs.add(key);
  roles.genericActor = words;
}

/**
 * Whether a noun trigger with no named doer names no act that happened: set right before a
 * noun it modifies it ("riot police", "a protest vote"); a bare noun that a present "is"/"are"
 * follows names a kind ("protests are a right"); after "in" it tells the manner of the
 * clause's own act ("chained herself to a gate in protest"), and as the object of a
 * preposition of time the setting of another act ("patrols were ordered after violent protests").
 */
function namesNoAct(ctx: RoleContext): boolean {
  const { tokens, words } = ctx;
  const at = tokens.findIndex((w) => w.start >= ctx.ts);
  // A sentence's capitalised first word may be read as a name ("Riot police …").
  if (at < 0 || !NOUN_TAGS.has(tokens[at].pos)) return false;
  const next = tokens[at + 1] as ClauseWord | undefined;
  const joined = next !== undefined && ctx.text.slice(ctx.te, next.start).trim() === "";
  if (joined && NOUN_TAGS.has(next.pos) && !words.days.has(next.lower)) return true;
  let k = at - 1;
  while (k >= 0 && NOUN_PHRASE_OPENERS.has(tokens[k].pos)) k--;
  const bare = k === at - 1;
  if (joined && bare && words.kindCopulas.has(next.lower)) return true;
  const before = tokens[k]?.lower ?? "";
  return (bare && words.mannerPrepositions.has(before)) || words.settingPrepositions.has(before);
}

/** A noun's tags, a name's included. */
const NOUN_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

/** Words that may open a noun phrase before its head: "the", "sometimes violent", "two". */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "ADV"]);

/**
 * "31 missiles struck populated areas", "the strike killed four men": an attack whose subject is
 * a weapon or an attack (data/event-words.yaml weapon_subjects) names no doer. Told after an
 * attack of the article with a doer, it is that attack again and takes its parties; else the
 * subject's words stay the doer's.
 */
export function weaponSubjectRoles(memory: ArticleMemory, ctx: RoleContext, roles: TriggerRoles): void {
  const subject = roles.genericActor;
  if (ctx.entry?.type !== "ASSAULT" || !subject || !subject.toLowerCase().split(/[^\p{L}]+/u).some((w) => ctx.words.weaponSubjects.has(w))) return;
  const prior = [...memory.recent, ...ctx.earlier].reverse().find((m) => m.type === "ASSAULT" && !m.speech);
  const actor = prior?.actor.filter((c) => !roles.target.includes(c)) ?? [];
  if (!prior || actor.length === 0) return;
  roles.actor = actor;
  if (roles.target.length === 0) roles.target = prior.target;
  roles.genericActor = undefined;
  roles.toldBefore = true;
}

/**
 * The noun phrase of the "by" right after the trigger ("drones", "unidentified gunmen"), or none.
 * A noun trigger whose entry finds its actor after "from" names its maker there too ("a request
 * from Democrats in the legislature"), as "by" does ("a request by the challengers").
 */
export function byPhrase(ctx: RoleContext): ClauseWord[] | undefined {
  const after = ctx.tokens.filter((w) => w.start >= ctx.te);
  const from = ctx.entry?.noun === true && ctx.entry.actor.includes("from");
  const by = after.slice(0, MAX_GAP + 1).findIndex((w) => w.lower === "by" || (from && w.lower === "from"));
  if (by < 0 || after.slice(0, by).some(opensClause)) return undefined;
  const phrase: ClauseWord[] = [];
  for (const w of after.slice(by + 1)) {
    if (!PHRASE.has(w.pos)) break;
    phrase.push(w);
  }
  // "by the …" alone, or a phrase that is a time ("by Sunday"): no doer named.
  if (!phrase.some((w) => w.pos === "NOUN" || w.pos === "PROPN") || ctx.words.days.has(phrase[phrase.length - 1].lower)) return undefined;
  return phrase;
}

/** A word that ends the trigger's phrase before its "by": a verb of another clause, punctuation. */
function opensClause(w: ClauseWord): boolean {
  return w.pos === "VERB" || w.pos === "PUNCT" || w.pos === "SCONJ" || w.pos === "CCONJ";
}
