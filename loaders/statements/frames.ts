import { findSpeechFrames } from "../speech-frames.ts";
import { type Stance, type StatementLexicon } from "../statement-lexicon.ts";
import { channelName, speechVerbAt } from "../attribution.ts";
import { complementAfterObject, objectIsAnothersWords, objectSaysAs, quotedJudgement } from "./after-object.ts";
import { citedByOpening } from "./cited-source.ts";
import { accordingTo } from "./according.ts";
import { closingAttribution, hasSpeechVerb } from "./closing.ts";
import { isAdverbial } from "./clause-openings.ts";
import { absoluteSubject } from "./main-subjects.ts";
import { subjectBefore } from "./subjects.ts";
import { dashSignedQuote } from "./dash.ts";
import { documentBefore } from "./document-participles.ts";
import { beInfinitive, forSubjectInfinitive } from "./infinitive-subjects.ts";
import { nominalStatements } from "./nominal.ts";
import { shownImages } from "./shown-images.ts";
import { frontedParticiple } from "./fronted-participles.ts";
import { openingAttribution } from "./opening.ts";
import { personTellsBody } from "./person-relays.ts";
import { opensQuestion } from "./reported-questions.ts";
import { speechVerbByLemma } from "./verb-lemmas.ts";
import { lightVerbPhraseAt } from "./light-verbs.ts";
import { possessedSpeechNoun } from "./possessed-nouns.ts";
import { type Anchor, type Ctx, type Draft, type Range, analysedPhrase, contentBoundary, inRange, proseEnd, skipStrayQuote, tokenAt } from "./sentence.ts";

// ---------------------------------------------------------------------------------------
// Finding statements in a sentence


export function sentenceDrafts(ctx: Ctx, lex: StatementLexicon): Draft[] {
  const anchors = findAnchors(ctx, lex);
  const drafts: Draft[] = [];
  const covered: Range[] = [];
  // Attributions that close their content first, so verbs inside that content are not read as speech.
  const modes = anchors.map((anchor) => ({ anchor, closing: closingAttribution(ctx, anchor, lex) }));
  for (const { anchor, closing } of modes) {
    if (!closing || inRange(covered, ctx.tokens[anchor.token].start)) continue;
    // "Putin said Moscow is fighting …, Russian media reported": the speaker inside speaks, the outlet relays.
    const inner = relayedOpening(ctx, closing, modes, lex) ?? quotedVerbSpeaker(ctx, closing, lex);
    drafts.push(inner ?? closing);
    covered.push([0, Math.max(...closing.attribution.map((r) => r[1]), ...closing.ranges.map((r) => r[1]))]);
  }
  for (let k = 0; k < modes.length; k++) {
    const { anchor, closing } = modes[k];
    if (closing) continue;
    const start = ctx.tokens[anchor.token].start;
    if (inRange(covered, start)) continue;
    const nextAnchor = modes.slice(k + 1).find((m) => !m.closing && mayOpenClause(ctx, m.anchor));
    const draft = openingAttribution(ctx, anchor, lex, drafts, nextAnchor?.anchor);
    if (!draft) continue;
    // "Citing Minister Stang, the Harbour Times reported …": the one cited speaks.
    citedByOpening(ctx, draft, lex);
    // "The Kremlin said Putin thanked Kim for …": the inner speaker's act is told, the outer relays it.
    // A neutral or confirming inner verb ("said the NIS confirmed …") leaves the claim the outer speaker's.
    // "The Post reported that officials said …": what a report carries, whoever says it, is the inner speaker's.
    drafts.push(relayedOpening(ctx, draft, modes, lex, anchor.verb.lemma === "report" ? undefined : RELAYED_ACTS) ?? draft);
    for (const r of [...draft.ranges, ...draft.attribution]) covered.push(r);
    covered.push([start, anchor.end]);
  }
  // A speech frame names the speaker better than a verb read inside it ("cited … as saying", "condemned by").
  const relayed = relayedByAside(framedStatements(ctx, lex), drafts, lex);
  // ", which Moscow denies" ends the words of the statement it follows; other frames replace what they overlap.
  const asides = relayed.filter((r) => r.ranges[0][0] >= r.attribution[0][0]);
  for (const d of drafts) clipBefore(d, asides.map((r) => r.attribution[0][0]));
  const replacing = relayed.filter((r) => !asides.includes(r));
  // "…, which advocates say disadvantages poor schools": a verb of saying inside an aside's words is the aside's own.
  const within = (d: Draft) => asides.some((r) => d.attribution.length > 0 && d.attribution[0][0] >= r.ranges[0][0] && d.attribution[0][1] <= r.ranges[0][1]);
  const kept = drafts.filter((d) => !within(d) && !replacing.some((r) => r.attribution.some(([s, e]) => [...d.attribution, ...d.ranges].some(([ds, de]) => ds < e && de > s))));
  kept.push(...relayed);
  kept.push(...accordingTo(ctx, lex, kept));
  const signed = dashSignedQuote(ctx, lex, kept);
  if (signed) kept.push(signed);
  if (ctx.mayHoldCue) kept.push(...nominalStatements(ctx, lex, kept));
  // "released satellite images showing …": who put the pictures out claims what they show.
  if (ctx.mayHoldCue) kept.push(...shownImages(ctx, lex, kept));
  // "Claiming the troops were traitors, Ruiz said …": the main clause's subject says the participle's words too.
  const fronted = ctx.mayHoldCue ? frontedParticiple(ctx, lex, kept) : undefined;
  if (fronted) kept.push(fronted);
  return kept;
}

/**
 * Whether a closing attribution's speaker says the words in the body's name: the content's verb is in
 * the present ("Norland deplores the raid, the spokesperson said", "The ministry urges calm, an official
 * said"), a stance voiced now, and the one who closes is a person or a speaker's head such as a spokesperson
 * or an official (an outlet or a body relays: "Putin says …, Tass reported").
 */
function speaksForBody(ctx: Ctx, closing: Draft, inner: Anchor, lex: StatementLexicon): boolean {
  const word = ctx.tokens[inner.token].lower;
  if (!/[^s]s$/.test(word) || !closing.phrase) return false;
  const a = analysedPhrase(ctx.phrases, closing.phrase.text, lex);
  // A lone capitalised word may be an outlet the gazetteer lacks ("Tass"): a person is named in full.
  return (a.kind === "person" && /\s/.test(closing.phrase.text.trim())) || (a.kind === "description" && lex.speakerHeads.has(a.head));
}

/** Ends a draft's words where an aside frame begins inside them. */
function clipBefore(draft: Draft, starts: number[]): void {
  draft.ranges = draft.ranges.map(([s, e]) => {
    const cut = starts.find((at) => at > s && at < e);
    return cut === undefined ? [s, e] : [s, cut];
  });
}

/** The stances of an inner verb whose act an opening attribution relays ("said Putin thanked …", "added that Ruiz warned …"). */
const RELAYED_ACTS: ReadonlySet<Stance> = new Set(["accuse", "deny", "condemn", "warn", "threaten", "support"]);

/**
 * The statement inside an attribution's content when that content opens with its own speaker
 * and verb ("Putin said Moscow is fighting …, Russian media reported"; "The Kremlin said Putin
 * thanked Kim for …"): the inner speaker is the one who spoke, up to where the outer
 * attribution's content ends; the outer speaker is the channel.
 */
function relayedOpening(ctx: Ctx, closing: Draft, modes: Array<{ anchor: Anchor; closing?: Draft }>, lex: StatementLexicon, stances?: ReadonlySet<Stance>): Draft | undefined {
  const [start, end] = closing.ranges[0];
  // "…, the Times reported, citing spokeswoman Mao Ning": the one cited has spoken already.
  if (closing.via) return undefined;
  for (const { anchor, closing: own } of modes) {
    const at = ctx.tokens[anchor.token].start;
    if (own || anchor.participle || at <= start || at >= end) continue;
    if (stances && !stances.has(anchor.verb.stance)) return undefined;
    if (!stances && speaksForBody(ctx, closing, anchor, lex)) return undefined;
    const inner = openingAttribution(ctx, anchor, lex, []);
    // The inner speaker opens the content ("… said Putin thanked …", not "…, said the report").
    const phraseAt = inner?.phrase ? inner.phrase.start - ctx.sentence.start : -1;
    // "Before the talks, Ruiz said …, the agency reported": a fronted adverbial may stand before the inner speaker.
    const opens = phraseAt <= start + 1 || frontedAdverbial(ctx, start, phraseAt);
    if (!inner?.phrase || !opens || (start > 0 && phraseAt < start - 1) || inner.ranges[0][0] >= end) return undefined;
    // "The ministry has not confirmed that …, she said": a body that said nothing relays nothing; the words are hers.
    if (inner.negated) return undefined;
    // "The new measures … added the freezing of assets, the ministry said": a thing is not a speaker.
    const a = analysedPhrase(ctx.phrases, inner.phrase.text, lex);
    if (a.kind === "pronoun" || (a.kind === "description" && !lex.speakerHeads.has(a.head) && !lex.bodyHeads.has(a.head))) return undefined;
    // "Seoul voiced its concern …, Vice Minister Lena Holm told the envoy": the person tells the place's words, as they were put.
    const told = !stances && personTellsBody(ctx, inner.phrase, closing.phrase, lex);
    inner.ranges = [[inner.ranges[0][0], Math.min(inner.ranges[0][1], end)]];
    // "She added that Ruiz has warned …": a pronoun relays for the speaker before.
    const outer = closing.phrase ? analysedPhrase(ctx.phrases, closing.phrase.text, lex) : undefined;
    if (told) inner.phrase = closing.phrase;
    else if (outer?.kind === "pronoun") inner.viaPrevious = true;
    else inner.via = closing.phrase ? channelName(closing.phrase.text, true, lex) || closing.phrase.text : "";
    return inner;
  }
  return undefined;
}

/**
 * 'Kim “underscored the need to …,” the agency reported': a quotation that opens with a verb of
 * saying, after its subject outside the marks, is that subject's words; who closes relays them.
 */
function quotedVerbSpeaker(ctx: Ctx, closing: Draft, lex: StatementLexicon): Draft | undefined {
  const [start, end] = closing.ranges[0];
  const quote = ctx.quotes.find((q) => q.open >= start && q.open < end);
  if (!quote || !closing.phrase) return undefined;
  const first = tokenAt(ctx, quote.innerStart);
  const mark = tokenAt(ctx, quote.open);
  if (!ctx.tokens[first] || ctx.tokens[first].start !== quote.innerStart || !speechVerbAt(ctx.tokens, first, lex)) return undefined;
  const subject = subjectBefore(ctx, mark, lex)?.phrase;
  if (!subject || subject.start - ctx.sentence.start < start) return undefined;
  const a = analysedPhrase(ctx.phrases, subject.text, lex);
  if (a.kind !== "person" && a.kind !== "body") return undefined;
  return { ...closing, phrase: subject, ranges: [[quote.open, end]], via: channelName(closing.phrase.text, true, lex) || closing.phrase.text };
}

/** Whether the words from `start` to `at` are an adverbial set off by a comma ("Prior to the visit, "), the clause's subject after it. */
function frontedAdverbial(ctx: Ctx, start: number, at: number): boolean {
  const words = ctx.text.slice(start, at).trimEnd();
  if (at <= start || !words.endsWith(",") || words.slice(0, -1).includes(",") || words.split(/\s+/).length > MAX_FRONTED_WORDS) return false;
  // "Earlier this week, …", "Prior to the visit, …": an adverb opens it as a preposition does.
  const first = ctx.tokens[tokenAt(ctx, start)];
  const adverb = first?.pos === "ADV" && !ctx.quoted[first.start] && ctx.tokens.every((t) => t.start < start || t.start >= at || (t.pos !== "VERB" && t.pos !== "AUX"));
  return adverb || isAdverbial(ctx, [start, at]) || participlePhrase(ctx, start, at);
}

/** Whether [start, at) is a prepositional phrase whose only verbs are participles after its noun ("In a statement released on Monday,"). */
function participlePhrase(ctx: Ctx, start: number, at: number): boolean {
  const inside = ctx.tokens.filter((t) => t.start >= start && t.start < at && t.word);
  if (inside[0]?.pos !== "ADP" || ctx.quoted[inside[0].start]) return false;
  return inside.every((t, k) => t.pos !== "AUX" && (t.pos !== "VERB" || (k > 1 && /(?:ed|en|ing)$/.test(t.lower) && (inside[k - 1].pos === "NOUN" || inside[k - 1].pos === "PROPN"))));
}

/** How many words a fronted adverbial before an inner speaker may take. */
const MAX_FRONTED_WORDS = 10;

/** "…, TASS cited Peskov as saying", "Putin was quoted by RIA as saying …", "… has been condemned by the U.S.": the speaker speaks, the outlet relays. */
export function framedStatements(ctx: Ctx, lex: StatementLexicon): Draft[] {
  const out: Draft[] = [];
  for (const frame of findSpeechFrames(ctx.text, ctx.quoted, lex)) {
    let range: Range;
    if (frame.content) {
      // ", which Moscow denies": the words that deny are the statement; what they deny stands before.
      range = [frame.content.start, frame.content.end];
      // "The claim was made by the admiral": the subject takes up the words before.
      if (frame.content.start - frame.start <= 1 && takesUpBefore(ctx, range)) continue;
    } else if (frame.verb && frame.relays && /^\s*,/.test(ctx.text.slice(frame.end)) && !ctx.text.slice(0, frame.start).trim()) {
      // "As explained by the interpreter, the captive hid in a bunker": a fronted aside, the words after it.
      range = [frame.end + /^\s*,\s*/.exec(ctx.text.slice(frame.end))![0].length, proseEnd(ctx)];
    } else if (frame.verb) {
      // "The transfer … has been condemned by the U.S.": the subject is what was condemned.
      range = [skipStrayQuote(ctx, 0), ctx.text.slice(0, frame.start).trimEnd().length];
      // "This development was confirmed by …": a demonstrative takes up the sentence before, no words here.
      if (takesUpBefore(ctx, range)) continue;
    } else if (frame.contentBefore || adverbialAfter(ctx, frame.end)) {
      // '"…," the statement read': a frame that opens on the comma and closing mark ends its words after them.
      const lead = /^[,;"”’'\s]*/.exec(ctx.text.slice(frame.start))![0].length;
      const boundary = contentBoundary(ctx, ctx.text.slice(0, frame.start + lead).trimEnd().length);
      if (boundary < 0) continue;
      range = [skipStrayQuote(ctx, 0), boundary];
    } else {
      const from = frame.end + (/^\s*(?:that\b)?\s*/.exec(ctx.text.slice(frame.end))?.[0].length ?? 0);
      range = [from, proseEnd(ctx)];
    }
    if (range[1] <= range[0]) continue;
    // "Port records show nothing unusual, the captain said": a frame of evidence with no one relaying
    // gives way to a verb of saying in the words after it, whose speaker tells them.
    if (!frame.via && !frame.verb && !frame.content && range[0] >= frame.end && hasSpeechVerb(ctx, range[0], range[1], lex)) continue;
    const speaker = beforeDate(ctx, frame.speaker);
    out.push({
      ctx,
      phrase: { text: speaker.text, start: speaker.start + ctx.sentence.start, end: speaker.end + ctx.sentence.start },
      anchor: frame.start,
      ranges: [range],
      attribution: [[frame.start, frame.end]],
      // The verb's one-word entry ("expressed"), not a phrase it opens ("expressed gratitude").
      stance: (frame.verb && lex.verbs.get(frame.verb.toLowerCase())?.find((v) => v.words.length === 1)?.stance) || "other",
      negated: false,
      via: frame.via ? channelName(frame.via.text, true, lex) : "",
      nominal: false,
      relaysAside: frame.relays,
    });
  }
  return out;
}

/**
 * "Ruiz said the port would reopen, as reported by the Andina agency", '"…," the CEO declared, as
 * reported by CNN': words before an aside that relays which name their own speaker and verb of
 * saying are that speaker's; the aside's speaker is their channel, no speaker of its own. Which
 * asides stand as statements.
 */
function relayedByAside(relayed: Draft[], drafts: Draft[], lex: StatementLexicon): Draft[] {
  return relayed.filter((r) => {
    if (!r.relaysAside || !r.phrase) return true;
    const [start, end] = r.ranges[0];
    const base = r.ctx.sentence.start;
    const inner = drafts.filter((d) => d.phrase && d.phrase.start - base >= start && d.phrase.end - base <= end && d.ranges.every(([s, e]) => s >= start && e <= end));
    for (const d of inner) d.via ||= channelName(r.phrase.text, true, lex);
    return inner.length === 0;
  });
}

/** How many words a subject that takes up the sentence before may have ("This", "These new reports"). */
const MAX_DEMONSTRATIVE_WORDS = 3;

/**
 * Whether the words of a range take up the sentence before and word nothing of their own: a
 * demonstrative and a few words ("This development"), a pronoun ("It"), or "the" and a noun of
 * information or number ("The figure", "The claim").
 */
export function takesUpBefore(ctx: Ctx, [s, e]: Range): boolean {
  const words = ctx.text.slice(s, e).trim().toLowerCase().split(/\s+/);
  if (words.length === 1 && ctx.words.pronouns.has(words[0])) return true;
  if (words.length === 2 && words[0] === "the" && ctx.words.takenUpNouns.has(words[1])) return true;
  return words.length <= MAX_DEMONSTRATIVE_WORDS && ctx.words.demonstratives.has(words[0]);
}

/** A frame's speaker up to a date inside it ("confirmed by the minister on November 5, 2024" → "the minister"), and the preposition before the date. */
function beforeDate(ctx: Ctx, speaker: { text: string; start: number; end: number }): { text: string; start: number; end: number } {
  const base = ctx.sentence.start;
  const date = ctx.dates.find((d) => d.start - base > speaker.start && d.start - base < speaker.end);
  if (!date) return speaker;
  const words = ctx.text.slice(speaker.start, date.start - base).trimEnd().split(/\s+/);
  while (words.length > 1 && ctx.words.tailPrepositions.has(words[words.length - 1].toLowerCase())) words.pop();
  const text = words.join(" ");
  if (!ctx.text.startsWith(text, speaker.start)) return speaker;
  return { text, start: speaker.start, end: speaker.start + text.length };
}

/**
 * Whether only an adverbial follows a frame ('"…," Putin was quoted by RIA as saying at the
 * start of talks.'): a preposition first and no verb after it, so the words said stand before.
 */
function adverbialAfter(ctx: Ctx, from: number): boolean {
  const end = proseEnd(ctx);
  let i = tokenAt(ctx, from);
  if (ctx.tokens[i]?.pos !== "ADP" || ctx.tokens[i].lower === "that") return false;
  for (; i < ctx.tokens.length && ctx.tokens[i].start < end; i++) if (ctx.tokens[i].pos === "VERB" || ctx.tokens[i].pos === "AUX") return false;
  return true;
}

/** Parts of speech before a word that make it a noun the tagger read right ("recent reports", "the claims"). */
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "DET", "NUM"]);
/** Prepositions after a word the tagger reads as a noun that open its complement ("reports from", "claims by"). */
const NOUN_COMPLEMENTS: ReadonlySet<string> = new Set(["from", "of", "by"]);

export function findAnchors(ctx: Ctx, lex: StatementLexicon): Anchor[] {
  const anchors: Anchor[] = [];
  if (!ctx.mayHoldCue) return anchors;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || ctx.quoted[t.start]) continue;
    // "claimed responsibility for …": the phrase speaks before the verb alone ("claimed" would want a clause).
    const verb = lightVerbPhraseAt(tokens, i, lex) ?? speechVerbAt(tokens, i, lex) ?? speechVerbByLemma(tokens, i, lex);
    if (!verb) continue;
    // Speech verbs are lower-case in prose; a capitalised one opens a headline or a sentence.
    if (/^\p{Lu}/u.test(t.text)) continue;
    // "according to BBC reports citing …": a noun of the phrase that names the source, not a verb.
    if (t.pos === "NOUN" && ctx.channels.some((c) => c.according && t.start >= c.start && t.end <= c.end)) continue;
    // "has been warning that …", "is claiming …": a form of "be" before the -ing form makes it the finite verb.
    const participle = t.lower.endsWith("ing") && !afterBe(ctx, i);
    const prev = tokens[i - 1];
    // "the first claims", "two statements", "Recent reports from …": a noun after a modifier or before
    // its complement, not a verb.
    // "Gulf states have accused …", "his claims were false": a form in -s before a plural auxiliary is the subject's
    // noun ("what it says is …", "the US claims is linked" keep their verb).
    if (/[^s]s$/.test(t.lower) && ctx.words.pluralAuxiliaries.has(tokens[i + 1]?.lower ?? "")) continue;
    if (t.pos === "NOUN" && ((prev && NOUN_MODIFIERS.has(prev.pos)) || NOUN_COMPLEMENTS.has(tokens[i + 1]?.lower ?? "")) && !afterAuxiliary(ctx, i)) continue;
    if (possessedSpeechNoun(ctx, i, lex)) continue;
    // ", condemning …", "with Seoul condemning …", "issued a statement condemning …" (the document's author speaks).
    const afterDocument = documentBefore(ctx, i, lex) >= 0;
    // "began by saying …": a preposition before the -ing form, whose speaker is the clause's subject.
    const afterPreposition = !!prev && ctx.words.gerundPrepositions.has(prev.lower);
    if (participle && prev?.text !== "," && !afterDocument && !afterPreposition && absoluteSubject(ctx, i, lex) === undefined) continue;
    // "with Lima accused of arming the rebels": after "with" and its noun a form in -ed is a passive participle, Lima the accused.
    if (!t.lower.endsWith("ing") && tokens[i + 1]?.pos === "ADP" && passiveAbsolute(ctx, i, lex)) continue;
    if (isPassive(ctx, i) || forSubjectInfinitive(ctx, i) || beInfinitive(ctx, i) || negatedParticiple(ctx, i)) continue;
    // 'attacked “the reckless spending of the council”': a judging verb's quoted object is the words judged.
    if (verb.afterObject.length > 0 ? !complementAfterObject(ctx, i, verb.afterObject) && !quotedJudgement(ctx, tokens[i + verb.words.length - 1].end, verb) : verb.syntax === "object" && relaysObject(ctx, i, verb.relays, lex)) continue;
    anchors.push({ token: i, end: tokens[i + verb.words.length - 1].end, verb, participle });
  }
  return anchors;
}

/** Whether an object verb only passes on its object's words: "cited Ruiz as saying …", "cited a report by the agency that …". */
function relaysObject(ctx: Ctx, i: number, relays: boolean, lex: StatementLexicon): boolean {
  return objectSaysAs(ctx, i, lex) || (relays && objectIsAnothersWords(ctx, i, lex));
}

/**
 * Whether an auxiliary of the perfect stands right before token `i` or before one modifier ("has long
 * accused", "have always claimed"): the tagger's noun after a modifier is then the verb.
 */
function afterAuxiliary(ctx: Ctx, i: number): boolean {
  const before = (k: number) => ctx.tokens[k]?.word && ctx.words.perfectAuxiliaries.has(ctx.tokens[k].lower);
  return before(i - 1) || (before(i - 2) && /^(?:ADJ|ADV)$/.test(ctx.tokens[i - 1].pos));
}

/** Whether "with" and a noun phrase with no comma stand right before token `i` ("with Lima accused of …", not "with Saab, Ruiz said"). */
function passiveAbsolute(ctx: Ctx, i: number, lex: StatementLexicon): boolean {
  const subject = absoluteSubject(ctx, i, lex);
  return subject !== undefined && !subject.text.includes(",");
}

/**
 * Whether "not" stands before a form in -ed with no auxiliary before it, past adverbs: a reduced relative
 * ("many others not explicitly mentioned"), since a finite verb is negated with "did not".
 */
function negatedParticiple(ctx: Ctx, i: number): boolean {
  if (!/ed$/.test(ctx.tokens[i].lower)) return false;
  let k = i - 1;
  while (k >= 0 && /ly$/.test(ctx.tokens[k].lower)) k--;
  // "not only denied … but also …" coordinates finite verbs.
  return ctx.tokens[k]?.lower === "not" && ctx.tokens[k + 1]?.lower !== "only" && !ctx.words.auxiliaries.has(ctx.tokens[k - 1]?.lower ?? "") && ctx.tokens[k - 1]?.pos !== "AUX";
}

/** Whether a form of "be" stands before token `i`, past adverbs ("has long been arguing", "were still insisting"). */
function afterBe(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ctx.tokens[k].word && ctx.tokens[k].text === ctx.tokens[k].lower && (/ly$/.test(ctx.tokens[k].lower) || ctx.words.auxiliaries.has(ctx.tokens[k].lower) || ctx.words.verbAdverbs.has(ctx.tokens[k].lower)) && !ctx.words.passiveAuxiliaries.has(ctx.tokens[k].lower)) k--;
  return k >= 0 && ctx.words.passiveAuxiliaries.has(ctx.tokens[k].lower) && ctx.tokens[k].lower !== "being";
}

/** How many words may stand between a verb that needs "that" and its "that" ("assessed in a report in March that …"). */
const MAX_WORDS_BEFORE_THAT = 12;

/**
 * Whether an anchor may open a clause of its own, and so end the content of the one before: a verb that
 * speaks only before "that" or a question word needs one soon after it ("accused Ostburg of jamming radio
 * signals at the border": "signals" opens nothing).
 */
function mayOpenClause(ctx: Ctx, anchor: Anchor): boolean {
  if (!anchor.verb.needsThat) return true;
  const { tokens } = ctx;
  for (let k = anchor.token + 1; k < tokens.length && k <= anchor.token + MAX_WORDS_BEFORE_THAT; k++) {
    if (tokens[k].lower === "that" || opensQuestion(ctx, anchor.verb.lemma, tokens[k].lower)) return true;
  }
  return false;
}

/** Whether the verb at token `i` is a participle after a form of "be" ("has been mentioned", "was widely reported"). */
function isPassive(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.lower.endsWith("ing")) return false;
  let k = i - 1;
  // "was widely reported", "is often indicated": adverbs between the auxiliary and the participle.
  while (k >= 0 && ctx.tokens[k].word && (/ly$/.test(ctx.tokens[k].lower) || ctx.words.verbAdverbs.has(ctx.tokens[k].lower)) && ctx.tokens[k].text === ctx.tokens[k].lower) k--;
  return k >= 0 && ctx.words.passiveAuxiliaries.has(ctx.tokens[k].lower);
}
