/**
 * A quotation that ends in a question or an exclamation mark, and its attribution after it:
 * '“Will the quay reopen?” Lena Voss asked.' The sentence splitter ends a sentence at "?”", so
 * the attribution stands alone ("Lena Voss asked.") with no words of its own: the words are the
 * quotation of the sentence before, in the same paragraph.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { attributionTail } from "./closing.ts";
import { findAnchors } from "./frames.ts";
import { type Ctx, type Draft } from "./sentence.ts";
import { invertedSubject } from "./inverted-subject.ts";
import { subjectBefore } from "./subjects.ts";
import { type SpeakerPhrase } from "../speakers.ts";

/** The speaker of a sentence that is only an attribution ("Lena Voss asked.", "asked Voss."), if it is one. */
export function bareAttribution(ctx: Ctx, lex: StatementLexicon): { phrase: SpeakerPhrase; anchor: number; stance: Draft["stance"] } | undefined {
  const anchors = findAnchors(ctx, lex);
  if (anchors.length === 0) return undefined;
  const [anchor, ...later] = anchors;
  // A verb that takes its words as an object ("demanded", "urged") has them in the quotation before: a bare
  // attribution leaves it no object (an object is an extra word, below). One that speaks only with a quotation
  // of its own is not bare ("“Will it reopen?” The rain continued.").
  if (anchor.verb.quoted) return undefined;
  const first = ctx.tokens[0];
  let phrase: SpeakerPhrase | undefined;
  let pos = anchor.end;
  if (anchor.token === 0 || first?.lower === anchor.verb.words[0]) {
    const inverted = invertedSubject(ctx, anchor.end, lex);
    phrase = inverted?.phrase;
    pos = inverted?.end ?? pos;
  } else {
    const left = subjectBefore(ctx, anchor.token, lex)?.phrase;
    // Only the subject stands before the verb.
    if (left && left.start - ctx.sentence.start === ctx.tokens[0].start) phrase = left;
  }
  if (!phrase) return undefined;
  const tail = attributionTail(ctx, pos, lex, ctx.words.addresseeVerbs.has(anchor.verb.lemma));
  if (!tail || tail.extra.length > 0 || tail.relay || tail.carrier) return undefined;
  // "Ruiz said, when asked about his plans.": a verb of saying in a circumstance after the attribution tells no words.
  const comma = ctx.text.indexOf(",", pos);
  if (later.length > 0 && !(comma >= 0 && later.every((a) => ctx.tokens[a.token].start > comma) && circumstance(ctx, comma))) return undefined;
  return { phrase, anchor: ctx.tokens[anchor.token].start, stance: anchor.verb.stance };
}

/**
 * Whether the words after a comma at `pos` tell the circumstance of the saying: a subordinator before a
 * participle ("when asked about …", "while visiting …") or a participle ("looking at the crowd").
 */
function circumstance(ctx: Ctx, pos: number): boolean {
  const words = ctx.tokens.filter((t) => t.start > pos && t.word).slice(0, 2);
  const participle = (t: (typeof words)[number] | undefined) => !!t && t.pos === "VERB" && /(?:ed|ing|en)$/.test(t.lower);
  if (!/^\s*,/.test(ctx.text.slice(pos))) return false;
  return participle(words[0]) || ((words[0]?.pos === "SCONJ" || words[0]?.pos === "ADV") && participle(words[1]));
}

/** Whether a quotation-only sentence ends in a question or an exclamation mark inside its closing mark. */
export function endsAsking(ctx: Ctx): boolean {
  return /[?!][”"’»]\s*$/u.test(ctx.text);
}

/** The statement of the quotation before, told by the bare attribution after it. */
export function splitAttributionDraft(quote: Ctx, speaker: { phrase: SpeakerPhrase; stance: Draft["stance"] }): Draft {
  return {
    ctx: quote,
    phrase: speaker.phrase,
    anchor: quote.text.length,
    ranges: quote.quotes.map((q) => [q.open, q.close]),
    attribution: [],
    stance: speaker.stance,
    negated: false,
    via: "",
    nominal: false,
  };
}
