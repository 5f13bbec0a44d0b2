/**
 * Theme origin: "North Korean shells were shipped to Russia", "Iranian drones that have been
 * delivered to Moscow". A transfer or deployment told in the passive, with no "by" agent, names
 * its sender only as the owner of what was moved: the demonym or possessive in the noun phrase
 * the passive verb is said of.
 */
import { isPlace } from "./parties.ts";
import type { ClauseWord, Party, RoleContext } from "./types.ts";

/** The noun phrase right before a passive verb (and its auxiliaries, adverbs, relative pronoun): its span and head noun. */
interface ThemePhrase {
  start: number;
  /** Start of the head noun: an owner stands before it. */
  head: number;
  headWord: string;
}

/** Parts of speech a noun phrase is read through, from its head back to its first word. */
const PHRASE: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM", "DET"]);
/** Parts of speech between the phrase and the participle: "have been", "were reportedly", "that had". */
const VERB_GROUP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);

/**
 * The owner of what was moved (strategy `theme`): after "of" for a noun of moving ("the
 * transfer of Peruvian munitions to Chile", "the shipment of thousands of Peru's shells"), in
 * the phrase a passive verb is said of otherwise ("Peruvian drones used by Chile").
 */
export function movedOwner(ctx: RoleContext): Party | undefined {
  if (ctx.entry?.noun) return ownerAfterOf(ctx);
  const phrase = themePhrase(ctx);
  return phrase && ctx.parties.find((p) => isOwner(p) && p.start >= phrase.start && p.end <= phrase.head);
}

/** A side named as a demonym or a possessive, not a pronoun: "Peruvian", "Peru's". */
const isOwner = (p: Party) => p.codes.length > 0 && !!p.modifier && !p.anaphor;

/** Parts of speech between the noun's "of" and the owner: "of some 5,000 Peruvian", "of more than 300 Peru's". */
const OF_GAP: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "ADV", "ADP"]);

/** The owner right after the noun's own "of", past quantities ("of thousands of Peruvian shells"). */
function ownerAfterOf(ctx: RoleContext): Party | undefined {
  const { tokens, ts, te, text } = ctx;
  const of = tokens.find((w) => w.start >= ts && w.lower === "of");
  if (!of || (of.start > te && text.slice(te, of.start).trim() !== "")) return undefined;
  const p = ctx.parties.find((q) => q.start >= of.end && isOwner(q));
  if (!p) return undefined;
  const gap = tokens.filter((w) => w.start >= of.end && w.end <= p.start);
  // A noun between stands only as a quantity before "of" ("thousands of"), not as what is moved ("of rifles to Peruvian forces").
  return gap.length <= 6 && gap.every((w, i) => OF_GAP.has(w.pos) || (w.pos === "NOUN" && gap[i + 1]?.lower === "of")) ? p : undefined;
}

/** The sender of a passive transfer without agent, when the phrase it is said of has an owner; else none. */
export function themeOrigin(ctx: RoleContext): Party | undefined {
  const { entry, words, text, te } = ctx;
  if (!entry || !words.themeTypes.has(entry.type)) return undefined;
  // "Ukraine was supplied with missiles": the subject is what received.
  if (/^\s+with\b/i.test(text.slice(te, te + 8))) return undefined;
  const phrase = themePhrase(ctx);
  if (!phrase) return undefined;
  // "Chinese workers were sent to …": people sent are deployed, not transferred.
  if (entry.type === "AID" && words.deployedPeople.has(phrase.headWord)) return undefined;
  return ctx.parties.find((p) => p.codes.length > 0 && p.modifier && !p.anaphor && p.start >= phrase.start && p.end <= phrase.head) ?? originAfterFrom(ctx, phrase) ?? senderAfterVerb(ctx);
}

/** A participle right after a noun, a reduced relative ("shells shipped from Peru", "containers transported to Chile"). */
export function participleAfterNoun(ctx: RoleContext): boolean {
  const before = ctx.tokens.filter((w) => w.end <= ctx.ts);
  const last = before[before.length - 1];
  return !!last && (last.pos === "NOUN" || last.pos === "PROPN") && ctx.words.participle.test(ctx.text.slice(ctx.ts, ctx.te));
}

/** "shells shipped from Peru to Chile", "were transferred directly from Peru": the side "from" names right after the participle sent what was moved. */
function senderAfterVerb(ctx: RoleContext): Party | undefined {
  const p = ctx.parties.find((q) => q.start >= ctx.te && q.codes.length > 0 && !q.anaphor && !isPlace(q));
  return p && /^\s+(?:\w+ly\s+)?from\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.te, p.start)) ? p : undefined;
}

/**
 * "10,000 troops from Chile are being prepared to join …", "shells from Chile were shipped to
 * Peru": a party after "from" that ends the phrase names the owner of what was moved, as a
 * demonym before the noun would ("Chilean troops").
 */
function originAfterFrom(ctx: RoleContext, phrase: ThemePhrase): Party | undefined {
  const p = ctx.parties.find((q) => q.codes.length > 0 && !q.anaphor && q.start <= phrase.start && q.end >= phrase.head && q.end <= ctx.ts);
  if (!p) return undefined;
  const before = ctx.tokens.filter((w) => w.end <= p.start);
  let k = before.length - 1;
  if (before[k]?.lower === "the") k--;
  return k >= 1 && before[k].lower === "from" && before[k - 1].pos === "NOUN" ? p : undefined;
}

/** The noun phrase the passive verb at ctx.ts is said of, read back through its auxiliaries and a relative pronoun. */
function themePhrase(ctx: RoleContext): ThemePhrase | undefined {
  const before = ctx.tokens.filter((w) => w.end <= ctx.ts);
  let i = before.length - 1;
  i = skipVerbGroup(before, i);
  // "rifles are believed to have been shipped": a raising word and its "to" lift the phrase out of the passive's clause.
  if (i >= 1 && ctx.words.raisingWords.has(before[i].lower) && before[i + 1]?.lower === "to") i = skipVerbGroup(before, i - 1);
  // "the drones, which were delivered": a relative pronoun, after a comma or not.
  if (i >= 0 && isRelative(ctx, before[i])) i -= i > 0 && before[i - 1].lower === "," ? 2 : 1;
  if (i < 0 || (before[i].pos !== "NOUN" && before[i].pos !== "PROPN")) return undefined;
  const head = before[i];
  let first = i;
  while (first > 0 && (PHRASE.has(before[first - 1].pos) || isPossessiveMark(before[first - 1]))) first--;
  return { start: before[first].start, head: head.start, headWord: head.lower };
}

const isPossessiveMark = (w: ClauseWord) => /^['’]s?$/.test(w.lower);

/** The index before the auxiliaries and adverbs that end at `i` ("have been", "were reportedly"). */
function skipVerbGroup(before: ClauseWord[], i: number): number {
  // "to have been shipped": the tagger may read a perfect's "have" as a main verb.
  while (i >= 0 && (VERB_GROUP.has(before[i].pos) || (before[i + 1]?.lower === "been" && /^ha(?:ve|s|d)$/.test(before[i].lower))) && !isPossessiveMark(before[i])) i--;
  return i;
}

/** "that", "which" as a relative pronoun opening the passive clause. */
function isRelative(ctx: RoleContext, w: ClauseWord): boolean {
  return ctx.words.relativeBefore.test(`${w.lower} `);
}
