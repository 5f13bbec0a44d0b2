/**
 * One person acting on another: "the senator attacked Governor Ruiz on Monday", "attacked his
 * rival", "struck back at the nominee" is an attack in words, since a person who strikes with
 * arms is told with his weapon, his force or the place ("gunmen attacked the governor's convoy",
 * "troops attacked the village"). The object is a person by name, or a noun phrase headed by a
 * word of a public office or of a political relation (data/event-words.yaml
 * `public_office_words`, `political_persons`). The entry's `of_person` (data/event-verbs.yaml)
 * says what act it is then.
 */
import { passiveSubjectHead } from "./object-sense.ts";
import type { ClauseWord, Party, RoleContext } from "./types.ts";

/** Parts of speech of the words a person's name may follow as its object: "the Democratic nominee Ana Ruiz", "Sen. Ruiz". */
const TITLE_WORDS: ReadonlySet<string> = new Set(["DET", "PROPN", "ADJ", "NOUN", "PUNCT"]);
/** Most words of titles between the verb and the name. */
const TITLE_GAP = 4;
/** Parts of speech inside an object's noun phrase ("his Democratic rival", "the governor's allies", "her"). */
const PHRASE: ReadonlySet<string> = new Set(["DET", "PRON", "PROPN", "PART", "ADJ", "NUM", "NOUN"]);
/** Most words of the object's noun phrase that are read for its head. */
const PHRASE_WORDS = 6;

const isPerson = (p: Party): boolean => !p.modifier && p.kinds.length > 0 && p.kinds.every((k) => k === "person");
/**
 * Kinds of actor that attack a person in words: a person, or one described by a party, an
 * outlet or an agency ("the Democratic nominee"); not a state, a force or an armed group,
 * which may strike a person with arms.
 */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(["person", "body", "media", "agency"]);
const speaks = (p: Party | undefined): boolean => !!p && p.kinds.length > 0 && p.kinds.every((k) => SPEAKING_KINDS.has(k));

/** Whether the trigger's actor is a person (or one described by a body) and its object, right after it, a person: by name (titles aside), or by office or relation ("his rival"), not a possessor ("Ruiz's convoy"). */
export function takesPerson(ctx: RoleContext, actor: Party | undefined): boolean {
  return (speaks(actor) || (!actor && uncodedPersonSubject(ctx))) && (namedPerson(ctx, actor, speaks) || personHead(ctx.tokens, ctx.te, ctx.words.personObjectNouns) || passivePerson(ctx));
}

/**
 * Whether the trigger's subject, right before it (auxiliaries and adverbs aside), is a person the
 * gazetteer does not know: a name ("Pence attacked his rival") or an office or relation ("the
 * senator attacked", "her rival has attacked"), not a force of order ("police", "officers").
 */
function uncodedPersonSubject(ctx: RoleContext): boolean {
  // A passive's subject is the one acted on ("the senator was attacked by a man").
  if (passiveSubjectHead(ctx.tokens, ctx.ts)) return false;
  let i = ctx.tokens.findIndex((t) => t.start === ctx.ts) - 1;
  while (i >= 0 && BEFORE_VERB.has(ctx.tokens[i].pos)) i--;
  const head = ctx.tokens[i];
  if (!head) return false;
  // A sentence's or clause's first word is tagged a name for its capital ("Gunmen attacked"):
  // a name is trusted only after another word ("Mike Pence attacked", "and Pence attacked").
  if (head.pos === "PROPN" && !startsSentence(ctx, i)) return true;
  return ctx.words.personObjectNouns.has(head.lower) && !ctx.words.domesticForces.has(head.lower);
}
/** Whether the word at `i` opens the sentence or a quotation in it. */
const startsSentence = (ctx: RoleContext, i: number): boolean => i === 0 || ctx.tokens[i - 1].pos === "PUNCT";
/** Parts of speech between a subject and its verb: "has also been attacking", "will not attack". */
const BEFORE_VERB: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);

/** Whether the trigger is a passive whose subject is a person or a side that speaks, by name or by office ("Ruiz was attacked by", "the senator was hit by"). */
function passivePerson(ctx: RoleContext): boolean {
  const head = passiveSubjectHead(ctx.tokens, ctx.ts);
  if (!head) return false;
  return ctx.words.personObjectNouns.has(head.lower) || ctx.parties.some((p) => p.end === head.end && !p.modifier && speaks(p));
}

/**
 * Whether one who is no state nor force ("Ruiz", "most voters") agrees with a person ("agreed
 * with Ruiz on trade", "agrees with her rival"): a view shared, not a pact between sides,
 * which states and their forces make ("Mexico agreed with the United States on a deal").
 */
export function sharesViewOfPerson(ctx: RoleContext, actor: Party | undefined): boolean {
  return (!actor || speaks(actor)) && (namedPerson(ctx, actor, isPerson) || personHead(ctx.tokens, ctx.te, ctx.words.personObjectNouns));
}

/**
 * Whether the first party after the trigger is of the `kind` asked, by name, only titles between
 * ("attacked Democratic nominee Ana Ruiz"): for an attack, a person or any side that speaks (a
 * party, an outlet, an agency: "attacked CNN", "attacked Republicans"); for an agreement, a person.
 */
function namedPerson(ctx: RoleContext, actor: Party | undefined, kind: (p: Party) => boolean): boolean {
  const { parties, tokens, te } = ctx;
  // A party named as a title's adjective ("Democratic nominee Ana Ruiz") is no object of its own.
  const after = parties.find((p) => p.start >= te && p !== actor && !p.modifier);
  if (!after || !kind(after)) return false;
  const gap = tokens.filter((t) => t.start >= te && t.end <= after.start);
  return gap.length <= TITLE_GAP && gap.every((t) => TITLE_WORDS.has(t.pos));
}

/**
 * Whether the noun phrase right after the trigger ends on a word that names a person by office
 * or relation: its last word is its head, so "the senator's record" or "the governor's convoy"
 * is a thing of the senator's, and "the Democratic senator" or "her critics" a person.
 */
function personHead(tokens: readonly ClauseWord[], te: number, nouns: ReadonlySet<string>): boolean {
  const first = tokens.findIndex((t) => t.start >= te);
  if (first < 0) return false;
  let head: ClauseWord | undefined;
  for (let i = first; i < Math.min(tokens.length, first + PHRASE_WORDS) && PHRASE.has(tokens[i].pos); i++) head = tokens[i];
  return !!head && nouns.has(head.lower.replace(/\.$/u, ""));
}
