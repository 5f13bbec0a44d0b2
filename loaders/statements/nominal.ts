/**
 * Statements named by nouns: "comments by the Pentagon last week that …", "data from C4ADS
 * that shows …", "a Financial Times report that …", "Putin's claim that …", "Guterres’ recent
 * condemnation of …", "its denials".
 */
import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { nextCut } from "./opening.ts";
import { type Ctx, type Draft, type Token, analysedPhrase, dateAt, dateEndingAt, proseEnd, tokenAt, trimEnd } from "./sentence.ts";

export function nominalStatements(ctx: Ctx, lex: StatementLexicon, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const { tokens } = ctx;
  const end = proseEnd(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || ctx.quoted[t.start]) continue;
    if (lex.sourceNouns.has(t.lower)) {
      const draft = sourceNounStatement(ctx, lex, i, end, drafts);
      if (draft) out.push(draft);
      continue;
    }
    const stance = lex.stanceNouns.get(t.lower);
    // "accusations by the unions that …": a noun of stance with its author and its clause, as a noun of saying.
    const draft = stance && (sourceNounStatement(ctx, lex, i, end, drafts, stance) ?? stanceNounStatement(ctx, i, end, stance));
    if (draft) out.push(draft);
  }
  return out;
}

/** Where a source noun's speaker stands (sentence offsets) and the token of its "that". */
interface SourceSpeaker {
  start: number;
  end: number;
  thatTok: number;
  /** Named after "in" ("allegations in the Peruvian media that …"): only the media speak so. */
  within?: boolean;
  /** The speaker's words when not the text at its offsets ("he" for "his"). */
  text?: string;
}

/** NOUN by|from SPEAKER [date] that [shows] CLAUSE, or OUTLET NOUN that CLAUSE. */
function sourceNounStatement(ctx: Ctx, lex: StatementLexicon, i: number, end: number, drafts: Draft[], stance: Draft["stance"] = "other"): Draft | undefined {
  const { tokens, text } = ctx;
  const t = tokens[i];
  const speaker = sourceSpeakerAfter(ctx, i) ?? sourceOutletBefore(ctx, i) ?? sourcePossessor(ctx, lex, i, drafts);
  if (!speaker) return undefined;
  let s = tokens[speaker.thatTok].end;
  // "data … that shows": the verb is the source's, not the content.
  const verb = /^\s+(\w+)/.exec(text.slice(s, s + 20));
  if (verb && ctx.words.sourceVerbs.has(verb[1])) s += verb[0].length;
  // "… suggesting that Peru had sent troops": the participle's own "that".
  else if (verb?.[1] === "that" && ctx.words.sourceParticiples.has(tokens[speaker.thatTok].lower)) s += verb[0].length;
  while (s < end && /\s/.test(text[s])) s++;
  if (issuedRelative(ctx, s, end, lex)) return undefined;
  let stop = trimEnd(text, nextCut(ctx, s, end, lex));
  // "Asked about Ruiz's claim that the quay was unsafe, Voss said …": the clause ends where another speaker begins.
  const base = ctx.sentence.start;
  for (const d of drafts) {
    const at = d.ctx === ctx && !d.nominal && d.phrase ? d.phrase.start - base : -1;
    if (at > s && at < stop) stop = trimEnd(text, at);
  }
  while (stop > s && /[\s,;]/.test(text[stop - 1])) stop--;
  if (stop - s < 10) return undefined;
  const phraseText = speaker.text ?? text.slice(speaker.start, speaker.end);
  const a = analysedPhrase(ctx.phrases, phraseText, lex);
  // A named speaker, one a description names by its head ("the unions", "two senior officials"), or a possessive pronoun's owner.
  if (a.kind !== "person" && a.kind !== "body" && a.kind !== "media" && !(a.kind === "description" && lex.speakerHeads.has(a.head)) && !(a.kind === "pronoun" && speaker.text)) return undefined;
  // "reports in the Chilean press that …" are the outlets'; "claims in Lima that …" name where, not who.
  if (speaker.within && a.kind !== "media" && !lex.mediaHeads.has(a.head)) return undefined;
  const host = drafts.find((d) => d.ctx === ctx && d.attribution.some(([x, y]) => t.start >= x && t.start < y) && !d.ranges.some(([x, y]) => t.start >= x && t.start < y));
  return {
    ctx,
    phrase: { text: phraseText, start: speaker.start + base, end: speaker.end + base },
    anchor: t.start,
    ranges: [[s, stop]],
    attribution: [[t.start, s]],
    stance,
    negated: false,
    via: "",
    viaDraft: host,
    nominal: true,
  };
}

/** How many words a relative clause's subject may take before its verb of issuing ("that the two presidents issued"). */
const MAX_RELATIVE_SUBJECT = 10;

/**
 * Whether the words from `s` are a relative clause on the document, not its content: a subject, then a verb of
 * issuing with no object ("a joint statement by Peru and Chile that the two presidents issued on Monday").
 */
function issuedRelative(ctx: Ctx, s: number, end: number, lex: StatementLexicon): boolean {
  const { tokens } = ctx;
  const first = tokenAt(ctx, s);
  let passive = false;
  for (let k = first; k < tokens.length && tokens[k].start < end && k <= first + MAX_RELATIVE_SUBJECT; k++) {
    const t = tokens[k];
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    // "a report by the agency that was published on Monday": the relative's own subject, passive.
    if (k === first || passive) passive ||= t.pos === "AUX" && ctx.words.passiveAuxiliaries.has(t.lower);
    if (t.pos === "AUX" && passive) continue;
    const next = tokens[k + 1];
    return (k > first || passive) && issuing(lex).test(t.lower) && (!next || next.start >= end || /^(?:ADV|ADP|PUNCT)$/.test(next.pos));
  }
  return false;
}

const issuingPatterns = new WeakMap<StatementLexicon, RegExp>();
const issuing = (lex: StatementLexicon) => {
  let re = issuingPatterns.get(lex);
  if (!re) issuingPatterns.set(lex, (re = new RegExp(`^(?:${lex.speakerWords.issuingVerbs})$`, "i")));
  return re;
};

/** "comments by the Pentagon last week that …": the speaker after "by" or "from", less a date before "that". */
function sourceSpeakerAfter(ctx: Ctx, i: number): SourceSpeaker | undefined {
  const { tokens } = ctx;
  const by = tokens[i + 1];
  if (!by || (by.lower !== "by" && by.lower !== "from" && by.lower !== "in")) return undefined;
  const speakerTok = i + 2;
  let thatTok = -1;
  for (let j = speakerTok; j < Math.min(tokens.length, speakerTok + 12); j++) {
    // "reports from Lima suggesting that …": a participle of saying opens the clause as "that" does.
    if (tokens[j].lower === "that" || tokens[j].lower === "which" || (j > speakerTok && ctx.words.sourceParticiples.has(tokens[j].lower))) {
      thatTok = j;
      break;
    }
    if (tokens[j].text === "," || tokens[j].text === ".") break;
  }
  if (thatTok <= speakerTok) return undefined;
  let e = thatTok - 1;
  const date = dateEndingAt(ctx, tokens[e].end);
  if (date) e = tokenAt(ctx, date.start - ctx.sentence.start) - 1;
  const start = tokens[speakerTok].start;
  const phraseEnd = tokens[e]?.end;
  return phraseEnd !== undefined && phraseEnd > start ? { start, end: phraseEnd, thatTok, within: by.lower === "in" } : undefined;
}

/** "a Financial Times report that …": the outlet stands before the noun. */
function sourceOutletBefore(ctx: Ctx, i: number): SourceSpeaker | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  const by = tokens[i + 1];
  if ((by && (by.lower === "by" || by.lower === "from")) || tokens[i + 1]?.lower !== "that" || i === 0) return undefined;
  const base = ctx.sentence.start;
  const m = ctx.mentions.filter((x) => x.end - base <= t.start && x.end - base >= t.start - 1 && !x.demonym).pop();
  if (m && m.end > m.start) return { start: m.start - base, end: m.end - base, thatTok: i + 1 };
  // "media pronouncements that …", "union warnings that …": a bare noun of speakers modifies the source noun.
  const modifier = tokens[i - 1];
  if (t.pos !== "NOUN" || !/^(?:NOUN|PROPN)$/.test(modifier.pos) || !bareNounStart(tokens[i - 2])) return undefined;
  return { start: modifier.start, end: modifier.end, thatTok: i + 1 };
}

/** Whether the word before a modifying noun leaves it bare: "despite media reports", not "the union claims" or "the dockers' union claims". */
function bareNounStart(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.pos === "PUNCT") return !/['’]/.test(prev.text);
  return /^(?:ADP|SCONJ|CCONJ|VERB|AUX|ADV)$/.test(prev.pos);
}

/** "Putin's claim that …", "Seoul's earlier statement that …": the named possessor of a source noun followed by "that". */
function sourcePossessor(ctx: Ctx, lex: StatementLexicon, i: number, drafts: Draft[]): SourceSpeaker | undefined {
  const { tokens } = ctx;
  // "Peru's announcement on Monday that …": the time of the saying stands between the noun and its clause.
  const thatTok = tokens[i + 1]?.lower === "that" ? i + 1 : thatAfterTime(ctx, i);
  if (thatTok < 0) return undefined;
  let j = i - 1;
  if (tokens[j] && ctx.words.stanceNounModifiers.has(tokens[j].lower)) j--;
  if (j < 0) return undefined;
  const base = ctx.sentence.start;
  // "his proclamation that …": the pronoun's subject form speaks, resolved as "he said" is.
  if (ctx.words.possessivePronouns.has(tokens[j].lower)) {
    // Inside another's words ("Kall said …, such as his proclamation that …") the pronoun takes up someone those words name, not the last speaker.
    const inside = drafts.some((d) => d.ctx === ctx && d.ranges.some(([x, y]) => tokens[i].start >= x && tokens[i].start < y));
    return inside ? undefined : { ...possessivePronounSpeaker(ctx, lex, j), thatTok };
  }
  const owner = namedPossessor(ctx, i, j);
  if (owner) return { start: owner.possessor.start - base, end: owner.possessor.end - base, thatTok };
  // "the harbour board's claim that …": a described owner, which must name a speaker (checked by the caller).
  const described = describedPossessor(ctx, j);
  return described && { ...described, thatTok };
}

/** A possessive pronoun as its subject form ("his" as "he"), at the pronoun's offsets. */
function possessivePronounSpeaker(ctx: Ctx, lex: StatementLexicon, j: number): Omit<SourceSpeaker, "thatTok"> {
  const p = ctx.tokens[j];
  return { start: p.start, end: p.end, text: lex.speakerWords.possessivePronouns.get(p.lower) ?? p.text };
}

/** How many words a described possessor may take ("the city's own harbour board's"). */
const MAX_DESCRIBED_POSSESSOR = 5;

/** "the harbour board's", "Tulsa police’s": the noun phrase ending in a possessive, back to its determiner or first noun. */
function describedPossessor(ctx: Ctx, j: number): Omit<SourceSpeaker, "thatTok"> | undefined {
  const { tokens } = ctx;
  let head = j;
  let end = tokens[j].end;
  if (/^['’]$/.test(tokens[j].text) && j > 0) end = tokens[--head].end;
  else if (/['’]s$/.test(tokens[j].text)) end -= 2;
  else return undefined;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[head].pos) && !/['’]s$/.test(tokens[head].text)) return undefined;
  let k = head;
  while (k > 0 && head - k < MAX_DESCRIBED_POSSESSOR && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[k - 1].pos) && !/['’]/.test(tokens[k - 1].text)) {
    k--;
    if (tokens[k].pos === "DET") break;
  }
  return end > tokens[k].start ? { start: tokens[k].start, end } : undefined;
}

/** The token of "that" right after a date that follows the noun at `i` ("announcement on Monday that", "claim last week that"); -1 when none. */
function thatAfterTime(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!next) return -1;
  const date = dateAt(ctx, next.start) ?? (ctx.words.tailPrepositions.has(next.lower) && tokens[i + 2] ? dateAt(ctx, tokens[i + 2].start) : undefined);
  if (!date) return -1;
  const k = tokenAt(ctx, date.end - ctx.sentence.start);
  return tokens[k]?.lower === "that" ? k : -1;
}

/** POSSESSOR['s] [adjective] NOUN [of …]: "Guterres’ recent condemnation of …", "its denials". */
function stanceNounStatement(ctx: Ctx, i: number, end: number, stance: Draft["stance"]): Draft | undefined {
  const { tokens, text } = ctx;
  const t = tokens[i];
  let j = i - 1;
  if (tokens[j] && ctx.words.stanceNounModifiers.has(tokens[j].lower)) j--;
  const p = tokens[j];
  if (!p) return undefined;
  const owner = ctx.words.possessivePronouns.has(p.lower) ? pronounPossessor(ctx, i, j) : namedPossessor(ctx, i, j);
  if (!owner) return undefined;
  let stop = t.end;
  if (tokens[i + 1]?.lower === "of") stop = trimEnd(text, nextCutSimple(ctx, t.end, end));
  return { ctx, phrase: owner.possessor, anchor: t.start, ranges: [[owner.quoteStart, stop]], attribution: [], stance, negated: false, via: "", nominal: true };
}

/** "despite its denials, North Korea …": the pronoun points at the subject after the comma, else the actor before it. */
function pronounPossessor(ctx: Ctx, i: number, j: number): { possessor: SpeakerPhrase; quoteStart: number } | undefined {
  const { text } = ctx;
  const t = ctx.tokens[i];
  const p = ctx.tokens[j];
  const base = ctx.sentence.start;
  const afterComma = ctx.mentions.find((m) => m.start - base > t.end && !m.demonym && /^\s*,\s*$/.test(text.slice(t.end, m.start - base)));
  const before = ctx.mentions.filter((m) => m.end - base <= p.start && !m.demonym).pop();
  const m = afterComma ?? before;
  return m ? { possessor: { text: m.text, start: m.start, end: m.end }, quoteStart: p.start } : undefined;
}

/** "Guterres’ …", "Seoul's …": the actor whose name ends where the possessive begins. */
function namedPossessor(ctx: Ctx, i: number, j: number): { possessor: SpeakerPhrase; quoteStart: number } | undefined {
  const { tokens } = ctx;
  const p = tokens[j];
  const t = tokens[i];
  let nameEnd = p.end;
  let nameTok = j;
  if ((p.text === "’" || p.text === "'") && tokens[j - 1]) {
    nameTok = j - 1;
    nameEnd = tokens[j - 1].end;
  } else if (/['’]s$/.test(p.text)) nameEnd = p.end - 2;
  else return undefined;
  const m = ctx.mentions.find((x) => x.end - ctx.sentence.start === nameEnd && !x.demonym);
  if (!m || nameTok < 0) return undefined;
  return { possessor: { text: m.text, start: m.start, end: m.end }, quoteStart: t.start };
}

/** The end of a noun's "of" phrase: the next comma, clause word or sentence end. */
export function nextCutSimple(ctx: Ctx, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (ctx.quoted[i]) continue;
    if (",;".includes(ctx.text[i])) return i;
  }
  return end;
}
