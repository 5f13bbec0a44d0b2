import { STATE_KINDS } from "../actors.ts";
import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { nextCut } from "./opening.ts";
import { channelName, speechVerbAt } from "../attribution.ts";
import { isDocument } from "../speakers/issuer.ts";
import { type Anchor, type Ctx, type Draft, type Range, analysedPhrase, channelAt, contentBoundary, endsOnClosing, isNegated, proseEnd, skipChannelOrDate, skipStrayQuote, tokenAt } from "./sentence.ts";
import { invertedSubject } from "./inverted-subject.ts";
import { subjectBefore } from "./subjects.ts";
import { titleBefore, withTitle } from "./closing-titles.ts";
import { hasFiniteVerb, opensPredicate } from "./predicates.ts";
import { repetitionEnd } from "./repetitions.ts";
import { isAdverbial, opensWithParticiple } from "./clause-openings.ts";
import { insideNounPhrase, mannerAdverbAt, predicateAfterComma } from "./closing-words.ts";
import { namesIssuer } from "./issuer-named.ts";

/**
 * An attribution that closes its content: the verb is followed by nothing but dates,
 * channels and a participle tail, and its speaker stands between a comma (or a closing
 * quotation mark) and the verb, or right after the verb ('"…," said Kirby').
 */
export function closingAttribution(ctx: Ctx, anchor: Anchor, lex: StatementLexicon): Draft | undefined {
  if (anchor.participle) return undefined;
  const { text, tokens } = ctx;
  const verbStart = tokens[anchor.token].start;
  const found = closingSubject(ctx, anchor, lex);
  if (!found || found.boundary < 0) return undefined;
  const { subject, boundary, inverted } = found;
  const pos = found.end;
  // "told Russian Foreign Minister Sergey Lavrov …": the person addressed belongs to the attribution.
  const contentStart = skipStrayQuote(ctx, 0);
  const main: Range = [contentStart, boundary];
  // "On April 26, Ola Brenn reported to the president that …": words before that are no clause leave the verb its that-clause.
  // "…, Shoigu conveyed during a meeting with Kim that …": a that-clause after the phrase is the verb's own content.
  // "The shipment, the official said, included …": a subject with no verb before the attribution takes its predicate after it.
  const subjectOnly = !inverted && !hasFiniteVerb(ctx, main) && /^\p{Lu}/u.test(text.slice(...main).trim());
  const tail = attributionTail(ctx, pos, lex, anchor.verb.lemma === "tell" && !inverted, true, subjectOnly);
  if (!tail) return undefined;
  const predicate = subjectOnly && tail.extra.length > 0;
  if (!/[\p{L}\p{N}]/u.test(text.slice(...main)) || (text.slice(...main).split(/\s+/).length < 2 && !predicate)) return undefined;
  // 'In a statement, the ministry said, "…"': a fronted adverbial is no content when a quotation follows.
  // 'Asked about the strike, the mayor said, "…"': so is a fronted participle clause.
  const adverbial = isAdverbial(ctx, main);
  const participle = opensWithParticiple(ctx, main);
  // "In addition, Vidal expressed gratitude to Cano for …": a fronted adverbial alone says nothing; the verb's object does.
  // "Speaking at a briefing, Rojas dismissed the claims …": with no quotation after it either, the verb opens its words
  // ("Shifting monsoons could affect a billion people, Ruiz said" has a finite verb: a clause, the words said).
  // 'Using the tax "is a misguided approach," said Ruiz': a quotation that closes the words is their predicate, the participle their subject.
  const quotedClose = ctx.quotes.some((q) => q.open > main[0] && q.close <= main[1] && main[1] - q.close <= 3);
  if (tail.extra.length === 0 && (adverbial || (participle && !hasFiniteVerb(ctx, main) && !quotedClose))) return undefined;
  const ranges: Range[] = tail.extra.length > 0 && (participle || adverbial) ? tail.extra : [main, ...tail.extra];
  const attribution: Range[] = [[boundary, tail.end]];
  // "…, News Daily reports citing Western officials": the officials speak, the outlet relays them.
  // Quoted words are the quoted speaker's own ('"…," he said, citing a report …').
  const quotedWords = ranges.every((r) => ctx.quotes.some((q) => q.open <= r[0] && q.close >= r[1] - 1));
  const relayed = tail.relay && !quotedWords && plausibleRelay(ctx, tail.relay, lex);
  const base = ctx.sentence.start;
  return {
    ctx,
    phrase: relayed ? { text: text.slice(...tail.relay!), start: tail.relay![0] + base, end: tail.relay![1] + base } : subject,
    anchor: verbStart,
    ranges,
    attribution,
    stance: anchor.verb.stance,
    negated: isNegated(ctx, verbStart, lex),
    via: relayed ? channelName(subject.text, true, lex) : tail.carrier ? channelName(text.slice(...tail.carrier), true, lex) || text.slice(...tail.carrier) : "",
    nominal: false,
  };
}

/**
 * The speaker of a closing attribution and where the content ends: after the verb ('"…," said
 * Kirby', inverted) or between a comma and the verb ("…, Kirby said"); `end` is where the
 * speaker's words end.
 */
function closingSubject(ctx: Ctx, anchor: Anchor, lex: StatementLexicon): { subject: SpeakerPhrase; boundary: number; end: number; inverted: boolean } | undefined {
  const { text, tokens } = ctx;
  const verbStart = tokens[anchor.token].start;
  const before = text.slice(0, verbStart).trimEnd();
  // '"…," said Kirby' puts the speaker after the verb; "Pak Jong Chon, one of …, said" does not.
  const leftSubject = subjectBefore(ctx, anchor.token, lex);
  // "The port's fees, like its curfew, hurt the crews, said Ida Berg": words between commas that open with a
  // finite verb are the clause's predicate, not an apposition of a speaker before the verb.
  const apposition = leftSubject?.phrase?.apposition && !predicateAfterComma(ctx, leftSubject.phrase.end - ctx.sentence.start, verbStart);
  const inverted = endsOnClosing(ctx, before) && !apposition && !/^\s*(?:that)\b/i.test(text.slice(anchor.end));
  // "the plant, called Andes Works, is …": a verb of naming after a comma names the noun before it; no one speaks.
  if (inverted && anchor.verb.quoted && ctx.words.namingVerbs.has(anchor.verb.lemma)) return undefined;
  if (inverted) {
    const np = invertedSubject(ctx, anchor.end, lex);
    if (!np) return undefined;
    // '"…," said Nick Witney, a fellow at the Council who ran the Agency, an EU body.': the
    // apposition runs on to the end when no quotation and no other verb of saying follows.
    const runsOn = np.phrase.apposition && !ctx.quotes.some((q) => q.open >= np.end) && !hasSpeechVerb(ctx, np.end, proseEnd(ctx), lex);
    return { subject: np.phrase, boundary: contentBoundary(ctx, before.length), end: runsOn ? proseEnd(ctx) : np.end, inverted };
  }
  if (!leftSubject || leftSubject.coordinated || !leftSubject.phrase) return undefined;
  const subjectStart = leftSubject.phrase.start - ctx.sentence.start;
  const prefix = titleBefore(ctx, text.slice(0, subjectStart).trimEnd());
  // "They burned the base; the sources reported on condition of anonymity": a semicolon closes the words as a comma does.
  if (!/[—–;]$/.test(prefix) && !endsOnClosing(ctx, prefix)) return undefined;
  return { subject: withTitle(ctx, leftSubject.phrase, prefix.length), boundary: contentBoundary(ctx, prefix.length), end: anchor.end, inverted };
}

/**
 * Whether the phrase a relaying participle names speaks in the outlet's stead: someone named (a
 * person, a body) or a named one's document. An outlet citing an unnamed source ("citing a
 * government official") stays the one who tells it.
 */
export function plausibleRelay(ctx: Ctx, [s, e]: Range, lex: StatementLexicon): boolean {
  const a = analysedPhrase(ctx.phrases, ctx.text.slice(s, e), lex);
  // "citing the Chilean navy", "citing Peru's foreign ministry": a state's body described, not named, is as known as one named.
  const stateBody = a.kind === "description" && !a.plural && lex.bodyHeads.has(a.head) && a.mentions.some((m) => STATE_KINDS.has(m.actor.kind));
  return a.kind === "person" || a.kind === "body" || a.kind === "media" || stateBody || (isDocument(a, lex.speakerWords) && namesIssuer(a.text, lex));
}

/**
 * What may follow a closing attribution: dates, channels, adverbs, a participle tail
 * (", citing …", ", adding that …") or the rest of a split quote (', "…"').
 * Returns where the attribution ends and any extra content. With `thatOpens`, a that-clause after a
 * phrase of place or time is the verb's content, and the attribution does not close.
 */
export function attributionTail(ctx: Ctx, from: number, lex: StatementLexicon, addressee: boolean, thatOpens = false, predicateAfter = false): { end: number; extra: Range[]; relay?: Range; carrier?: Range } | undefined {
  const { text } = ctx;
  const end = proseEnd(ctx);
  const extra: Range[] = [];
  let pos = from;
  for (let guard = 0; guard < 40; guard++) {
    while (pos < end && /\s/.test(text[pos])) pos++;
    if (pos >= end) return { end: text.length, extra };
    // "…, News Daily reports citing the council's website": who spoke closes the sentence.
    const relay = relayedSource(ctx, text[pos] === "," ? pos + 1 : pos, end);
    if (relay) return { end: text.length, extra, relay };
    const word = /^[\p{L}]+/u.exec(text.slice(pos, pos + 20))?.[0]?.toLowerCase() ?? "";
    const skipped = steppedOver(ctx, pos, word, lex);
    if (skipped !== undefined) {
      pos = skipped;
      continue;
    }
    // Where and to whom it was said: "… told reporters in Seoul", "… at the start of their talks".
    // A title in quotation marks belongs to the phrase ('said on CNN's "State of the Union"').
    if (word && ctx.words.tailPrepositions.has(word) && !ctx.quoted[pos]) {
      // "…, the authorities responded to say they knew …": an infinitive goes on with the verb's own words.
      if (ctx.words.infinitiveMarkers.has(word) && ctx.tokens[tokenAt(ctx, pos) + 1]?.pos === "VERB") return undefined;
      const phraseStop = phraseEnd(ctx, pos, end, true);
      // "…, Brenn reported to President Vidal that the siege was over": a that-clause after the phrase is the verb's content.
      if (thatOpens && complementThat(ctx, pos, phraseStop)) return undefined;
      pos = phraseStop;
      continue;
    }
    // '"…," Skibitskyi told news outlet Interfax-Ukraine': whom it was told, a noun phrase with no verb.
    const addressed = addressee ? addresseeEnd(ctx, pos, end) : undefined;
    if (addressed !== undefined) {
      pos = addressed;
      continue;
    }
    // "…, the Pentagon announced Monday — a $1 billion package …": the dash opens an apposition.
    if (/[—–]/.test(text[pos]) && nounPhraseApposition(ctx, pos + 1, end)) return { end: text.length, extra };
    if (text[pos] === ",") {
      // "…, the Pentagon announced Friday, Anadolu Agency reported.": the outlet after the comma carries the words.
      const carrier = carrierAttribution(ctx, pos + 1, end, lex);
      if (carrier) return { end: text.length, extra, carrier };
      const next = afterComma(ctx, pos, end, lex, extra, predicateAfter);
      if (next === "end") return { end: text.length, extra };
      if (next === "clause") return { end: pos, extra };
      if (next === undefined) return undefined;
      pos = next;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Where what a closing attribution's tail steps over at `pos` ends: a channel or a date, an adverb or a day
 * (`word`, the word at `pos`), or how often it was said; undefined when none stands there.
 */
function steppedOver(ctx: Ctx, pos: number, word: string, lex: StatementLexicon): number | undefined {
  const skipped = skipChannelOrDate(ctx, pos);
  // "said in an interview with CNN's Wolf Blitzer": the channel owns the noun phrase after its possessive.
  if (skipped !== undefined) return /^['’]s?\s/.test(ctx.text.slice(skipped, skipped + 3)) ? phraseEnd(ctx, skipped, proseEnd(ctx)) : skipped;
  if (ctx.words.tailAdverbs.has(word) || ctx.words.days.has(word)) return pos + word.length;
  // '"…," Ruiz said sarcastically': an adverb of manner tells how it was said, not what.
  if (mannerAdverbAt(ctx, pos, word)) return pos + word.length;
  // '"…," Ruiz said three times': how often it was said.
  return repetitionEnd(ctx, pos, lex);
}

/**
 * Whether a complementiser "that" (not a relative pronoun) ends the verbless phrase from `from`, outside
 * quotation marks: the verb's own ("reported to the president that …"), not a participle's inside the
 * phrase ("at a news conference announcing that …").
 */
function complementThat(ctx: Ctx, from: number, to: number): boolean {
  for (let i = tokenAt(ctx, from); i < ctx.tokens.length && ctx.tokens[i].start < to; i++) {
    const t = ctx.tokens[i];
    if (t.pos === "VERB" || t.pos === "AUX" || ctx.quoted[t.start]) return false;
    // The tagger may read "that" as a relative after a name ("with Kim Jong-un that Putin was …"): a subject and a verb after it open a clause.
    if (t.lower === "that" && (t.pos === "SCONJ" || (/^(?:PROPN|PRON)$/.test(ctx.tokens[i + 1]?.pos ?? "") && /^(?:AUX|VERB)$/.test(ctx.tokens[i + 2]?.pos ?? "")))) return true;
  }
  return false;
}

/**
 * A second closing attribution that ends the sentence after a comma ("…, the Pentagon announced
 * Friday, Anadolu Agency reported."): a speaker phrase, a verb of saying and nothing after it but
 * dates and the like. Its speaker's range, the outlet that carries the first speaker's words.
 */
function carrierAttribution(ctx: Ctx, from: number, end: number, lex: StatementLexicon): Range | undefined {
  const { tokens } = ctx;
  const inverted = invertedCarrier(ctx, from, end, lex);
  if (inverted) return inverted;
  for (let i = tokenAt(ctx, from); i < tokens.length && tokens[i].start < end && i - tokenAt(ctx, from) <= MAX_CARRIER_WORDS; i++) {
    const verb = tokens[i].word && !ctx.quoted[tokens[i].start] ? speechVerbAt(tokens, i, lex) : undefined;
    if (!verb || verb.syntax !== "that") continue;
    const subject = subjectBefore(ctx, i, lex)?.phrase;
    const at = subject ? subject.start - ctx.sentence.start : -1;
    if (!subject || at < from || ctx.text.slice(from, at).trim() !== "") return undefined;
    const a = analysedPhrase(ctx.phrases, subject.text, lex);
    // A name ("Anadolu Agency", "Reuters"), not a description ("officials", "the agency"); or the speaker's own
    // office that passed the words on ("…, Ruiz told lawmakers, her office told Radio Lima").
    const own = ctx.words.possessivePronouns.has(tokens[tokenAt(ctx, at)].lower) && lex.bodyHeads.has(a.head);
    if (a.kind === "pronoun" || (!own && !/^\p{Lu}/u.test(subject.text))) return undefined;
    const tail = attributionTail(ctx, tokens[i + verb.words.length - 1].end, lex, own && verb.lemma === "tell");
    return tail && tail.extra.length === 0 && !tail.relay && !tail.carrier ? [at, at + subject.text.length] : undefined;
  }
  return undefined;
}

/**
 * The outlet of an inverted carrying attribution that closes the sentence ("…, Ruiz has announced, reports
 * El Mercurio."): a verb of a clause, then a name and nothing more.
 */
function invertedCarrier(ctx: Ctx, from: number, end: number, lex: StatementLexicon): Range | undefined {
  const { tokens, text } = ctx;
  const i = tokenAt(ctx, from);
  const verb = tokens[i]?.word && !ctx.quoted[tokens[i].start] ? speechVerbAt(tokens, i, lex) : undefined;
  if (!verb || verb.syntax !== "that" || verb.needsThat) return undefined;
  const at = tokens[i + verb.words.length]?.start;
  const stop = text.slice(0, end).trimEnd().replace(/[.!]$/, "").length;
  if (at === undefined || stop <= at) return undefined;
  const name = text.slice(at, stop);
  if (!/^\p{Lu}/u.test(name) || /[,;“"«]/.test(name) || name.split(/\s+/).length > MAX_CARRIER_WORDS) return undefined;
  const a = analysedPhrase(ctx.phrases, name, lex);
  return a.kind === "pronoun" ? undefined : [at, stop];
}

/** Words a carrying attribution may run to before its verb ("Anadolu Agency reported"). */
const MAX_CARRIER_WORDS = 6;

/** The phrase after a relaying participle that runs to the end of the prose ("citing the council's website"), if one follows. */
function relayedSource(ctx: Ctx, from: number, end: number): Range | undefined {
  let k = from;
  while (k < end && /\s/.test(ctx.text[k])) k++;
  const word = /^\p{L}+/u.exec(ctx.text.slice(k, k + 20))?.[0] ?? "";
  if (!ctx.words.relayParticiples.has(word.toLowerCase())) return undefined;
  let s = k + word.length;
  while (s < end && /\s/.test(ctx.text[s])) s++;
  const stop = ctx.text.slice(0, end).trimEnd().length;
  // A phrase, not a clause: no comma and no quotation inside it.
  if (stop - s < 2 || /[,;“"«]/.test(ctx.text.slice(s, stop))) return undefined;
  return [s, stop];
}

/**
 * What follows a comma in an attribution's tail: a quotation that goes on (its range is added
 * to `extra`), a participle (", adding that …", ", citing …"), a channel, or a trailing
 * adverbial. Returns where to read on, "end" when the rest belongs to the attribution, or
 * undefined when a clause of its own follows (the verb does not close its content).
 */
function afterComma(ctx: Ctx, pos: number, end: number, lex: StatementLexicon, extra: Range[], predicateAfter = false): number | "end" | "clause" | undefined {
  const { text } = ctx;
  let k = pos + 1;
  while (k < end && /\s/.test(text[k])) k++;
  const q = ctx.quotes.find((qq) => qq.open === k);
  if (q) {
    extra.push([q.open, q.close]);
    return q.close;
  }
  const next = /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0]?.toLowerCase() ?? "";
  if (next.endsWith("ing") || next === "according") {
    if (ctx.words.addingParticiples.has(next)) {
      let s = k + next.length;
      // ", adding: “…”": the colon opens the quotation added, no words of its own.
      const that = /^(?:\s+that\b,?|\s*:)/.exec(text.slice(s));
      if (that) s += that[0].length;
      while (/\s/.test(text[s] ?? "")) s++;
      extra.push([s, nextCut(ctx, s, end)]);
      return "end";
    }
    const channel = channelAt(ctx, k);
    return channel ? channel.end : "end";
  }
  // "The convoy, Ruiz said, carried …": the predicate of the subject before the attribution is said too.
  // Not when another speaker's verb follows ("…, as Ruiz said before he left"): those words are theirs.
  if (predicateAfter && extra.length === 0 && opensPredicate(ctx, k) && !hasSpeechVerb(ctx, k, end, lex)) {
    extra.push([k, nextCut(ctx, k, end)]);
    return "end";
  }
  // '"…," Reed told the director, after he admitted the fraud': the writer's clause closes the sentence.
  if (ctx.words.tailConjunctions.has(next) && /^\p{Ll}/u.test(text[k] ?? "")) return "end";
  // ", more than a year after the junta told them to leave": so does one after a measure of time, whose own
  // speech verbs stay readable (the attribution ends at the comma).
  if (/^\p{Ll}/u.test(text[k] ?? "") && timedConjunction(ctx, k)) return "clause";
  // ", the first claim of its kind since …": a noun phrase in apposition to the statement, not a clause.
  if (nounPhraseApposition(ctx, k, end)) return "end";
  // ", hours before …": a trailing adverbial with no speech of its own still frames the attribution.
  // A clause with its own subject ("…, the NIS said, North Korea was …") is content, not a tail.
  if (/^\p{Ll}/u.test(text[k] ?? "") && !ctx.words.clauseSubjects.has(next) && !hasSpeechVerb(ctx, k, end, lex) && !ctx.quotes.some((q) => q.open >= k && q.open < end)) return "end";
  return undefined;
}

/** How many words a measure of time may take before its conjunction ("more than a year after"). */
const MAX_TIME_MEASURE_WORDS = 5;

/** Whether a conjunction of time follows a few verbless words at `k` ("more than a year after", "two days before"). */
function timedConjunction(ctx: Ctx, k: number): boolean {
  const first = tokenAt(ctx, k);
  for (let i = first; i < ctx.tokens.length && i <= first + MAX_TIME_MEASURE_WORDS; i++) {
    const t = ctx.tokens[i];
    if (!t.word || t.pos === "VERB" || t.pos === "AUX" || ctx.quoted[t.start]) return false;
    if (i > first && ctx.words.tailConjunctions.has(t.lower) && ctx.words.timeWords.has(ctx.tokens[i - 1].lower.replace(/s$/, ""))) return true;
  }
  return false;
}

/** Parts of speech a noun phrase and its prepositional complements are made of. */
const NOUN_PHRASE = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "SYM", "ADV", "ADP", "PRON", "PART", "CCONJ"]);

/**
 * Whether the words from `from` are a noun phrase that stands on its own (an apposition to what
 * was said: "the first claim of its kind by Kyiv since …", "a $1 billion package of arms"): a
 * determiner, then noun-phrase words and their complements up to a subordinate clause, a comma
 * or the end, and no verb before that — "the head of the agency said" is a clause.
 */
function nounPhraseApposition(ctx: Ctx, from: number, end: number): boolean {
  let i = tokenAt(ctx, from);
  while (i < ctx.tokens.length && !ctx.tokens[i].word && ctx.tokens[i].start < end && ctx.tokens[i].pos !== "SYM") i++;
  const first = ctx.tokens[i];
  if (!first || first.start >= end || first.pos !== "DET" || ctx.quoted[first.start]) return false;
  let [nouns, complement] = [0, false];
  for (i += 1; i < ctx.tokens.length && ctx.tokens[i].start < end; i++) {
    const t = ctx.tokens[i];
    if (t.pos === "NOUN" || t.pos === "PROPN") nouns++;
    if (t.pos === "SCONJ" || t.text === "," || (t.pos === "PUNCT" && !ctx.quoted[t.start])) return nouns > 0;
    // "the latest sign of Lima courting its neighbour": a gerund's clause after a preposition is its object, to the end.
    if (complement && t.pos === "VERB" && t.lower.endsWith("ing")) return nouns > 0;
    complement ||= t.pos === "ADP";
    if (!NOUN_PHRASE.has(t.pos)) return false;
  }
  return nouns > 0;
}

/** The end of a phrase that starts at `pos`: the next comma, quotation (unless `titles`: read through it) or the prose end. */
export function phraseEnd(ctx: Ctx, pos: number, end: number, titles = false): number {
  let k = pos;
  // Only a title that ends the sentence is read through: a quotation inside the prose is content.
  // A quotation after a colon is words said, not a title ('wrote on her blog: "…"').
  const title = titles ? ctx.quotes.find((q) => q.open >= pos && q.close >= end && !/:\s*$/.test(ctx.text.slice(pos, q.open))) : undefined;
  while (k < end && ((title && k >= title.open) || (ctx.text[k] !== "," && !ctx.quotes.some((q) => q.open === k)))) k++;
  return k;
}

/**
 * The end of the person or audience a verb of telling addresses ("reporters", "TV broadcaster
 * SBS", "a U.N. Security Council briefing last week"): words up to a comma, a quotation or the
 * prose end, none a verb and none "that", which would open the content instead.
 */
export function addresseeEnd(ctx: Ctx, pos: number, end: number): number | undefined {
  const stop = phraseEnd(ctx, pos, end);
  if (stop <= pos) return undefined;
  for (let i = tokenAt(ctx, pos); i < ctx.tokens.length && ctx.tokens[i].start < stop; i++) {
    const t = ctx.tokens[i];
    // "told a council meeting held in New York": a participle after its noun modifies the audience.
    const participle = t.pos === "VERB" && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower) && /^(?:NOUN|PROPN)$|ing$/.test(ctx.tokens[i - 1]?.pos === "VERB" ? ctx.tokens[i - 1].lower : ctx.tokens[i - 1]?.pos ?? "");
    if ((t.pos === "VERB" && !participle) || t.pos === "AUX" || t.lower === "that") return undefined;
  }
  return stop;
}

/** Whether a speech verb stands, outside quotes, in [from, to). */
export function hasSpeechVerb(ctx: Ctx, from: number, to: number, lex: StatementLexicon): boolean {
  for (let i = tokenAt(ctx, from); i < ctx.tokens.length && ctx.tokens[i].start < to; i++) {
    const t = ctx.tokens[i];
    // A form of several words speaks only whole: "by three points" is no "points out".
    if (t.word && !ctx.quoted[t.start] && speechVerbAt(ctx.tokens, i, lex) && !insideNounPhrase(ctx, i)) return true;
  }
  return false;
}
