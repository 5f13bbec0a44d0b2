/**
 * A document printed in its speaker's own voice, with no quotation marks: a statement under its
 * title ("Joint Statement of the Foreign Ministers of …", "Remarks by Ambassador X at a Security
 * Council Briefing on …"), a text after a line that opens it ("Begin Text:", "The statement reads in
 * full:"), a transcript's turn under its speaker's label ("MS. VOSS: …"). Each complete sentence of it
 * is a `direct` statement of the speaker, also one whose verb has the speaker again for subject
 * ("We condemn …", "The Secretary-General calls for …"); another speaker's words it tells ("As you
 * have heard the minister say, …") keep their own row too; courtesies ("Thank you, Mr. President.")
 * give none. A title must be borne out by what follows: a line that opens the text, or "we" and
 * "I" outside quotation marks, before any report in the past. The voice ends at a line that closes the text ("End Text", "###"), a heading of another
 * story, a return to reporting ("…, the ministry said"), or, in a transcript, the next label.
 * Its words are in data/statement-words.yaml (voice_*).
 */
import { findQuotes } from "../quotes.ts";
import { type SpeakerPhrase } from "../speakers.ts";
import { escapeRegExp, type Sentence } from "../text.ts";
import { type Ctx, type Draft, proseEnd } from "./sentence.ts";
import { type StatementWords } from "./words.ts";

/** The speaker whose voice the sentences are in, and how far its document has come. */
export interface Voice {
  /** Undefined under a title that names none ("Joint statement on …"): the first attributed sentence names it. */
  speaker?: SpeakerPhrase;
  /** Whether the speaker's words have begun (a title may stand over a line about the document). */
  started: boolean;
  /** The document as the title names it ("joint statement"), the rows' channel. */
  via: string;
  /** Opened by a transcript's label: it runs to the next label, through the speaker's reports of others. */
  label?: boolean;
  /** The paragraph of the courtesies that open a speech ("Thank you, Mr. President. …"). */
  courtesies?: number;
}

/** Fewer words than this are a label, a date or a salutation, not a sentence of the document. */
const MIN_WORDS = 4;
/** A courtesy is a short sentence: a longer one that thanks says more ("We are grateful that …"). */
const MAX_COURTESY_WORDS = 15;
/** How many sentences after a title may show that the document speaks as "we" or "I". */
const CONFIRM_WITHIN = 8;
/** A heading of this many words under a voice begins another story; shorter ones are its own sections. */
const MIN_STORY_HEADING_WORDS = 5;
/** A line that opens or closes a printed text has at most this many words. */
const MAX_MARKER_WORDS = 12;

/** A line's words in lower case, one space apart, punctuation aside ("Begin Text:" → "begin text"). */
function lineWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#'’ -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A heading that names a document in its speaker's voice, when the sentences under it show that
 * voice: a line that opens the text, or the first person outside quotation marks. The speaker is
 * what the title names after "by", "of" or "from", up to what the document is about.
 */
export function voiceTitle(sentences: readonly Sentence[], i: number, words: StatementWords): Voice | undefined {
  const s = sentences[i];
  // A title is a line of its own, with no stop: a sentence that begins "Remarks by the envoy …" tells of them.
  if (sentences[i - 1]?.paragraph === s.paragraph || sentences[i + 1]?.paragraph === s.paragraph || /[.!?…:;]\s*$/u.test(s.text)) return undefined;
  const m = titleMatch(s.text, words);
  if (!m?.groups || !m.indices?.groups) return undefined;
  let confirmed = false;
  for (const next of sentences.slice(i + 1, i + 1 + CONFIRM_WITHIN)) {
    if (titleMatch(next.text, words)) break;
    if (textOpening(next.text, words) || words.voiceFirstPerson.test(unquoted(next.text))) confirmed = true;
    if (confirmed) break;
  }
  if (!confirmed) return undefined;
  const at = m.indices.groups.speaker;
  const via = lineWords(m.groups.document);
  if (!at || !m.groups.speaker) return { started: false, via };
  return { speaker: titleSpeaker(m.groups.speaker, s.start + at[0]), started: false, via };
}

/** The first of the title patterns a line matches. */
function titleMatch(text: string, words: StatementWords): RegExpExecArray | undefined {
  for (const pattern of words.voiceTitles) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return undefined;
}

/**
 * The speaker a title names: "Ambassador Lena Voss, Permanent Representative of Ostland" is the name
 * and its apposition (the role); "Ostland, Westmark and Nordia" a list, all of it.
 */
function titleSpeaker(text: string, start: number): SpeakerPhrase {
  const comma = text.indexOf(", ");
  const name = comma > 0 ? text.slice(0, comma) : "";
  const rest = text.slice(comma + 2);
  if (wordCount(name) < 2 || /\s(?:and|&)\s/u.test(rest)) return { text, start, end: start + text.length };
  return { text: name, start, end: start + name.length, apposition: rest };
}

/** The text outside quotation marks, as the quotation reader finds them (loaders/quotes.ts). */
function unquoted(text: string): string {
  let outside = "";
  let at = 0;
  for (const q of findQuotes(text)) {
    outside += `${text.slice(at, q.open)} `;
    at = q.close;
  }
  return outside + text.slice(at);
}

/** Whether a line opens a printed text ("Begin Text:", "The statement reads in full:"). */
function textOpening(text: string, words: StatementWords): boolean {
  return wordCount(text) <= MAX_MARKER_WORDS && (/:\s*$/.test(text) || wordCount(text) <= 3) && words.voiceOpening.test(lineWords(text));
}

/** Whether a line closes a printed text ("End Text", "###"). */
function textClosing(text: string, words: StatementWords): boolean {
  return !words.voiceClosingTooLong.test(text) && words.voiceClosing.test(lineWords(text));
}

/**
 * A transcript's turn: a paragraph opens with its speaker's label in capitals ("MS. VOSS: …"), as
 * labelled.ts reads it (a name or a body, not a dateline's place nor a page's label), or with a
 * reporter's "Q:", whose turn no speaker of the document's voice holds.
 */
function transcriptTurn(ctx: Ctx, labelled: Draft | undefined, first: boolean, words: StatementWords): { voice?: Voice; draft?: Draft } | undefined {
  if (!first) return undefined;
  if (/^(?:Q|QUESTION)\s*:/.test(ctx.text)) return {};
  // A turn printed inside quotation marks ('"PENCE: Well, …"') is read as quotations are.
  if (!labelled?.phrase || !/^\p{Lu}/u.test(ctx.text) || /\p{Ll}/u.test(ctx.text.slice(0, labelled.anchor))) return undefined;
  const voice: Voice = { speaker: labelled.phrase, started: true, via: "", label: true };
  const [from, to] = labelled.ranges[0];
  return { voice, draft: courtesy(ctx.text.slice(from, to), words) ? undefined : { ...labelled, printed: true } };
}

/** Whether a sentence is a courtesy ("Thank you, Mr. President.", "I yield the floor."). */
export function courtesy(text: string, words: StatementWords): boolean {
  return wordCount(text) <= MAX_COURTESY_WORDS && words.voiceCourtesy.test(lineWords(text));
}

/** Whether a heading under the voice begins another story (a related headline, a new section of the page). */
function storyHeading(text: string): boolean {
  return wordCount(text) >= MIN_STORY_HEADING_WORDS;
}

/** A sentence of the document in the speaker's voice: its words from `from` to where its prose ends. */
function ownSentence(ctx: Ctx, voice: Voice, from = 0): Draft | undefined {
  const end = proseEnd(ctx);
  if (!voice.speaker || wordCount(ctx.text.slice(from, end)) < MIN_WORDS || /:\s*$/.test(ctx.text)) return undefined;
  const attribution: Draft["attribution"] = from > 0 ? [[0, from]] : [];
  return { ctx, phrase: voice.speaker, anchor: from, ranges: [[from, end]], attribution, stance: "other", negated: false, via: voice.via, nominal: false, printed: true };
}

/**
 * Whether a draft's speaker is the document's own "we" or "I" ("We believe …", "Our governments
 * condemn …", "I urge …"), or a thing's pronoun ("It shows …").
 */
function ownVoiceDraft(draft: Draft, words: StatementWords): boolean {
  const { phrase } = draft;
  const text = phrase?.text.trim() ?? "";
  if (!phrase || !text) return false;
  const at = phrase.start - draft.ctx.sentence.start;
  const before = at > 0 && at <= draft.ctx.text.length ? draft.ctx.text.slice(0, at).split(/\s+/).filter(Boolean).pop() ?? "" : "";
  if (before && words.voiceFirstPerson.test(before)) return true;
  return wordCount(text) <= 2 && (words.voiceFirstPerson.test(text) || words.voiceThingPronouns.has(text.toLowerCase()));
}

/**
 * "We, the participating states of the Monitoring Team, released …": the document names its "we"
 * more fully than its title; that phrase speaks.
 */
function namedWe(ctx: Ctx): SpeakerPhrase | undefined {
  const m = /^(?:We|I),\s+((?:the\s+)?[^,;:]{3,200}?),\s/u.exec(ctx.text);
  if (!m) return undefined;
  const start = ctx.sentence.start + m[0].indexOf(m[1]);
  return { text: m[1], start, end: start + m[1].length };
}

/** Whether a sentence tells of the document from outside ("The following text was released by …", "… gave a statement on …"). */
function aboutDocument(text: string, words: StatementWords): boolean {
  const outside = unquoted(text);
  return words.voiceDocument.test(outside) && !words.voiceFirstPerson.test(outside);
}

/**
 * Whether a draft returns to reporting: a verb of saying in the past ("…, the ministry said", "she
 * added"; once the document's words have begun, only after its content or with a pronoun), which a
 * document in its own voice does not use of itself ("The Secretary-General calls for …").
 */
function reports(draft: Draft, words: StatementWords, closingOnly: boolean): boolean {
  const token = draft.ctx.tokens.find((t) => t.start === draft.anchor);
  if (!token || token.pos !== "VERB" || token.lower === token.lemma || /s$/.test(token.lower) || ownVoiceDraft(draft, words)) return false;
  const closes = draft.ranges.length > 0 && draft.ranges[0][0] < draft.anchor;
  return !closingOnly || closes || words.pronouns.has(draft.phrase?.text.trim().toLowerCase() ?? "");
}

/** Where a sentence stands for the voice. */
export interface VoicePlace {
  /** It opens a paragraph. */
  first: boolean;
  /** A line of its own without a stop. */
  heading: boolean;
  /** Its speech under a label (labelled.ts). */
  labelled?: Draft;
  /** The text between the sentence before and this one, where a line of marks may close the text ("###"). */
  gap?: string;
  /** The speaker the sentence before names, if any (read only after a line that opens a text). */
  previous?: () => SpeakerPhrase | undefined;
}

/**
 * What the voice makes of a sentence: the voice opens, goes on or ends (the voice returned), and
 * the sentence's own words join `found`.
 */
export function readVoice(ctx: Ctx, voice: Voice | undefined, found: Draft[], words: StatementWords, place: VoicePlace): Voice | undefined {
  const { first, heading, labelled } = place;
  const { text } = ctx;
  if ((place.gap ?? "").split("\n").some((line) => line.trim() && textClosing(line, words))) voice = undefined;
  if (textClosing(text, words)) return undefined;
  const turn = transcriptTurn(ctx, labelled, first, words);
  if (turn) {
    found.splice(0, found.length, ...(turn.draft ? [turn.draft] : []));
    return turn.voice;
  }
  // "The ministry issued a statement on Monday. It reads in full:": the speaker told just before prints it.
  if (textOpening(text, words)) return { speaker: voice?.speaker ?? place.previous?.(), started: true, via: voice?.via ?? "" };
  if (!voice) return undefined;
  if (heading) return voice.started && storyHeading(text) && !voice.label ? undefined : voice;
  const named = namedWe(ctx);
  if (named) voice = { ...voice, speaker: named, started: true };
  if (found.length > 0) return attributed(ctx, voice, found, words);
  // Thanks open a paragraph of courtesies: what follows in it is addressed to those thanked ("Your briefing was clear.").
  if (courtesy(text, words)) return { ...voice, courtesies: ctx.sentence.paragraph };
  if (!voice.started && voice.courtesies === ctx.sentence.paragraph && words.voiceSecondPerson.test(text)) return voice;
  if (!voice.started && aboutDocument(text, words)) return voice;
  const going: Voice = voice.started ? voice : { ...voice, started: true };
  const own = ownSentence(ctx, going);
  if (own) found.push(own);
  return going;
}

/**
 * A sentence under the voice with an attribution of its own. The first names a speakerless title's
 * speaker; a report in the past ("…, the ministry said") ends the voice; else the sentence is the
 * speaker's, one row of its words, and an attribution of another speaker inside it ("As you have heard
 * the minister say, …") keeps its own row too.
 */
function attributed(ctx: Ctx, voice: Voice, found: Draft[], words: StatementWords): Voice | undefined {
  if (!voice.label && found.some((d) => reports(d, words, voice.started))) {
    // A report before the document's words begin ("The board said on Monday …") is a news story about it.
    return !voice.started && aboutDocument(ctx.text, words) ? voice : undefined;
  }
  if (!voice.speaker) {
    const named = found.find((d) => d.phrase && !ownVoiceDraft(d, words));
    if (!named?.phrase) return voice;
    voice = { ...voice, speaker: named.phrase, started: true };
  }
  const self = (d: Draft) => ownVoiceDraft(d, words) || sameSpeaker(d.phrase, voice.speaker, words);
  if (!voice.started && !found.some(self)) return voice;
  const going: Voice = voice.started ? voice : { ...voice, started: true };
  const own = ownSentence(ctx, going);
  if (own) found.splice(0, found.length, ...found.filter((d) => !self(d)), own);
  return going;
}

/** Whether a speaker phrase names the voice's speaker again ("The Secretary-General", "He" under "Secretary-General X"). */
function sameSpeaker(phrase: SpeakerPhrase | undefined, speaker: SpeakerPhrase | undefined, words: StatementWords): boolean {
  if (!phrase || !speaker) return false;
  const text = phrase.text.trim().toLowerCase();
  if (words.pronouns.has(text) || phrase.start === speaker.start) return true;
  const head = text.split(/\s+/).pop() ?? "";
  return head.length > 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, "iu").test(speaker.text);
}
