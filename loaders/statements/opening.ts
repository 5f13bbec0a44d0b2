import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Anchor, CLOSE_MARKS, type Ctx, type Draft, type Range, type Token, isNegated, proseEnd, skipChannelOrDate, tokenAt, trimEnd } from "./sentence.ts";
import { reportedQuestionStart } from "./reported-questions.ts";
import { documentAuthor, documentBefore } from "./document-participles.ts";
import { namesWithoutQuotation } from "./naming-without-quotation.ts";
import { absoluteSubject, mainSubject } from "./main-subjects.ts";
import { subjectBefore } from "./subjects.ts";
import { disputedObject } from "./disputed-objects.ts";
import { asksObjectToAct, objectBeforeInfinitive } from "./object-control.ts";
import { announcesObject } from "./announced-objects.ts";

/** The first place after `from` where reported content stops: a cut word, a channel, a new speech verb. */
export function nextCut(ctx: Ctx, from: number, limit: number, lex?: StatementLexicon): number {
  return findCut(ctx, from, limit, lex).end;
}

/** Where content stops, and whether what follows still belongs to the attribution (a channel, a participle). */
export function findCut(ctx: Ctx, from: number, limit: number, lex?: StatementLexicon): { end: number; attribution: boolean } {
  const { tokens, text } = ctx;
  let end = limit;
  for (let i = tokenAt(ctx, from); i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (ctx.quoted[t.start]) continue;
    if (t.text === ";") return { end: t.start, attribution: false };
    const channel = ctx.channels.find((c) => c.start === t.start);
    // "reported that Ruiz said in an interview that …": a channel right after a verb of saying inside the words is that verb's.
    const innerVerb = !!lex && i > 0 && lex.verbs.has(tokens[i - 1].lower) && tokens[i - 1].start > from;
    if (channel && t.start > from && !innerVerb) return { end: trimEnd(text, t.start), attribution: true };
    if (!t.word) continue;
    // "… had been sent to Kursk and condemned the deployment": a second speech act by the same subject.
    if (t.lower === "and" && lex && t.start > from && isPastSpeechVerb(tokens[i + 1], lex)) return { end: trimEnd(text, t.start), attribution: false };
    let p = t.start;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    const comma = text[p - 1] === "," ? p - 1 : CLOSE_MARKS.includes(text[p - 1]) && text[p - 2] === "," ? p : -1;
    if (comma < 0 || t.start <= from) continue;
    if (lex && contrastedAct(ctx, i, lex)) return { end: comma, attribution: false };
    // "analysts say such a transfer, while provocative, would not be …": a verbless aside goes on with the clause.
    if (ctx.words.cutWords.has(t.lower) && !verblessAside(ctx, i, end)) return { end: comma, attribution: !ctx.words.clauseCutWords.has(t.lower) };
    // ", as thousands of troops were reported …": the writer's context, not the speaker's words ("as well as" lists on).
    if (t.lower === "as" && tokens[i + 1]?.lower !== "well" && tokens[i + 1]?.lower !== "part") return { end: comma, attribution: false };
    if (t.lower === "and" && lex) {
      const next = tokens[i + 1];
      const nextNext = tokens[i + 2];
      const verb = (x?: Token) => !!x && !!lex.verbs.get(x.lower);
      if (verb(next) || (next && ctx.words.auxiliaries.has(next.lower) && verb(nextNext))) return { end: comma, attribution: false };
    }
  }
  return { end, attribution: true };
}

/**
 * Whether the conjunction at token `i` opens a second act of speech by a subject of its own:
 * "said the vote was fair, though she noted delays", "…, but he said the count goes on".
 */
function contrastedAct(ctx: Ctx, i: number, lex: StatementLexicon): boolean {
  const { tokens, words } = ctx;
  if (!words.contrastConjunctions.has(tokens[i].lower) || !words.pronouns.has(tokens[i + 1]?.lower ?? "")) return false;
  let k = i + 2;
  while (tokens[k] && (words.auxiliaries.has(tokens[k].lower) || words.verbAdverbs.has(tokens[k].lower))) k++;
  return !!tokens[k] && !!lex.verbs.get(tokens[k].lower);
}

/** How many words a verbless aside may take between its conjunction and its closing comma ("while costly,"). */
const MAX_ASIDE_WORDS = 5;

/**
 * Whether the conjunction at token `i` opens a verbless aside inside the clause, closed by a comma within a few
 * words: "the plan, while costly, would pay for itself", "the fee, whereas high, was fair". A conjunction that
 * opens a clause of its own ("…, while the army denied it") has a verb before its comma, or none.
 */
function verblessAside(ctx: Ctx, i: number, limit: number): boolean {
  const { tokens } = ctx;
  if (!ctx.words.clauseCutWords.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_ASIDE_WORDS + 1 && tokens[k].start < limit; k++) {
    const t = tokens[k];
    if (ctx.quoted[t.start] || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || t.text === ";") return false;
    if (t.text === ",") return k > i + 1 && tokens[k + 1]?.start < limit && (tokens[k + 1].pos === "AUX" || tokens[k + 1].pos === "VERB");
  }
  return false;
}

/** Whether the words after the verb are only an object taking up words told elsewhere ("as much", "so", "the claim"). */
function takesUpOnly(ctx: Ctx, content: string): boolean {
  const object = ctx.words.takenUpObject.exec(content);
  return !!object && content.slice(object[0].length).trim() === "";
}

/** A speech verb in the past tense ("condemned", "said"), which can coordinate with the attribution's own. */
export function isPastSpeechVerb(t: Token | undefined, lex: StatementLexicon): boolean {
  if (!t || !t.word || t.text !== t.lower) return false;
  const verb = lex.verbs.get(t.lower)?.find((v) => v.words.length === 1 || v.words[0] === t.lower);
  return !!verb && /(?:ed|said|told|wrote)$/.test(t.lower) && !verb.quoted;
}

/** An attribution that opens its content: "Kirby said (that) …", "accused X of …". */
export function openingAttribution(ctx: Ctx, anchor: Anchor, lex: StatementLexicon, earlier: Draft[], nextAnchor?: Anchor): Draft | undefined {
  const { tokens, text } = ctx;
  const verbStart = tokens[anchor.token].start;
  const phrase = openingSpeaker(ctx, anchor, lex, earlier);
  // "No group has claimed responsibility": a subject that names no one says nothing.
  if (!phrase || ctx.words.noSpeakerWords.has(phrase.text.split(/\s/, 1)[0].toLowerCase())) return undefined;
  const end = proseEnd(ctx);
  const { start, objectStart, that, question } = clauseStart(ctx, anchor, end, lex);
  const { stop, tailIsAttribution, tailEnd } = contentEnd(ctx, anchor, lex, start, end, nextAnchor);
  if (stop <= start) return undefined;
  const content = text.slice(start, stop);
  if (content.split(/\s+/).length < 2 && !/^[“"«]/.test(content)) return undefined;
  // "said as much in an interview, arguing that …": an object that only takes up words told elsewhere is none;
  // the participle after it tells the words (taken-up-active.ts reads such a sentence that says nothing else).
  if (takesUpOnly(ctx, content)) return undefined;
  if (anchor.verb.quoted && !ctx.quotes.some((q) => q.open >= start && q.open < stop) && !namesWithoutQuotation(ctx, anchor)) return undefined;
  // 'asked, "Can you explain …?"', 'wondered: "Who will pay?"': a quotation right after the verb is its words.
  // 'questioned the very need for …': an object that is a claim or quality put in doubt is the words disputed (disputed-objects.ts).
  const disputedHead = anchor.verb.needsThat && !that && !question ? disputedObject(ctx, anchor.token + anchor.verb.words.length - 1) : undefined;
  if (anchor.verb.needsThat && !that && !question && disputedHead === undefined && !quotationAfterVerb(ctx, anchor, start) && !asksObjectToAct(ctx, anchor.token, lex)) return undefined;
  // "announced a new weapons package for Ukraine": a verb of saying with a noun phrase tells of an act, not of words.
  // "Tass reported the signing of the law": a fact reported, told as a noun phrase, is a statement still.
  const nounPhrase = anchor.verb.syntax === "that" && !that && disputedHead === undefined && !(ctx.words.nounPhraseWords.has(anchor.verb.lemma) && !anchor.participle) && !(ctx.words.nounPhraseReports.has(anchor.verb.lemma) && namesAFact(ctx, start)) && isNounPhrase(ctx, start, stop, lex);
  const ranges: Range[] = [[start, stop]];
  const added = tailIsAttribution ? addedClause(ctx, lex, stop, end) : undefined;
  if (added) ranges.push(added);
  // So is what was made known ("announced a ban on exports", "announced the swap, saying …").
  const occasionOnly = nounPhrase && !announcesObject(ctx, anchor, start, stop);

  const phraseStart = phrase.start - ctx.sentence.start;
  const attribution: Range[] = [[leadingStart(ctx, phraseStart), start]];
  // After the content, a channel or a participle tail is still attribution; another clause is not.
  const last = ranges[ranges.length - 1][1];
  if (tailIsAttribution) attribution.push([stop, last === stop ? tailEnd : ranges[1][0]]);
  if (last !== stop && tailIsAttribution) attribution.push([last, Math.max(last, tailEnd)]);
  // "announced new rules on Monday, saying that the old ones had failed": the occasion is no words; the added clause is.
  const saidWithOccasion = occasionOnly && added !== undefined;
  if (saidWithOccasion) attribution.push(ranges.shift()!);
  return {
    ctx,
    phrase,
    previousSpeaker: false,
    anchor: verbStart,
    ranges,
    attribution,
    stance: disputedHead && ctx.words.impugnedQualityHeads.has(disputedHead) ? "accuse" : anchor.verb.stance, // "questioned her honesty"
    negated: isNegated(ctx, verbStart, lex),
    via: "",
    objectStart,
    requestObject: that ? undefined : objectBeforeInfinitive(ctx, anchor.token, objectStart ?? start),
    nominal: false,
    thatClause: that,
    occasionOnly: occasionOnly && !saidWithOccasion,
  };
}

/**
 * Whether content is a noun phrase rather than a clause: it has no verb ("— a $1 billion
 * package of ammunition"), or none before a participle phrase set off by a comma or a dash ("a
 * new weapons package for Ukraine on Monday, estimated to be …"); a word in "-ing" does not
 * count ("matching sanctions"). "troops, mostly from the 11th Corps, have been sent" is a
 * clause, and ", claiming that …" brings words. A quotation is words said, whatever its form.
 */
function isNounPhrase(ctx: Ctx, start: number, stop: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  for (let i = tokenAt(ctx, start); i < tokens.length && tokens[i].start < stop; i++) {
    const t = tokens[i];
    if (ctx.quoted[t.start]) return false;
    const next = tokens[i + 1];
    // "…, claiming that they were involved": a participle of saying brings words after all.
    if ((t.text === "," || /^[—–]$/.test(t.text)) && next?.pos === "VERB") {
      if (next.lower.endsWith("ing") && lex.verbs.has(next.lower)) return false;
      // "the ferries, built in Norway, are due": a participle phrase set off on both sides, the clause goes on after it.
      const close = asideClose(ctx, i + 1, stop, t.text);
      if (close < 0) return true;
      i = close;
      continue;
    }
    if (t.pos === "AUX" || (t.pos === "VERB" && !t.lower.endsWith("ing"))) return false;
  }
  return true;
}

/** The token that closes an aside opened by `mark` before token `from` (the same mark again), or -1 when none does before `stop`. */
function asideClose(ctx: Ctx, from: number, stop: number, mark: string): number {
  const { tokens } = ctx;
  for (let k = from; k < tokens.length && tokens[k].start < stop; k++) if (tokens[k].text === mark && !ctx.quoted[tokens[k].start]) return k;
  return -1;
}

/** Whether the content at `start` is a quotation that a comma or a colon sets after the verb, with at most an adverb between ('asked, "…"', 'wondered aloud: "…"'). */
function quotationAfterVerb(ctx: Ctx, anchor: Anchor, start: number): boolean {
  if (!ctx.quotes.some((q) => q.open === start)) return false;
  const between = ctx.text.slice(anchor.end, start);
  return /^(?:\s+\p{L}+)?\s*[,:]\s*$/u.test(between);
}

/** Parts of speech a noun phrase that names a fact may open with ("the signing of …", "Putin's signing of …", "two launches"). */
const FACT_OPENERS: ReadonlySet<string> = new Set(["DET", "PROPN", "NUM", "ADJ", "NOUN"]);

/**
 * Whether the object at `start` opens a noun phrase that names a fact: a determiner, a name, a
 * number or a noun, not a preposition ("reported in Kursk"), an adverb ("reported twice a year"),
 * a participle ("reports citing …") or a demonstrative pronoun ("reported this while …").
 */
function namesAFact(ctx: Ctx, start: number): boolean {
  const k = tokenAt(ctx, start);
  const first = ctx.tokens[k];
  // "reported around 600 deaths", "reported nearly 40 injuries": a hedge before a count.
  if (first && !first.word) return false;
  if (first && (first.pos === "ADV" || first.pos === "ADP") && ctx.tokens[k + 1]?.pos === "NUM") return true;
  return !!first && FACT_OPENERS.has(first.pos) && !ctx.words.clauseSubjects.has(first.lower);
}

/** Who speaks: the subject before the verb, or for a participle or a coordinated verb ("… and Japan said") the clause's. */
function openingSpeaker(ctx: Ctx, anchor: Anchor, lex: StatementLexicon, earlier: Draft[]): SpeakerPhrase | undefined {
  const verbStart = ctx.tokens[anchor.token].start;
  // "…, with Seoul and Tokyo condemning …": the participle's own subject after "with" speaks.
  if (anchor.participle) {
    const own = absoluteSubject(ctx, anchor.token, lex);
    if (own) return own;
  }
  // "issued a joint statement condemning …": the subject of the verb that issued the document.
  const document = anchor.participle ? documentBefore(ctx, anchor.token, lex) : -1;
  if (document >= 0) return documentAuthor(ctx, document, lex);
  // ", blaming the US …": the speaker is the clause's subject.
  if (anchor.participle) return mainSubject(ctx, verbStart, lex);
  const left = subjectBefore(ctx, anchor.token, lex);
  if (!left) return undefined;
  if (!left.coordinated) return relativePronounSubject(ctx, left.phrase, lex) ?? left.phrase;
  const same = [...earlier].reverse().find((d) => d.ctx === ctx && d.phrase && !d.nominal);
  return same?.phrase ?? mainSubject(ctx, verbStart, lex);
}

/**
 * A pronoun that speaks inside a relative clause stands for the sentence's subject: "The ministry
 * fined two ships (that) it said were carrying rifles", "Ostmark sanctioned firms they accused of …".
 */
function relativePronounSubject(ctx: Ctx, phrase: SpeakerPhrase | undefined, lex: StatementLexicon): SpeakerPhrase | undefined {
  if (!phrase || !lex.words.pronouns.has(phrase.text.toLowerCase())) return undefined;
  const at = tokenAt(ctx, phrase.start - ctx.sentence.start);
  const before = ctx.tokens[at - 1];
  const relative = before && (before.pos === "NOUN" || ctx.words.relativeObjects.has(before.lower)) && ctx.tokens[at - 2]?.text !== ",";
  if (!relative) return undefined;
  // The clause's subject, or that of the sentence's first verb ("The harbour board closed three quays it said …").
  const verb = ctx.tokens.findIndex((t, k) => k < at && t.pos === "VERB" && !ctx.quoted[t.start]);
  const candidates = [mainSubject(ctx, phrase.start - ctx.sentence.start, lex), verb > 0 ? subjectBefore(ctx, verb, lex)?.phrase : undefined];
  return candidates.find((main) => !!main && main.end <= phrase.start && !lex.words.pronouns.has(main.text.toLowerCase()));
}

/** Where the content starts after the verb: past dates, channels and "that"; an object verb's content starts at the verb. */
function clauseStart(ctx: Ctx, anchor: Anchor, end: number, lex: StatementLexicon): { start: number; objectStart?: number; that: boolean; question?: boolean } {
  const { text } = ctx;
  let pos = infinitiveOfSaying(ctx, anchor.end, lex);
  // Skip what stands between the verb and its clause: dates, channels, "that".
  for (let guard = 0; guard < 10; guard++) {
    while (pos < end && /\s/.test(text[pos])) pos++;
    const skipped = skipChannelOrDate(ctx, pos, { according: false });
    if (skipped !== undefined) {
      pos = skipped;
      continue;
    }
    if (text[pos] === ":" || text[pos] === ",") {
      // "the NIS said, North Korea …": the comma of a parenthetical attribution opens nothing.
      pos++;
      continue;
    }
    const word = /^[\p{L}]+/u.exec(text.slice(pos, pos + 12))?.[0]?.toLowerCase() ?? "";
    if (ctx.words.days.has(word)) {
      pos += word.length;
      continue;
    }
    // "wondered aloud: …", "said simply, …": an adverb before the stop that opens the words.
    if (word && ctx.tokens[tokenAt(ctx, pos)]?.pos === "ADV" && /^\s*[,:]/.test(text.slice(pos + word.length, pos + word.length + 3))) {
      pos += word.length;
      continue;
    }
    break;
  }
  // "said in March that …", "pledged Friday during talks in Moscow that …": adverbials stand before "that".
  pos = adverbialsBeforeThat(ctx, pos, end);
  pos = adverbialsBeforeColon(ctx, pos, end);
  if (ctx.words.addresseeVerbs.has(anchor.verb.lemma)) pos = addresseeBeforeThat(ctx, pos, end);
  const that = /^that\b,?\s*/.exec(text.slice(pos, pos + 8));
  if (that) return { start: pos + that[0].length, that: true };
  // "asked whether …", "asked the mayor how …": a reported question, its word kept in the words.
  const question = reportedQuestionStart(ctx, anchor, pos, end);
  if (question !== undefined) return { start: question, that: false, question: true };
  if (anchor.verb.syntax === "object") return { start: ctx.tokens[anchor.token].start, objectStart: anchor.end, that: false };
  return { start: pos, that: false };
}

/** After a verb, past an infinitive of saying ("responded to say …", "wrote to tell them that …"): where the words begin. */
function infinitiveOfSaying(ctx: Ctx, pos: number, lex: StatementLexicon): number {
  const k = tokenAt(ctx, pos);
  const marker = ctx.tokens[k];
  const verb = ctx.tokens[k + 1];
  if (!marker || !verb || !ctx.words.infinitiveMarkers.has(marker.lower) || verb.pos !== "VERB" || !lex.verbs.get(verb.lower)?.some((v) => v.syntax === "that")) return pos;
  return verb.end;
}

/** The content runs to the next cut, or to where another speaker's attribution begins; and whether what follows is still attribution. */
function contentEnd(ctx: Ctx, anchor: Anchor, lex: StatementLexicon, start: number, end: number, nextAnchor?: Anchor): { stop: number; tailIsAttribution: boolean; tailEnd: number } {
  const { text } = ctx;
  const cut = findCut(ctx, Math.max(start, anchor.end), end, lex);
  let stop = cut.end;
  let tailIsAttribution = cut.attribution;
  let tailEnd = text.length;
  if (nextAnchor) {
    const other = subjectBefore(ctx, nextAnchor.token, lex);
    const otherStart = other?.phrase ? other.phrase.start - ctx.sentence.start : -1;
    if (otherStart > start && otherStart < stop && !other?.coordinated) {
      stop = trimEnd(text, otherStart);
      tailIsAttribution = false;
    }
    // "announced the move in a joint statement after Chile accused Peru of …": the channel's tail ends where
    // another speaker's clause begins.
    else if (otherStart >= stop && !other?.coordinated) tailEnd = trimEnd(text, otherStart);
  }
  return { stop: trimEnd(text, stop), tailIsAttribution, tailEnd };
}

/**
 * ", adding …" / ", noting …" adds a clause to the same statement. It may come after a
 * channel and a date ("… in a statement carried by KCNA on Monday, adding …").
 */
function addedClause(ctx: Ctx, lex: StatementLexicon, stop: number, end: number): Range | undefined {
  const { text } = ctx;
  const rest = text.slice(stop, stop + 120);
  const add = ctx.words.addingClause.exec(rest);
  if (!add || /[“"«]/.test(rest.slice(0, add.index))) return undefined;
  let s2 = stop + add.index + add[0].length;
  // ", adding: “…”": the colon opens the quotation added, no words of its own.
  s2 += /^\s*:?\s*/.exec(text.slice(s2))![0].length;
  const e2 = trimEnd(text, nextCut(ctx, s2, end, lex));
  return e2 > s2 ? [s2, e2] : undefined;
}


/**
 * When an adverbial (a preposition and its noun phrase, no comma, no clause) stands between
 * the verb and "that", the clause starts at "that": returns its position, else `pos` unchanged.
 */
export function adverbialsBeforeThat(ctx: Ctx, pos: number, end: number): number {
  const { tokens } = ctx;
  const first = tokenAt(ctx, pos);
  if (!tokens[first] || !ctx.words.adverbialStarts.has(tokens[first].lower) || ctx.quoted[tokens[first].start]) return pos;
  for (let k = first + 1; k < tokens.length && k < first + 12 && tokens[k].start < end; k++) {
    const t = tokens[k];
    if (ctx.quoted[t.start] || !t.word) return pos;
    if (t.lower === "that") return t.start;
  }
  return pos;
}

/** How many characters an adverbial between a verb and the colon before its quotation may take ("wrote on her blog: …"). */
const MAX_ADVERBIAL_BEFORE_COLON = 80;

/**
 * When an adverbial (no verb, no comma) stands between the verb and a colon that opens a quotation
 * ('wrote on her blog: "…"', 'said in a post on Friday: "…"'): the position of the quotation, else `pos`.
 */
function adverbialsBeforeColon(ctx: Ctx, pos: number, end: number): number {
  const quote = ctx.quotes.find((q) => q.open > pos && q.open < end);
  if (!quote || quote.open - pos > MAX_ADVERBIAL_BEFORE_COLON || !/:\s*$/.test(ctx.text.slice(pos, quote.open))) return pos;
  const colon = ctx.text.lastIndexOf(":", quote.open);
  if (/[,;:]/.test(ctx.text.slice(pos, colon))) return pos;
  for (let k = tokenAt(ctx, pos); k < ctx.tokens.length && ctx.tokens[k].start < colon; k++) {
    const t = ctx.tokens[k];
    if (t.pos === "VERB" || t.pos === "AUX" || ctx.quoted[t.start]) return pos;
  }
  return quote.open;
}

/**
 * When the addressee of a verb of telling stands between the verb and "that" ("told a local radio
 * program Friday that …", "assured the visiting ministers that …"): the position of "that", within a
 * few words and with no comma, quotation or verb between; else `pos` unchanged.
 */
function addresseeBeforeThat(ctx: Ctx, pos: number, end: number): number {
  const { tokens } = ctx;
  const first = tokenAt(ctx, pos);
  for (let k = first; k < tokens.length && k < first + MAX_ADDRESSEE_WORDS && tokens[k].start < end; k++) {
    const t = tokens[k];
    // A participle before a noun modifies it ("fishing crews", "visiting ministers"); another verb ends the search.
    const modifier = t.pos === "VERB" && /(?:ing|ed)$/.test(t.lower) && tokens[k + 1]?.pos === "NOUN";
    if (ctx.quoted[t.start] || t.text === "," || t.text === ";" || ((t.pos === "VERB" || t.pos === "AUX") && !modifier)) return pos;
    if (t.lower === "that") return k === first ? pos : t.start;
  }
  return pos;
}

/** How many words an addressee and its date may take before "that". */
const MAX_ADDRESSEE_WORDS = 10;

/** Where an attribution's own words begin: the subject, or the start of a leading adverbial ("Last week, …"). */
export function leadingStart(ctx: Ctx, subjectStart: number): number {
  const before = ctx.text.slice(0, subjectStart);
  if (/,\s*$/.test(before) && before.split(",").length === 2) return 0;
  // "In its final report, released in March, the panel said": adverbials before the subject, however many.
  if (/,\s*$/.test(before) && /^\s*(?:In|On|At|After|Before|During|Earlier|Later|Last)\b/.test(before) && !ctx.quotes.some((q) => q.open < subjectStart)) return 0;
  return Math.max(0, subjectStart);
}
