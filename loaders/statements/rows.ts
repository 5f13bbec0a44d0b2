import { codePointLength, isLetterOrDigitAt, splitCodes } from "../actors.ts";
import { type ArticleDoc } from "../document.ts";
import { documentPeople, resolveSpeaker, type ResolvedSpeaker, type SpeakerHistory, type SpeakerPhrase } from "../speakers.ts";
import { genderFits } from "../speakers/gender.ts";
import { findLast } from "../speakers/resolve.ts";
import { pluralSubjectBefore } from "./plural-subjects.ts";
import { pronounSubject } from "./sentence-subjects.ts";
import { withDatelineCountry } from "../speakers/dateline-country.ts";
import { articleSetting, reportState } from "../speakers/home-state.ts";
import { channelOf } from "./channels.ts";
import { type StatementRow } from "./index.ts";
import { carryOccasions, pickDate } from "./occasions.ts";
import { nameDescribedSpeakers } from "./named-later.ts";
import { nameDescribedBodies } from "./named-bodies-later.ts";
import { fullBodyName } from "../speakers/body-names.ts";
import { fragment } from "./quotes.ts";
import { type Stance, type StatementLexicon } from "../statement-lexicon.ts";
import { type Sentence } from "../text.ts";
import { type Draft, type PhraseAnalyses, analysedPhrase, withoutCredit } from "./sentence.ts";
import { decideStance, decideTarget } from "./stance.ts";
import { relativeOnObject } from "./relative-acts.ts";
import { targetNamedSpeakers } from "./speaker-targets.ts";
import { type StatementWords } from "./words.ts";

export interface Built {
  draft: Placed;
  speaker: ResolvedSpeaker;
  row: Omit<StatementRow, "statement_id">;
}

/**
 * What the passes after a row is made (named later, merged, dated, deduplicated) read of its
 * draft: where it stands and what kind it is. Not its sentence's quotes, dates and channels, nor
 * its ranges, which only the row is made from: the draft goes once its row is made.
 */
export interface Placed {
  sentence: Sentence;
  anchor: number;
  phrase?: SpeakerPhrase;
  stance: Stance;
  negated: boolean;
  nominal: boolean;
  occasionOnly?: boolean;
  /** Whether an "according to" phrase stands at the anchor: a source cited in passing. */
  cited: boolean;
  /** Whether an "according to" phrase stands anywhere in the sentence: all its words are one report relayed. */
  relayed: boolean;
}

function placed(draft: Draft): Placed {
  const { ctx, anchor, phrase, stance, negated, nominal, occasionOnly } = draft;
  const cited = ctx.channels.some((c) => c.according && c.start === anchor);
  const relayed = ctx.channels.some((c) => c.according);
  return { sentence: ctx.sentence, anchor, phrase, stance, negated, nominal, occasionOnly, cited, relayed };
}

/**
 * The rows of an article's drafts. It takes the list: sorted in place, and each draft let go
 * of as its row is made, so that the drafts and the rows of a long article are not all held
 * at once.
 */
export function toRows(drafts: Draft[], doc: ArticleDoc, lex: StatementLexicon, phrases: PhraseAnalyses): StatementRow[] {
  const raw = doc.article.raw;
  const people = documentPeople(doc, lex);
  // Sorted in place (stable, as a sorted copy would be): the caller's list is this one.
  const ordered: Array<Draft | undefined> = drafts.sort((a, b) => a.ctx.sentence.start + a.anchor - (b.ctx.sentence.start + b.anchor));
  const allPhrases = drafts.filter((d) => d.phrase).map((d) => ({ analysed: analysedPhrase(phrases, d.phrase!.text, lex), at: d.phrase!.start, phrase: d.phrase! }));
  const analysed = new Map(allPhrases.map((p) => [p.phrase, p.analysed]));
  const history: SpeakerHistory = { previous: [] };
  const { dateline, home } = articleSetting(doc, lex.gazetteer);
  const built: Built[] = [];
  // The row each draft made, for a statement that names another's speaker as its channel (`viaDraft`).
  const rowOf = new WeakMap<Draft, Built["row"]>();
  for (let i = 0; i < ordered.length; i++) {
    const draft = ordered[i]!;
    ordered[i] = undefined;
    const a = draft.phrase ? analysed.get(draft.phrase) : undefined;
    // A noun of saying's owner ("… ignore Vale's threats") is no speaker of a sentence: the sentence's own subject may still be "he".
    const lastAt = findLast(history.previous, (p) => !p.nominal)?.at ?? -1;
    // "Lavrov, who hosted Choe, did not mention … . '…,' he said.": a person who opens a sentence since the last speaker is who "he" is.
    // "Twenty states are suing. They argue …": "they" after a plural subject no speaker took up since (plural-subjects.ts).
    const plural = a?.kind === "pronoun" && lex.speakerWords.pluralPronouns.has(a.pronoun ?? "") ? pluralSubjectBefore(draft, doc, history) : undefined;
    const subject = a?.kind === "pronoun" && (a.pronoun === "he" || a.pronoun === "she") ? pronounSubject(draft, doc, lex, lastAt, people) : plural;
    const bySubject = subject ? resolveSpeaker(subject, history, people, lex, allPhrases) : undefined;
    // "Anna Berg …. Tom Reed met her. '…,' she said.": the subject opening a sentence is "she" only if he may be a woman.
    const fits = !!bySubject && genderFits(lex.speakerWords.gender.pronouns.get(a?.pronoun ?? ""), bySubject, lex.speakerWords.gender, lex.speakerWords.headLinks);
    const phrase = fits ? subject : draft.phrase;
    const found = fits ? bySubject : phrase ? resolveSpeaker(phrase, history, people, lex, allPhrases, a) : history.previous[history.previous.length - 1]?.resolved;
    if (!found) continue;
    // With no dateline: the state the report's voices or its lead give (home-state.ts).
    const speaker = withDatelineCountry(found, dateline ?? reportState(history.previous, home, phrase?.start ?? draft.ctx.sentence.start), lex.speakerWords);
    const row = buildRow(draft, speaker, doc, lex, built, rowOf);
    rowOf.set(draft, row);
    built.push({ draft: placed(draft), speaker, row });
    const last = history.previous[history.previous.length - 1];
    // "Ruiz argues there is no point in answering Mr. Vale's threats": a noun of saying owned inside a sentence another speaker said.
    const minor = draft.nominal && !!last && !last.minor && last.at >= draft.ctx.sentence.start;
    history.previous.push({ resolved: speaker, at: draft.ctx.sentence.start + draft.anchor, via: row.via, phrase: phrase?.text, nominal: draft.nominal, minor });
  }
  nameDescribedSpeakers(built, lex, raw);
  nameBodiesFully(built, lex, raw);
  nameDescribedBodies(built, lex);
  const merged = mergeSameSentence(built, lex.words);
  targetNamedSpeakers(merged, people, lex);
  carryOccasions(merged);
  return dedupe(merged.filter((b) => !b.draft.occasionOnly)).map((b) => ({ statement_id: "", ...b.row }));
}

/** Each body's speaker by the fullest name the article gives it, with its initials ("U.S. Central Command (CENTCOM)"). */
function nameBodiesFully(built: Built[], lex: StatementLexicon, raw: string): void {
  const named = new Map<string, string>();
  for (const b of built) {
    if (b.speaker.kind === "person" || b.speaker.kind === "pronoun") continue;
    const speaker = b.row.speaker;
    if (!named.has(speaker)) named.set(speaker, fullBodyName(speaker, raw, lex.gazetteer));
    b.row.speaker = named.get(speaker)!;
  }
}

export function buildRow(draft: Draft, speaker: ResolvedSpeaker, doc: ArticleDoc, lex: StatementLexicon, earlier: Built[], rowOf: WeakMap<Draft, Built["row"]>): Omit<StatementRow, "statement_id"> {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  const parts = [...draft.ranges.map((r) => fragment(ctx, r)), ...(draft.continued ?? []).map((c) => fragment(c.ctx, c.range))];
  const kinds = parts.map((p) => p.kind);
  const kind: StatementRow["kind"] = draft.printed || kinds.every((k) => k === "direct") ? "direct" : kinds.every((k) => k === "indirect") ? "indirect" : "mixed";
  const quote = parts.map((p) => p.text).join(" … ");
  // The parts of a split quotation are sentences of their own: one opened in the first person does not make the next the speaker's own.
  const content = quote;
  const stance = decideStance(draft, content, lex, new Set(splitCodes(speaker.country)), (sentence) => doc.reading.of(sentence).words);
  const date = pickDate(draft, doc);
  let via = draft.via || channelOf(draft);
  if (!via && draft.viaDraft) via = rowOf.get(draft.viaDraft)?.speaker ?? "";
  if (!via && draft.viaPrevious) via = earlier[earlier.length - 1]?.row.speaker ?? "";
  // "the CPT reiterates …, it added" after "the Presidential Transitional Council (CPT) said": no body relays itself.
  if (bareName(via) === bareName(speaker.speaker)) via = "";
  const evidenceEnd = draft.evidenceEnd ?? ctx.sentence.end;
  const evidence = withoutCredit(doc.article.raw.slice(ctx.sentence.start, evidenceEnd));
  const target = decideTarget(draft, speaker, stance, lex, earlier, articleSetting(doc, lex.gazetteer).state);
  const [spanStart, spanEnd] = sentenceSpan(parts.slice(0, draft.ranges.length));
  // A transcript's turn printed in its speaker's voice spans all its sentences; a quotation carried on does not.
  const last = draft.printed ? draft.continued?.at(-1) : undefined;
  const lastEnd = last ? last.ctx.sentence.start + fragment(last.ctx, last.range).end : base + spanEnd;
  return {
    article_id: doc.article.id,
    speaker: speaker.speaker,
    speaker_role: speaker.role,
    speaker_country: speaker.country,
    quote,
    kind,
    stance,
    target,
    date: date?.date ?? "",
    date_precision: date?.precision ?? "",
    via,
    evidence,
    char_start: base + spanStart,
    char_end: lastEnd,
  };
}

/**
 * The span of what a row says in its own sentence: from the first of its words to the last, so
 * that a clause added by the same speaker (", adding that …", ", noting …", "and warned that …")
 * lies inside it. Words carried over from the next sentences stay outside.
 */
function sentenceSpan(parts: Array<{ start: number; end: number }>): [number, number] {
  return [Math.min(...parts.map((p) => p.start)), Math.max(...parts.map((p) => p.end))];
}

/**
 * One row per speaker per sentence: "said …, and warned …" is one statement. A second act set
 * against the first by a conjunction of contrast and a subject of its own ("said the vote was
 * fair, though she noted delays") is a statement of its own.
 */
export function mergeSameSentence(built: Built[], words: StatementWords): Built[] {
  const out: Built[] = [];
  // The first verbal row of each speaker in each sentence, which later ones join.
  const firsts = new Map<Sentence, Map<string, Built>>();
  for (const b of built) {
    const prev = b.draft.nominal || b.draft.occasionOnly ? undefined : firsts.get(b.draft.sentence)?.get(b.row.speaker);
    if (!prev || contrasted(prev, b, words) || twoActs(prev, b, words)) {
      out.push(b);
      if (!b.draft.nominal && !b.draft.occasionOnly) {
        const bySpeaker = firsts.get(b.draft.sentence) ?? new Map<string, Built>();
        firsts.set(b.draft.sentence, bySpeaker);
        bySpeaker.set(b.row.speaker, b);
      }
      continue;
    }
    prev.row.quote = `${prev.row.quote} … ${b.row.quote}`;
    // "said …, and warned …": the span runs over both verbs' words.
    prev.row.char_start = Math.min(prev.row.char_start, b.row.char_start);
    prev.row.char_end = Math.max(prev.row.char_end, b.row.char_end);
    if (prev.row.kind !== b.row.kind) prev.row.kind = "mixed";
    // A stance the verb states ("… and condemned the deployment") wins over one read from the words.
    if (prev.row.stance === "other" || (prev.draft.stance === "other" && b.draft.stance !== "other" && !b.draft.negated)) prev.row.stance = b.row.stance;
    prev.row.target ||= b.row.target;
    prev.row.via ||= b.row.via;
    if (!prev.row.date) {
      prev.row.date = b.row.date;
      prev.row.date_precision = b.row.date_precision;
    }
  }
  return out;
}

/**
 * Whether two rows tell two acts, each verb with its own object ("urged the party to vote, and criticized its
 * platform", "has criticized the tariffs and called for new ones"): both rows' words open with their own verb.
 * "said the vote was fair and warned …" reports a clause, and stays one statement with what it adds; so do acts
 * a source relays together ("criticized … and reiterated …, according to state media").
 */
function twoActs(prev: Built, b: Built, words: StatementWords): boolean {
  if (b.draft.relayed || relativeOnObject(prev, b, words)) return false;
  const opensWithVerb = (x: Built) => x.row.char_start === x.draft.sentence.start + x.draft.anchor;
  return b.row.char_start >= prev.row.char_end && opensWithVerb(prev) && opensWithVerb(b);
}

/** Whether the words between two rows open with a conjunction of contrast and a pronoun: "…, but she noted that …". */
function contrasted(prev: Built, b: Built, words: StatementWords): boolean {
  const s = b.draft.sentence;
  if (b.row.char_start < prev.row.char_end) return false;
  const [conjunction, subject] = s.text.slice(prev.row.char_end - s.start, b.row.char_start - s.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.contrastConjunctions.has(conjunction ?? "") && words.pronouns.has(subject ?? "");
}

/** The same words by the same speaker, said twice, are one statement: the dated one, else the first. */
export function dedupe(built: Built[]): Built[] {
  const keep: Built[] = [];
  // Where each speaker's words already stand in `keep`.
  const seen = new Map<string, number>();
  for (const b of built) {
    const key = `${b.row.speaker}\u0000${normaliseWords(b.row.quote)}`;
    const twin = seen.get(key);
    if (twin === undefined) seen.set(key, keep.push(b) - 1);
    else if (!keep[twin].row.date && b.row.date) keep[twin] = b;
  }
  return keep;
}

/**
 * A text compared without case, quotation marks or punctuation: its runs of letters and
 * digits, lower-cased, joined by single spaces. The same as
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()`, scanned by hand, which
 * is twice as fast (it runs on every statement).
 */
export function normaliseWords(text: string): string {
  const lower = text.toLowerCase();
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    if (isLetterOrDigitAt(lower, i, code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(lower.slice(start, i));
      start = -1;
    }
    i += codePointLength(lower, i, code);
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs.join(" ");
}

/** A name without a leading "the" and in lower case: "the Harbour Council" and "Harbour Council" are one. */
const bareName = (name: string) => name.replace(/^the\s+/i, "").toLowerCase();
