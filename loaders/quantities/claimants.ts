/**
 * Who claims an amount (`attributed_to`): the claimant of each attribution cue of a stretch
 * of text, "according to X" or a speech or evidence verb (data/speech-verbs.yaml, through the
 * lexicon) with its subject before it ("US officials said", "C4ADS data shows") or its name
 * after it ("said Kirby"); and the cue that governs a number.
 */
import type { ActorMention } from "../actors.ts";
import type { Token } from "../numbers.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { appositionStart, beforeTimePhrase, nameAfter, namedBefore, nameStart, participleAsideStart } from "./claimant-names.ts";
import { describedThenNamed, nameRunAt } from "./name-runs.ts";
import { looksPlural } from "./noun-phrases.ts";
import type { QuantityWords } from "./words.ts";

export interface Cue {
  /** Offset of the verb or of "according to". */
  at: number;
  claimant: string;
  /** The offset of the cue whose claimant relays this one's claim ("according to BBC reports citing …"). */
  relays?: number;
  /** Named by a participle of citing ("citing intelligence sources"): the source of the sentence's claim. */
  cited?: boolean;
}

/** How far after its relaying cue a relay verb stands ("according to BBC reports citing"). */
const RELAY_REACH = 60;

export interface Context {
  /** Whether a claimant noun ("official", "governor") starts at token k. */
  claimantNounAt?: (k: number) => boolean;
  tokens: Token[];
  mentions: ActorMention[];
  raw: string;
  sentenceStart: number;
  words: QuantityWords;
}

/** The mention (not a demonym) that ends within token `p`. */
function mentionEndingAt(ctx: Context, p: number, demonyms = false): ActorMention | undefined {
  const t = ctx.tokens[p];
  if (!t) return undefined;
  return ctx.mentions.find((m) => m.end > t.start && m.end <= t.end && (demonyms || !m.demonym));
}

function mentionStartingAt(ctx: Context, p: number): ActorMention | undefined {
  const t = ctx.tokens[p];
  return t && ctx.mentions.find((m) => m.start === t.start);
}

const capitalised = (t: Token | undefined) => !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text);

/** A description ending at token `p`: "US officials", "South Korean intelligence", "analysts". */
function describedClaimant(ctx: Context, p: number, lex: QuantityLexicon, from = 0): string | undefined {
  // The claimant noun may be two words ("think tank", "state media"): find one ending at p.
  let nounStart = -1;
  for (let s = Math.max(0, p - 2); s <= p; s++) {
    const m = lex.claimantNouns.match(ctx.tokens, s);
    if (m && s + m.length - 1 === p) {
      nounStart = s;
      break;
    }
  }
  if (nounStart < 0) return undefined;
  let s = nounStart;
  for (let steps = 0; steps < 5 && s > from; steps++) {
    const prev = ctx.tokens[s - 1];
    const mention = ctx.mentions.find((m) => m.end > prev.start && m.end <= prev.end);
    if (mention) s = ctx.tokens.findIndex((t) => t.start === mention.start);
    // A name's capitalised words are walked to its start: "the Magen David Adom ambulance service",
    // "the Korea Institute for Defense Analyses think tank".
    else if (lex.words.claimantNameJoiners.has(prev.text) && capitalised(ctx.tokens[s]) && capitalised(ctx.tokens[s - 2])) s -= 2;
    else if (lex.words.claimantModifiers.has(prev.lower) || (prev.kind === "word" && !lex.words.stopWords.has(prev.lower) && (steps < 3 || /^\p{Lu}/u.test(prev.text)))) s--;
    else break;
  }
  // "the 45-year-old minister": no description opens inside a hyphened word.
  while (s < nounStart && ctx.tokens[s - 1]?.text === "-" && ctx.tokens[s - 1].end === ctx.tokens[s].start) s++;
  while (s < nounStart && lex.words.claimantDroppedOpeners.has(ctx.tokens[s].lower)) s++;
  // "the organisation announced": a bare noun of that kind re-names a body named before.
  if (s === nounStart && nounStart === p && lex.words.claimantAnaphors.has(ctx.tokens[p].lower)) return undefined;
  return ctx.raw.slice(ctx.tokens[s].start, ctx.tokens[p].end).replace(/^the\s+/i, "");
}

/** How the table names a mentioned claimant: a person or outlet by name; "US officials" as written. */
function claimantName(ctx: Context, mention: ActorMention, lex: QuantityLexicon, from = 0): string {
  // "US officials", "South Korean intelligence": the description, not the state.
  const nextIndex = ctx.tokens.findIndex((t) => t.start >= mention.end);
  // "Seoul's Defense Ministry", "Lima's spy agency": a place's body, named by its possessive.
  const possessive = /^['’]s?\b/u.test(ctx.raw.slice(mention.end, mention.end + 2)) || /['’]s$/u.test(mention.text);
  if (nextIndex >= 0 && (mention.actor.kind === "state" || mention.demonym || possessive)) {
    for (let p = nextIndex; p < Math.min(ctx.tokens.length, nextIndex + 4); p++) {
      const described = describedClaimant(ctx, p, lex, from);
      // "South Korean lawmaker Lee Seong-kweun": the person the description names.
      if (described) return nameAfter(ctx, p) ?? described;
    }
  }
  return mentionName(mention);
}

/**
 * A mention as the table names it: as the text writes it ("U.S.", "Seoul's spy agency",
 * "CENTCOM", "Volodymyr Zelenskyy"), but a person named by one word by their full name ("Kirby" →
 * "John Kirby"), and a demonym by what it names.
 */
function mentionName(mention: ActorMention): string {
  const written = mention.text.replace(/^the\s+/i, "").trim();
  if (mention.demonym || !written) return mention.actor.name;
  return mention.actor.kind === "person" && !/\s/.test(written) ? mention.actor.name : written;
}

function claimantBefore(ctx: Context, v: number, lex: QuantityLexicon): string | undefined {
  let p = v - 1;
  for (let q = p + 1; q !== p; ) {
    q = p;
    while (p >= 0 && lex.words.betweenClaimantAndVerb.has(ctx.tokens[p].lower)) p--;
    p = beforeTimePhrase(ctx, p);
  }
  if (p < 0) return undefined;
  // "The navy, deploying 30 boats, claimed": the subject before an aside opened by a participle.
  const aside = ctx.tokens[p].text === "," ? participleAsideStart(ctx, p) : undefined;
  if (aside !== undefined) p = aside - 1;
  // "Jeon Ha-gyu, a spokesman for the ministry, said": the name before the apposition;
  // "the defence minister, Shin Won-sik, said": the name the commas set off.
  if (ctx.tokens[p].text === ",") {
    const opening = appositionStart(ctx, p);
    if (opening !== undefined) {
      const named = mentionEndingAt(ctx, opening - 1)?.actor.name ?? namedBefore(ctx, opening - 1);
      if (named) return named;
    }
    const setOff = nameStart(ctx, p - 1);
    if (setOff !== undefined && setOff > 0 && ctx.tokens[setOff - 1].text === ",") return describedName(ctx, setOff, p) ?? ctx.raw.slice(ctx.tokens[setOff].start, ctx.tokens[p - 1].end);
  }
  p = sourceOfPhrase(ctx, p, lex);
  const t = ctx.tokens[p];
  if (lex.sources.has(t.lower)) {
    // "C4ADS data shows", "C4ADS's data shows": the source's author.
    // An author the gazetteer does not know is a run of capitals: "a USA TODAY analysis".
    const author = mentionEndingAt(ctx, p - 1);
    const named = author ? undefined : namedBefore(ctx, p - 1);
    return author ? author.actor.name : named && !ctx.words.weekdays.has(named.toLowerCase()) && !ctx.words.months.has(named.toLowerCase()) ? named : undefined;
  }
  const mention = mentionEndingAt(ctx, p);
  const found = (mention ? mentionName(mention) : describedClaimant(ctx, p, lex)) ?? describedWithPlace(ctx, p, lex);
  if (found) return personOfBody(ctx, p) ?? found;
  // "he said": who he is, across sentences, the statements resolve (statement-claimants.ts).
  if (lex.words.personPronouns.has(t.lower)) return undefined;
  if (lex.words.speakerPronouns.has(t.lower)) return undefined;
  if (lex.words.groupPronouns.has(t.lower)) return groupBefore(ctx, p, lex);
  return namedBefore(ctx, p);
}

/** How many tokens the phrase after a source's "of" may take: "a Reuters analysis of newly filed campaign reports shows". */
const SOURCE_OF_REACH = 6;
/** … and with a relative clause in it: "a Reuters analysis of funds that have raised $1 million or more since Jan. 1, 2015, shows". */
const SOURCE_CLAUSE_REACH = 20;

/**
 * "a Reuters analysis of new filings shows": the source noun whose "of" phrase ends at token `p`,
 * the verb's subject, else `p`.
 */
function sourceOfPhrase(ctx: Context, p: number, lex: QuantityLexicon): number {
  let clause = false;
  for (let k = p - 1; k > 0 && p - k <= SOURCE_CLAUSE_REACH; k--) {
    const t = ctx.tokens[k];
    // A mark set apart ends the phrase; a sign written onto its number does not ("$2 million").
    if (t.kind === "punct" && !t.glued && !ctx.tokens[k + 1]?.glued) return p;
    if (t.lower === "of") return lex.sources.has(ctx.tokens[k - 1].lower) && (clause || p - k <= SOURCE_OF_REACH) ? k - 1 : p;
    clause ||= lex.words.relativePronouns.has(t.lower);
  }
  return p;
}

/** How many tokens a body's or a place's phrase may take after "of" or "in": "of the UN refugee agency", "in the Chilean enclave". */
const LINKED_REACH = 7;

/** Prepositions that tie a person to a body ("Ana Ruiz of the agency") or a body to its place ("the ministry in the enclave"). */
const PERSON_LINKS = new Set(["of", "from", "at"]);
const PLACE_LINKS = new Set(["in", "of", "for"]);

/** The preposition of `links` before token `p` with only a phrase of words between, its index; -1 if none. */
function linkBefore(ctx: Context, p: number, links: Set<string>): number {
  for (let k = p - 1; k > 0 && p - k <= LINKED_REACH; k--) {
    const t = ctx.tokens[k];
    if (t.kind === "punct" && !t.glued) return -1;
    if (links.has(t.lower)) return k;
  }
  return -1;
}

/** "Ana Ruiz of the UN refugee agency told": the person a body's phrase after "of" belongs to, by a name of two words or more. */
function personOfBody(ctx: Context, p: number): string | undefined {
  const k = linkBefore(ctx, p, PERSON_LINKS);
  if (k < 2) return undefined;
  const person = mentionEndingAt(ctx, k - 1);
  if (person) return person.actor.kind === "person" ? mentionName(person) : undefined;
  const s = nameStart(ctx, k - 1);
  const words = s === undefined ? [] : ctx.tokens.slice(s, k).filter((t) => t.kind === "word");
  // A person's name, not a body's ("the Defense Ministry of Peru"): no word of it names a claimant.
  if (s === undefined || words.length < 2 || words.some((_, n) => ctx.claimantNounAt?.(s + n))) return undefined;
  return ctx.raw.slice(ctx.tokens[s].start, ctx.tokens[k - 1].end);
}

/** "the health ministry in the Chilean enclave said": a described body and the place after it, as written. */
function describedWithPlace(ctx: Context, p: number, lex: QuantityLexicon): string | undefined {
  const k = linkBefore(ctx, p, PLACE_LINKS);
  const described = k > 0 ? describedClaimant(ctx, k - 1, lex) : undefined;
  return described && ctx.raw.slice(ctx.raw.lastIndexOf(described, ctx.tokens[k].start), ctx.tokens[p].end);
}

/** "Czech officials kept their word as they claimed": the nearest described group before the pronoun at `p`. */
function groupBefore(ctx: Context, p: number, lex: QuantityLexicon): string | undefined {
  for (let q = p - 1; q >= 0; q--) {
    const described = looksPlural(ctx.tokens[q].text, lex.words) ? describedClaimant(ctx, q, lex) : undefined;
    if (described) return described;
  }
  return undefined;
}

/**
 * "Ana Ruiz, Democrat of Tacna, said": a capitalised run set off by commas that a connector joins
 * ("of", "for") describes the name before it, who speaks. The name, or undefined.
 */
function describedName(ctx: Context, setOff: number, close: number): string | undefined {
  const joined = ctx.tokens.slice(setOff, close).some((t) => t.kind === "word" && t.text === t.lower);
  return joined ? (mentionEndingAt(ctx, setOff - 2)?.actor.name ?? namedBefore(ctx, setOff - 2)) : undefined;
}

function claimantAfter(ctx: Context, q: number, lex: QuantityLexicon, inverted: boolean): string | undefined {
  return claimantAt(ctx, q, lex, inverted) ?? (inverted ? undefined : (describedThenNamed(ctx, q, lex) ?? describedSource(ctx, q, lex)));
}

/**
 * "according to federal statistics", "according to official government figures": a source no
 * one is named for, described by the claimant's modifiers, ending the phrase. As written.
 */
function describedSource(ctx: Context, q: number, lex: QuantityLexicon): string | undefined {
  let p = q;
  while (ctx.tokens[p] && lex.words.claimantModifiers.has(ctx.tokens[p].lower)) p++;
  const source = ctx.tokens[p];
  const after = ctx.tokens[p + 1];
  if (p === q || !source || !lex.sources.has(source.lower) || (after && after.kind !== "punct")) return undefined;
  return ctx.raw.slice(ctx.tokens[q].start, source.end);
}

function claimantAt(ctx: Context, q: number, lex: QuantityLexicon, inverted: boolean): string | undefined {
  if (inverted && ctx.tokens[q]?.lower === "by") q++; // "was cited by Reuters"
  while (ctx.tokens[q] && lex.words.articles.has(ctx.tokens[q].lower)) q++;
  const limit = Math.min(ctx.tokens.length, q + 8);
  for (let p = q; p < limit; p++) {
    const t = ctx.tokens[p];
    if (t.kind === "punct") break;
    const mention = mentionStartingAt(ctx, p);
    // "said North Korea had shipped": a name that opens the reported clause is not the speaker.
    if (mention && inverted && (opensClause(ctx, mention) || modifiesObject(ctx, mention, lex))) return undefined;
    if (mention) return claimantName(ctx, mention, lex, q);
    // "said Kirby": the name must follow the verb at once, a name no gazetteer knows closed by
    // punctuation ("…, said Jane Okafor, an economist."), which no reported clause goes on from.
    if (inverted) return p === q ? nameRunAt(ctx, p) : undefined;
    const described = describedClaimant(ctx, p, lex, q);
    if (described && !lex.claimantNouns.match(ctx.tokens, p + 1)) {
      // "according to data from C4ADS": prefer a name further on.
      const named = ctx.mentions.find((m) => m.start > t.end && m.start < ctx.tokens[limit - 1].end && !m.demonym);
      return named && lex.sources.has(t.lower) ? named.actor.name : (nameAfter(ctx, p) ?? described);
    }
    // "according to Gerasimov,", "according to Radio Arica": a name the gazetteer does not know.
    if (!inverted && p === q) {
      const name = nameRunAt(ctx, p);
      if (name) return name;
    }
    // "figures from the Peruvian army": an article after a source's link.
    const linked = lex.words.articles.has(t.lower) && lex.words.sourceLinks.has(ctx.tokens[p - 1]?.lower ?? "");
    if (!lex.sources.has(t.lower) && !lex.words.claimantModifiers.has(t.lower) && !lex.words.sourceLinks.has(t.lower) && !linked) {
      if (!mentionEndingAt(ctx, p, true)) return undefined;
    }
  }
  return undefined;
}

/**
 * Whether a noun that names no claimant follows the mention: it modifies the verb's object
 * ("shows Democratic groups ahead", "showed Chilean exports falling"), not a speaker after the
 * verb ("said US officials" has its claimant noun).
 */
function modifiesObject(ctx: Context, mention: ActorMention, lex: QuantityLexicon): boolean {
  const k = ctx.tokens.findIndex((t) => t.start >= mention.end);
  const next = ctx.tokens[k];
  return !!next && next.kind === "word" && next.pos === "NOUN" && !lex.claimantNouns.match(ctx.tokens, k) && !lex.sources.has(next.lower);
}

/** Whether an auxiliary follows the mention: it is the subject of a clause ("North Korea had shipped"). */
function opensClause(ctx: Context, mention: ActorMention): boolean {
  const next = ctx.tokens.find((t) => t.start >= mention.end);
  return !!next && ctx.words.clauseAuxiliaries.has(next.lower);
}

/** How far after "per" a source noun makes it a cue: "per the ministry's latest figures". */
const SOURCE_REACH = 5;

/** A rate's word ("per") read as a cue only after a comma or before a source noun: "…, per the ministry", "per UN data", not "$58 per barrel". */
function rateWordAsCue(ctx: Context, v: number, length: number, lex: QuantityLexicon): boolean {
  if (length !== 1 || !lex.words.rateWords.has(ctx.tokens[v].lower)) return false;
  const before = ctx.tokens[v - 1];
  if (!before || before.text === "," || before.text === "(") return false;
  for (let k = v + 1; k <= v + SOURCE_REACH && ctx.tokens[k] && ctx.tokens[k].kind !== "punct"; k++) if (lex.sources.has(ctx.tokens[k].lower)) return false;
  return true;
}

/** Attribution cues of a stretch of text: who reports, says or shows, and where. */
export function findCues(ctx: Context, lex: QuantityLexicon): Cue[] {
  const cues: Cue[] = [];
  ctx.tokens.forEach((t, v) => {
    const phrase = lex.attributionPhrases.match(ctx.tokens, v);
    if (phrase && !rateWordAsCue(ctx, v, phrase.length, lex)) {
      const claimant = claimantAfter(ctx, v + phrase.length, lex, false);
      if (claimant) cues.push({ at: t.start, claimant });
    } else if (t.kind === "word" && lex.attributionVerbs.has(t.lower) && !(v > 0 && /^\p{Lu}/u.test(t.text))) {
      // (A capitalised verb inside a sentence is a name's word: "the United States imposed".)
      const claimant = claimantBefore(ctx, v, lex) ?? claimantAfter(ctx, v + 1, lex, true);
      if (claimant) cues.push({ at: t.start, claimant });
    }
    // "reports citing Western officials", "cited Sergei Shoigu as saying": the claim relayed is the cited one's.
    // Not "Lee, who cited intelligence from …": a relative clause says where the claimant's own claim comes from.
    if (t.kind === "word" && lex.words.claimantRelays.has(t.lower) && !lex.words.betweenClaimantAndVerb.has(ctx.tokens[v - 1]?.lower ?? "")) {
      const cited = claimantAfter(ctx, v + 1, lex, false);
      const relaying = cues[cues.length - 1];
      const near = relaying && t.start - relaying.at < RELAY_REACH;
      // Without a claimant of its own before it ("according to radio reports citing …"), the cited one is the cue.
      if (cited) cues.push({ at: t.start, claimant: cited, relays: near ? relaying.at : undefined, cited: /ing$/.test(t.lower) });
    }
  });
  return cues;
}

/**
 * The claimant of a number: the nearest cue before it in its sentence, else the nearest after,
 * but not across a coordinated clause ("The US announced $500 million, and Japan pledged $1.5bn").
 */
export function pickCue(cues: Cue[], start: number, end: number, tokens: Token[], words: QuantityWords): string {
  // A conjunction with an auxiliary after it goes on with the same subject ("said it had bought
  // 180,000, but had already ordered another 300,000"): no clause of its own.
  const opensClause = (i: number) => words.clauseConjunctions.has(tokens[i + 1]?.lower ?? "") && !words.clauseAuxiliaries.has(tokens[i + 2]?.lower ?? "");
  const separated = (from: number, to: number) => tokens.some((t, i) => t.start >= from && t.end <= to && (t.text === ";" || (t.text === "," && opensClause(i))));
  // "X reported …, citing intelligence sources", "X, citing Y, reported": the claim is the cited one's.
  const citedAlong = (c: Cue) => cues.find((r) => r.cited && r.relays === undefined && r !== c && !separated(Math.min(r.at, c.at), Math.max(r.at, c.at)));
  const relayed = (c: Cue) => cues.find((r) => r.relays === c.at && (r.at < start || c.at >= end))?.claimant ?? citedAlong(c)?.claimant ?? c.claimant;
  const before = cues.filter((c) => c.at < start && c.relays === undefined).pop();
  if (before && !separated(before.at, start)) return relayed(before);
  const after = cues.find((c) => c.at >= end && c.relays === undefined);
  return after && !separated(end, after.at) ? relayed(after) : "";
}
