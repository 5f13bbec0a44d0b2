/**
 * Mentions: every dictionary trigger of a sentence read as an act, with its actor,
 * target, status and date.
 */
import type { DateMention } from "../dates.ts";
import { sentenceDates } from "../document.ts";
import type { EventEntry, RoleStrategy } from "../event-dictionary.ts";
import { allMatches, type Sentence } from "../text.ts";
import type { Word } from "../analysis/index.ts";
import { withoutTolls } from "./attack-toll.ts";
import { withoutProtestAims } from "./protest-aims.ts";
import { attributiveParticiples } from "./attributive-participles.ts";
import { claimsBy, findAttributions, governs, nearestAttribution, speakerOf } from "./attributions.ts";
import { relativeToEvent } from "./earlier-acts.ts";
import { counterTransfers } from "./exchanges.ts";
import { derivedAccusations, derivedPromises } from "./derived-acts.ts";
import { rememberSentence, type ArticleMemory } from "./memory.ts";
import { withSentObjects } from "./sent-objects.ts";
import { joinRanges, pickDate, undatable } from "./mention-dates.ts";
import { yearOfNoun } from "./noun-year.ts";
import { verbFormLemmas, nounReadAsVerb, opensNounPhrase, perfectParticipleLemma } from "./noun-readings.ts";
import { objectCancels } from "./object-sense.ts";
import { sharesViewOfPerson, takesPerson } from "./person-object.ts";
import { embeddedQuotes, insideQuote, quoteSpans, withoutMarks } from "./quotations.ts";
import { actorAndTarget, findByStrategy, findRole, type TriggerRoles } from "./roles.ts";
import { findParties } from "./sentence-parties.ts";
import { isSetting, negated, statusOf, withoutDates } from "./status.ts";
import { takesPlace } from "./place-object.ts";
import { namesActToldBefore } from "./told-before.ts";
import { unnamedDoerRoles, weaponSubjectRoles } from "./unnamed-doer.ts";
import type { Attribution, ClauseWord, EventStatus, Mention, Party, RoleContext, SpeakerLevel } from "./types.ts";
import { intersects } from "./wording.ts";
import { withMovedCounts } from "./moved-count.ts";
import type { EventWords } from "./words.ts";

/** A "sentence" this long is not prose (a table, a list, a broken file): it yields no event. */
const MAX_SENTENCE = 4000;

/** What a sentence's triggers are read against: its parties, speakers, dates and quotations (sentence offsets). */
interface SentenceFacts {
  sentence: Sentence;
  /** The sentence's text, the marks of quotations inside the writer's clauses blanked. */
  text: string;
  parties: Party[];
  attributions: Attribution[];
  dates: DateMention[];
  quotes: Array<[number, number]>;
  tokens: ClauseWord[];
  /** The text with its dates' words blanked, where status words are read: "in May" is a month, not a modal. */
  textWithoutDates: string;
}

/** The mentions of acts in one sentence, in trigger order; the memory keeps what later sentences refer back to. */
export function readSentence(memory: ArticleMemory, sentence: Sentence): Mention[] {
  if (sentence.text.length > MAX_SENTENCE) return [];
  const parties = findParties(memory, sentence);
  // A quotation set inside the writer's clause ("is “likely receiving” technology from") is read as its words.
  const allQuotes = quoteSpans(sentence.text);
  const embedded = embeddedQuotes(sentence.text, allQuotes);
  const quotes = allQuotes.filter((q) => !embedded.includes(q));
  const text = withoutMarks(sentence.text, embedded);
  // Sentence-relative, as the rest of the reader counts.
  const dates = joinRanges(memory.res.words, text, sentenceDates(memory.doc, sentence).map((d) => ({ ...d, start: d.start - sentence.start, end: d.end - sentence.start })));
  const attributions = findAttributions(memory, text, parties, dates, quotes);
  const triggers = sentenceTriggers(memory, sentence, text);
  // The clause words are what roles are read from: only a sentence with a trigger needs them.
  const tokens = triggers.size ? clauseWords(memory, sentence) : [];
  const textWithoutDates = triggers.size ? withoutDates(text, dates) : text;
  const facts: SentenceFacts = { sentence, text, parties, attributions, dates, quotes, tokens, textWithoutDates };
  let mentions: Mention[] = [];
  // In reading order (resources.ts readingRank): only the entries the sentence triggers, not every entry of the dictionary.
  const rank = memory.res.readingRank;
  for (const entry of [...triggers.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
    for (const [ts, te] of triggers.get(entry)!) {
      const mention = readTrigger(memory, entry, facts, ts, te, mentions);
      if (mention) mentions.push(mention);
    }
  }
  mentions = dropOverridden(mentions);
  // "Chilean strikes on two farms had killed six herders": the verb tells the noun's attack's toll.
  mentions = withoutTolls(memory.res.words.toll, text, mentions);
  // "staged demonstrations to demand reforms": the demand is the protest's aim.
  mentions = withoutProtestAims(memory.res.words.protestAimBefore, text, parties, mentions);
  // "sent soldiers and armoured vehicles": what a verb of giving moves says which acts it tells.
  if (mentions.length) mentions = withSentObjects(memory.res.words, memory.doc.reading.of(sentence).words, sentence.start, mentions);
  // A claim's claimant ("claims by the US that …") accuses as a speaker does, after the speakers of verbs.
  const claimants = [...attributions, ...claimsBy(memory, text, parties, dates, quotes)];
  mentions.push(...derivedAccusations(memory.res.words, text, mentions, claimants), ...derivedPromises(memory.res.words, text, mentions, attributions));
  mentions.push(...counterTransfers(memory.res.words, text, mentions));
  mentions = withMovedCounts(mentions, memory.res.numbers);
  rememberSentence(memory, text, parties, mentions, attributions);
  return mentions.sort((a, b) => a.ts - b.ts);
}

/** The sentence's words with sentence offsets, as roles read them. */
function clauseWords(memory: ArticleMemory, sentence: Sentence): ClauseWord[] {
  return memory.doc.reading.of(sentence).words.map((w) => ({ start: w.start - sentence.start, end: w.end - sentence.start, pos: w.pos, lower: w.lower }));
}

/**
 * Where each entry's trigger stands in the sentence (sentence offsets, in order): one look-up
 * of each word's lemma, and the patterns of the entries that name phrases.
 */
function sentenceTriggers(memory: ArticleMemory, sentence: Sentence, plain: string): Map<EventEntry, Array<[number, number]>> {
  const { byLemma, phrases, phrasesByWord } = memory.res;
  const text = sentence.text;
  const found = new Map<EventEntry, Array<[number, number]>>();
  const words = memory.doc.reading.of(sentence).words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // "by striking Peru", "who all accused Peru": a verb's form the tagger read as an adjective or noun is the verb before its object.
    const verbLemma = byLemma.has(word.lemma) ? undefined : (perfectParticipleLemma(words, i, memory.res.words.perfectParticiples) ?? verbFormLemmas(words, i, memory.res.words.floatingQuantifiers).find((l) => byLemma.has(l)));
    const entries = byLemma.get(verbLemma ?? word.lemma);
    if (!entries) continue;
    const pos = verbLemma ? "VERB" : word.pos;
    const [ts, te] = [word.start - sentence.start, word.end - sentence.start];
    // The tail of a hyphened compound ("multiple-launch rocket", "test-fired") is not a word of its own.
    if (COMPOUND_TAIL.test(text.slice(Math.max(0, ts - 2), ts))) continue;
    // The word's readings once, not once for each entry its lemma triggers ("launch" triggers twelve).
    if (pos === "VERB" && (nounReadAsVerb(words, i) || namePart(words, i, text, sentence.start))) continue;
    const opensPhrase = pos === "NOUN" && opensNounPhrase(words, i);
    for (const entry of entries) {
      if (!entry.trigger.pos.has(pos)) continue;
      if (entry.verbOnlyNoun && opensPhrase) continue;
      const spans = found.get(entry) ?? [];
      if (!spans.length) found.set(entry, spans);
      spans.push([ts, te]);
    }
  }
  // Most phrases stand in no sentence: only those whose needed words begin a word of it are tried,
  // and they with a test first, so that a sentence makes no list for them.
  // The dictionary's phrases are written with the marks a quotation may put in them ("to take
  // “necessary” measures"); a quotation inside the writer's clause is also read without its marks.
  const texts = plain === text ? [text] : [text, plain];
  const mayStand = phrasesByWord.candidates(text);
  for (const entry of phrases) {
    if (!mayStand.has(entry)) continue;
    const pattern = entry.trigger.pattern!;
    pattern.lastIndex = 0;
    if (!texts.some((t) => pattern.test(t))) continue;
    const byWord = found.get(entry) ?? [];
    const matches = texts
      .flatMap((t) => allMatches(pattern, t).map((m): [number, number] => [m.index, m.index + m[0].length]))
      .filter(([ts, te], i, all) => !byWord.some(([s, e]) => s === ts && e === te) && all.findIndex(([s, e]) => s === ts && e === te) === i);
    // An entry with lemmas and phrases: its triggers in the order they stand, each once.
    if (matches.length) found.set(entry, [...byWord, ...matches].sort((a, b) => a[0] - b[0]));
  }
  // Most sentences trigger nothing: their participles need no reading.
  return found.size ? withoutAttributive(found, attributiveParticiples(words, sentence.start, memory.res.words)) : found;
}

/** The triggers left when those that are a participle set as an adjective ("the dispatched unit") are dropped. */
function withoutAttributive(found: Map<EventEntry, Array<[number, number]>>, attributive: Set<number>): Map<EventEntry, Array<[number, number]>> {
  if (!attributive.size) return found;
  for (const [entry, spans] of found) {
    const kept = spans.filter(([ts]) => !attributive.has(ts));
    if (kept.length) found.set(entry, kept);
    else found.delete(entry);
  }
  return found;
}

/** How far before and after a trigger an entry's `near` expression is looked for. */
const NEAR_BEFORE = 80;
const NEAR_AFTER = 100;

/** A hyphen joined to the letter, digit or abbreviation's point before it ("U.S.-supplied"): what follows is the tail of a compound word. */
const COMPOUND_TAIL = /[\p{L}\p{N}.]-$/u;

/**
 * Whether a capitalised word read as a verb follows a capitalised name ("Rep. Stephen Lynch
 * said", "Jane Strike"): a surname that spells a verb, no act. A noun so set is a name's event
 * ("the Camp David Summit"); the sentence's first two words are read as words.
 */
function namePart(words: ReadonlyArray<{ start: number; end: number; pos: string }>, i: number, text: string, offset: number): boolean {
  const capital = (k: number) => /^\p{Lu}\p{Ll}/u.test(text.slice(words[k].start - offset, words[k].end - offset));
  return i >= 2 && capital(i) && capital(i - 1) && words[i - 1].pos === "PROPN";
}

/** Whether the trigger at [ts, te) may stand for the entry's act: its required and excluded context, and not inside a name. */
function triggerStands(words: EventWords, entry: EventEntry, text: string, ts: number, te: number, parties: Party[]): boolean {
  if (entry.requires && !entry.requires.test(text.slice(te))) return false;
  if (entry.near && !entry.near.test(text.slice(Math.max(0, ts - NEAR_BEFORE), te + NEAR_AFTER))) return false;
  if (entry.excludes && entry.excludes.test(text.slice(Math.max(0, ts - 40), te + 40))) return false;
  // "told to kill themselves": an act on its own actor is none between parties.
  if (!entry.speech && words.reflexiveAfter.test(text.slice(te, te + 20))) return false;
  // A trigger inside a party's name ("Trilateral Summit" is fine, "Security Council" is not a verb).
  return !parties.some((p) => !p.anaphor && ts >= p.start && te <= p.end);
}

const POSSESSOR: RoleStrategy[] = ["possessor"];

/**
 * "firms linked to Peru's supply of rifles to Bolivia", "resisted Lima's requests": a verb
 * entry's word after a name's possessive is a noun whose act is the possessor's, not the
 * sentence subject's.
 */
function ownedNoun(entry: EventEntry, tokens: readonly ClauseWord[], ts: number): boolean {
  if (entry.noun || entry.actor[0] !== "subject") return false;
  const before = tokens[tokens.findIndex((t) => t.start === ts) - 1];
  return before?.lower === "'s" || before?.lower === "’s";
}

/** The mention of the entry's act at [ts, te), or none when the sentence does not tell one. `earlier`: the sentence's mentions so far. */
function readTrigger(memory: ArticleMemory, entry: EventEntry, facts: SentenceFacts, ts: number, te: number, earlier: Mention[]): Mention | undefined {
  const { sentence, text, parties, attributions, quotes } = facts;
  if (!triggerStands(memory.res.words, entry, text, ts, te, parties) || objectCancels(entry.objectExcludes, facts.tokens, ts, te)) return undefined;
  const governing = attributions.filter((a) => governs(memory.res.words, text, a, ts));
  const attribution = governing[0] ?? nearestAttribution(attributions, ts);
  if (entry.needsSpeaker && !attribution) return undefined;

  const ctx: RoleContext = { words: memory.res.words, tokens: facts.tokens, text, ts, te, parties, attribution, quotes, speech: entry.speech, attributions, entry, earlier };
  const actorParty = findRole(memory, ownedNoun(entry, facts.tokens, ts) ? POSSESSOR : entry.actor, ctx, undefined, "actor");
  const status = statusOf(memory.res.words, entry, facts.textWithoutDates, ts, te, actorParty, governing.length > 0);
  if (!status) return ownDenial(memory, entry, sentence, ctx, actorParty, governing[0]);
  const roles = actorAndTarget(memory, entry, ctx, actorParty);
  // "The depot was hit by drones": an act no named party did stands, its doer in words or unnamed.
  if (entry.unnamedActor && roles.actor.length === 0 && roles.genericActor === undefined) unnamedDoerRoles(memory, ctx, roles);
  else if (roles.genericActor) weaponSubjectRoles(memory, ctx, roles);
  if (entry.speech && entry.type === "ACCUSE" && negated(memory.res.words, text, ts)) return deniedCharge(sentence, ctx, namedParties(entry, ctx), governing[0]);
  // "Russia has not denied the involvement of …", "said the drills do not threaten anyone":
  // an act of speech negated is none (a charge negated may deny, above).
  if (entry.speech && negated(memory.res.words, text, ts)) return undefined;
  if (entry.byParty && !intersects(roles.actor, namedParties(entry, ctx))) return undefined;
  if (!rolesSuffice(entry, ctx, actorParty, roles)) return undefined;
  const { actor, target } = roles;
  const date = dateOf(memory, entry, facts, ctx, status, actor, governing);
  if (isSetting(memory.res.words, entry, text, ts, te, date, memory.doc.published)) return undefined;
  const speaker = entry.speech || entry.type === "COOPERATE" ? speakerOf(memory, actorParty, attribution) : { key: "", level: "body" as SpeakerLevel };
  // "Chilean boats delivered fuel to the Chilean troops guarding the shoal": supplies a state
  // moves to its own forces resupply them (MOBILIZE), no aid between sides.
  const resupply = entry.type === "AID" && roles.domestic && roles.ownAgents;
  const sense = resupply ? { type: "MOBILIZE" as const, mode: "resupply" } : entry.ofPlace && takesPlace(ctx, actorParty) ? entry.ofPlace : entry.ofPerson && takesPerson(ctx, actorParty) ? entry.ofPerson : entry;
  if ((entry.needsPerson && sense !== entry.ofPerson) || (entry.personOpinion && sharesViewOfPerson(ctx, actorParty))) return undefined;
  return {
    entry,
    rule: entry.id,
    type: sense.type,
    mode: sense.mode,
    sentence,
    ts,
    te,
    actor,
    target: resupply ? [] : target.filter((c) => !actor.includes(c) || entry.joint || roles.domestic),
    pendingActor: roles.pendingActor,
    pendingTarget: roles.pendingTarget,
    fallbackTarget: target,
    status,
    date,
    speakerKey: speaker.key,
    speakerLevel: speaker.level,
    speech: entry.speech,
    symmetric: entry.symmetric,
    undirected: roles.undirected,
    location: ["CONSULT", "AGREE", "MOBILIZE"].includes(entry.type) ? findLocation(memory.res.words, text, te, entry) : "",
    toldBefore: roles.toldBefore || namesActToldBefore(facts.tokens, ts, memory.res.words.definiteDeterminers),
    index: sentence.index,
    attributed: governing.length > 0,
    genericActor: actor.length ? undefined : roles.genericActor,
    person: memory.res.words.personalModes.has(entry.mode) && actorParty?.codes.length === 1 ? actorParty.person || undefined : undefined,
    domestic: roles.domestic,
    doer: doerOf(entry, actorParty, actor),
  };
}

/**
 * The one named person or body the actor party is ("Gov. Ana Ruiz", "Sen. Ray Cole's", "the
 * Senate"), when its codes are the act's actor: a group of two people, or a state, names none.
 * A speech act's doer is its speaker (speakerKey), which merging compares already.
 */
function doerOf(entry: EventEntry, party: Party | undefined, actor: string[]): string | undefined {
  if (entry.speech || !party || party.codes.length === 0 || party.codes.length !== actor.length || !party.codes.every((c) => actor.includes(c))) return undefined;
  // A name read twice ("Hillary Clinton" and its "Clinton") is one person.
  const people = new Set(party.names.filter((_, i) => party.kinds[i] === "person"));
  if (people.size === 1 && party.person) return party.person;
  if (people.size === 0 && new Set(party.names).size === 1 && party.kinds.every((k) => k === "body")) return party.names[0];
  return undefined;
}

/**
 * "Iran's president said his government had not transferred any weapons to Russia": a side
 * that negates its own contested act denies it (REJECT), aimed at whoever accused it before.
 */
function ownDenial(memory: ArticleMemory, entry: EventEntry, sentence: Sentence, ctx: RoleContext, actorParty: Party | undefined, said: Attribution | undefined): Mention | undefined {
  const { text, ts, te } = ctx;
  if (!entry.contested || !said || said.codes.length === 0 || !actorParty || !negated(memory.res.words, text, ts)) return undefined;
  if (!actorParty.codes.length || !actorParty.codes.every((c) => said.codes.includes(c))) return undefined;
  return denialBy(said, sentence, ts, te);
}

/**
 * "Nebenzia said Russia's cooperation with the North does not violate international law": a
 * charge negated by the side it would charge denies it (REJECT, aimed at whoever accused that
 * side before); negated by anyone else it is no charge at all.
 */
function deniedCharge(sentence: Sentence, ctx: RoleContext, charged: string[], said: Attribution | undefined): Mention | undefined {
  if (!said || said.codes.length === 0 || charged.length === 0 || !charged.every((c) => said.codes.includes(c))) return undefined;
  return denialBy(said, sentence, ctx.ts, ctx.te);
}

/** The sides an act names, the speaker's own included: the first party the entry's target strategies find. */
function namedParties(entry: EventEntry, ctx: RoleContext): string[] {
  for (const s of entry.target) {
    const p = findByStrategy(s, ctx, undefined);
    if (p && p.codes.length) return p.codes;
  }
  return [];
}

/** The REJECT mention of a speaker who denies an act of its own side, aimed at its accuser (pending-roles.ts). */
function denialBy(said: Attribution, sentence: Sentence, ts: number, te: number): Mention {
  return {
    entry: undefined, rule: "own-denial", type: "REJECT", mode: "denial", sentence, ts, te,
    actor: said.codes, target: [], pendingTarget: "accuser", fallbackTarget: [], status: "occurred", date: said.date,
    speakerKey: said.key, speakerLevel: said.level, speech: true, symmetric: false, undirected: false, location: "",
    index: sentence.index, attributed: true,
  };
}

/** Whether the roles found make a mention: an actor (or one the article pass may find), a target where one is needed, a speaker's own act. */
function rolesSuffice(entry: EventEntry, ctx: RoleContext, actorParty: Party | undefined, roles: TriggerRoles): boolean {
  const { attribution, quotes, ts } = ctx;
  // An unnamed speaker ("the vice president said") may be resolved by the article pass.
  const describedSpeaker = attribution?.level === "description" && entry.actor.includes("speaker");
  if (roles.actor.length === 0 && !roles.pendingActor && !describedSpeaker && roles.genericActor === undefined) return false;
  // "demanded the removal of President X": a target the gazetteer does not know may stay unnamed.
  const unnamed = entry.unnamedTarget && !ctx.parties.some((p) => p.start >= ctx.te && p.codes.length > 0);
  // A mutual act told of its two sides together ("Putin and Kim ended their talks") has both.
  const bothSides = entry.symmetric && roles.actor.length > 1;
  if (entry.needsTarget && roles.target.length === 0 && !unnamed && !bothSides) return false;
  if (entry.speech && actorParty === undefined && attribution?.stateless) return false;
  // "“The Americans … blame others,” he said": a third party's speech inside a quotation
  // is what the speaker says of it, not an act of the speaker's.
  return !(entry.speech && entry.actor[0] === "subject" && insideQuote(quotes, ts) && actorParty && !actorParty.anaphor && attribution?.codes.length && !intersects(actorParty.codes, attribution.codes));
}

/** The mention's date: its own clause's, an act's told before, or for speech in a quotation when the quotation was said. */
function dateOf(memory: ArticleMemory, entry: EventEntry, facts: SentenceFacts, ctx: RoleContext, status: EventStatus, actor: string[], governing: Attribution[]): DateMention | undefined {
  const { text, ts, te, attribution } = ctx;
  const undated = undatable(memory.res.words, text, ts);
  let date = undated ? undefined : (yearOfNoun(text, ts) ?? pickDate(memory.res.words, entry, text, ts, te, facts.dates, facts.attributions, facts.quotes, status, actor));
  // "said before the vote", "five days after the North tested": dated by an act told before.
  if (!date && !undated) date = relativeToEvent(memory, text, ts);
  // A speech act inside a quotation is made when the quotation was said.
  if (!date && entry.speech && insideQuote(facts.quotes, ts) && attribution && governing.includes(attribution)) date = attribution.date;
  return date;
}

/** An entry that `overrides` another drops that entry's mention of the same trigger. */
function dropOverridden(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.ts === m.ts && m.entry && o.entry?.overrides.includes(m.entry.id)));
}

function findLocation(words: EventWords, text: string, te: number, entry: EventEntry): string {
  const window = text.slice(te, te + 90);
  const m = words.placeAfterPreposition.exec(window);
  if (!m || words.notAPlace.test(m[1])) return "";
  if (entry.type === "AGREE" || entry.type === "MOBILIZE") return "";
  return m[1].replace(/,\s+(?:on|in)$/, "");
}
