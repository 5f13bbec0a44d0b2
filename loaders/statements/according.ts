/**
 * "according to X" with any noun phrase X ("according to the poll", "According to federal
 * statistics, …"): the data's channels name the outlets and officials they know; any other
 * phrase after the words of data/statement-words.yaml `according_phrases` is read here, to
 * the next comma, semicolon, colon, parenthesis or quotation, or the end of the prose. Then
 * the statements such phrases make (accordingTo): "…, according to X." and "According to X, …".
 */
import { channelName, type ChannelSpan } from "../attribution.ts";
import { appositionRole, type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { allMatches } from "../text.ts";
import { isAdverbial } from "./clause-openings.ts";
import { hasFiniteVerb, opensPredicate } from "./predicates.ts";
import { personAccording } from "./person-relays.ts";
import { type Ctx, type Draft, type Range, contentBoundary, proseEnd, skipStrayQuote } from "./sentence.ts";

/** A phrase longer than this is a clause, not who said it. */
const MAX_PHRASE_WORDS = 25;

/** The "according to X" spans of a sentence that `known` does not already hold, as channels that may name the speaker. */
export function accordingToAny(text: string, quoted: Uint8Array, known: ChannelSpan[], proseEnd: number, dates: Array<{ start: number; end: number }>, lex: StatementLexicon): ChannelSpan[] {
  const out: ChannelSpan[] = [];
  for (const m of allMatches(lex.words.according, text)) {
    const start = m.index;
    if (quoted[start] || known.some((c) => start >= c.start && start < c.end)) continue;
    const from = start + m[0].length;
    // "according to The Washington Post on Saturday": a date that ends the phrase is when, not who
    // ("according to a study released on Monday by the Forum" goes on past its date).
    const full = phraseEnd(text, quoted, from, proseEnd);
    const date = dates.find((d) => d.start > from && d.start < full && !/\S/.test(text.slice(d.end, full)));
    let end = withoutTailPreposition(text, from, date ? date.start : full, lex);
    // "according to a joint statement by Lima and Quito that the two presidents issued during …": a source
    // with its agent ends before the relative clause on it.
    const relative = / (?:that|which) /.exec(text.slice(from, end));
    if (relative && / (?:by|from) /.test(text.slice(from, from + relative.index))) end = from + relative.index;
    const phrase = text.slice(from, end);
    const words = phrase.split(/\s+/).filter(Boolean).length;
    if (words === 0 || words > MAX_PHRASE_WORDS) continue;
    // "according to the state agency KCNA": an outlet named after its description is the channel by its name.
    out.push({ start, end, via: channelName(phrase, true, lex), media: false, according: true });
  }
  return out;
}

/** Where the phrase that starts at `from` ends. */
function phraseEnd(text: string, quoted: Uint8Array, from: number, proseEnd: number): number {
  let k = from;
  while (k < proseEnd && !quoted[k] && !",;:(“\"".includes(text[k])) k++;
  while (k > from && /\s/.test(text[k - 1])) k--;
  return k;
}

/** The phrase's end without a preposition left dangling before a date ("… Post on"), nor a day named after it. */
function withoutTailPreposition(text: string, from: number, end: number, lex: StatementLexicon): number {
  const words = text.slice(from, end).split(/(\s+)/);
  while (words.length > 2 && (lex.words.tailPrepositions.has(words[words.length - 1].toLowerCase()) || lex.words.days.has(words[words.length - 1].toLowerCase()))) words.splice(-2, 2);
  return from + words.join("").length;
}

/** Where an apposition that gives a role ends (its comma), when one opens the text at `s`: "a professor at Leiden, …". */
function leadingApposition(ctx: Ctx, s: number, end: number, lex: StatementLexicon): number | undefined {
  const comma = ctx.text.indexOf(",", s);
  if (comma <= s || comma >= end || ctx.quoted[s]) return undefined;
  const text = ctx.text.slice(s, comma);
  if (!lex.speakerWords.appositionDeterminer.test(text) || text.split(/\s+/).length > MAX_APPOSITION_WORDS) return undefined;
  return appositionRole(text, lex) ? comma : undefined;
}

/** How many words a leading apposition may take. */
const MAX_APPOSITION_WORDS = 10;

/** "…, according to X." and "According to X, …": X speaks, unless someone else does and X carries it. */
export function accordingTo(ctx: Ctx, lex: StatementLexicon, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const channel of ctx.channels.filter((c) => c.according)) {
    // An act told with a verb of saying ("a strike has claimed dozens of lives") gives no words: "according to" still does.
    // Not a verb after a closing "according to X": "…, according to an officer, who confirmed the toll" is X's own clause.
    const closing = channel.start > 1 && !opensSentence(ctx, channel.start);
    const own = drafts.filter((d) => d.ctx === ctx && !d.nominal && !d.occasionOnly && !(closing && d.anchor >= channel.end));
    if (own.length > 0) {
      const target = own.filter((d) => d.ranges[0][0] < channel.start).pop() ?? own[0];
      // "The agency said that …, according to lawmaker Ivo Dane": the person tells the body's words.
      const teller = accordingPhrase(ctx, channel, lex);
      if (channel.start > 1 && personAccording(ctx, target, teller, lex)) target.phrase = teller;
      else if (!target.via) target.via = channel.via;
      continue;
    }
    const end = proseEnd(ctx);
    const whole = ctx.text.slice(channel.start, channel.end).replace(lex.words.accordingLead, "");
    // "according to BBC reports citing Western officials": the officials speak, the reports carry it.
    const relay = relayIn(whole, lex);
    const phraseText = relay ? relay.speaker : whole;
    const phraseStart = channel.end - phraseText.length;
    const phrase: SpeakerPhrase = { text: phraseText, start: phraseStart + ctx.sentence.start, end: channel.end + ctx.sentence.start };
    let range: Range;
    let predicate: Range | undefined;
    if (channel.start <= 1 || opensSentence(ctx, channel.start)) {
      range = [leadingContentStart(ctx, channel.end, end, phrase, phraseStart, lex), end];
    } else {
      const boundary = contentBoundary(ctx, ctx.text.slice(0, channel.start).trimEnd().length);
      if (boundary < 0) continue;
      range = [skipStrayQuote(ctx, 0), boundary];
      // "In return, according to Lima, the prisoners will be freed": a fronted adverbial is no content; the clause after is.
      const after = clauseAfter(ctx, channel.end, end);
      if (after && isAdverbial(ctx, range)) range = after;
      // "The convoy, according to Lima, carried 40 tanks": a subject with no verb takes the predicate after the phrase.
      else if (after && !hasFiniteVerb(ctx, range) && opensPredicate(ctx, after[0])) predicate = after;
    }
    if (range[1] <= range[0]) continue;
    // 'According to KCNA, “…”' carries the last speaker's words; 'According to the institute's analysts, “…”' are theirs.
    const quoteOnly = channel.media && ctx.quotes.some((q) => q.open === range[0] && q.close >= range[1] - 1);
    out.push({
      ctx,
      phrase: quoteOnly ? undefined : phrase,
      previousSpeaker: quoteOnly,
      anchor: channel.start,
      ranges: predicate ? [range, predicate] : [range],
      attribution: [[channel.start, channel.end]],
      stance: "other",
      negated: false,
      via: quoteOnly ? channel.via : relay ? channelName(relay.via, true, lex) : "",
      nominal: false,
    });
  }
  return out;
}

/**
 * "According to X, …": where the content starts after X, X's phrase taking a description's tail
 * and an apposition on the way (`phrase` is completed in place).
 */
function leadingContentStart(ctx: Ctx, from: number, end: number, phrase: SpeakerPhrase, phraseStart: number, lex: StatementLexicon): number {
  let s = from;
  // "According to officials familiar with the talks, …": the description's tail runs to its comma.
  const tail = descriptionTail(ctx, s, end, lex);
  if (tail !== undefined) {
    phrase.text = ctx.text.slice(phraseStart, tail);
    phrase.end = tail + ctx.sentence.start;
    s = tail;
  }
  while (s < end && /[\s,]/.test(ctx.text[s])) s++;
  // "According to Petra Holm, a professor at Leiden, the dikes held": the apposition names her role.
  const apposition = leadingApposition(ctx, s, end, lex);
  if (apposition) {
    phrase.apposition = ctx.text.slice(s, apposition);
    s = apposition;
    while (s < end && /[\s,]/.test(ctx.text[s])) s++;
  }
  return s;
}

/**
 * Where a description's tail after its head ends ("officials | familiar with the talks,", "a spokesman | for the navy,"):
 * a postmodifying adjective or a head's link word, then a few words to a comma.
 */
function descriptionTail(ctx: Ctx, from: number, end: number, lex: StatementLexicon): number | undefined {
  const m = /^\s+(\p{Ll}+)\s[^,;:“"]{1,80}?(?=,)/u.exec(ctx.text.slice(from, end));
  if (!m || ctx.quoted[from + 1]) return undefined;
  // Not a list of sources ("sources in Lima and documents obtained by …"): a coordinator ends the description.
  const opens = (lex.words.postmodifierAdjectives.has(m[1]) || lex.speakerWords.headLinks.has(m[1])) && !/\s(?:and|or)\s/.test(m[0]);
  return opens && m[0].trim().split(/\s+/).length <= MAX_TAIL_WORDS ? from + m[0].length : undefined;
}

/** How many words a description's tail may take before its comma. */
const MAX_TAIL_WORDS = 8;

/** Whether only a sentence opener stands before `pos` ("Also according to …", "However, according to …"). */
function opensSentence(ctx: Ctx, pos: number): boolean {
  const before = ctx.text.slice(0, pos).split(/[\s,]+/).filter(Boolean);
  return before.length > 0 && before.length <= 2 && before.every((w) => ctx.words.sentenceOpeners.has(w.toLowerCase()));
}

/** The clause after an "according to" phrase set off by a comma, up to the prose end, if one follows. */
function clauseAfter(ctx: Ctx, from: number, end: number): Range | undefined {
  let s = from;
  if (ctx.text[s] !== ",") return undefined;
  while (s < end && /[\s,]/.test(ctx.text[s])) s++;
  return ctx.text.slice(s, end).trim().split(/\s+/).length >= 3 ? [s, end] : undefined;
}

/** The phrase an "according to" channel names, with article offsets. */
function accordingPhrase(ctx: Ctx, channel: ChannelSpan, lex: StatementLexicon): SpeakerPhrase {
  const text = ctx.text.slice(channel.start, channel.end).replace(lex.words.accordingLead, "");
  return { text, start: channel.end - text.length + ctx.sentence.start, end: channel.end + ctx.sentence.start };
}

/** The speaker and the channel of an "according to" phrase that holds a relaying participle ("BBC reports citing Western officials"). */
function relayIn(phrase: string, lex: StatementLexicon): { via: string; speaker: string } | undefined {
  for (const m of phrase.matchAll(/\s(\p{L}+)(?=\s)/gu)) {
    if (!lex.words.relayParticiples.has(m[1].toLowerCase())) continue;
    const via = phrase.slice(0, m.index).trim();
    const speaker = phrase.slice(m.index! + m[0].length).trim();
    return via && speaker ? { via, speaker } : undefined;
  }
  return undefined;
}
