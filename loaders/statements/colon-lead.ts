/**
 * Words set out after a paragraph that ends with their attribution and a colon: "He said:" or
 * "Reed told the crowd:" closes one paragraph, and the quotation that opens the next is what was
 * said. The speaker is the verb's subject, or the person a line of its own names ("Tom Reed, mayor
 * of Eastport:"); the quotation is read in the next sentence.
 */
import { speechVerbAt } from "../attribution.ts";
import { type SpeakerPhrase } from "../speakers.ts";
import { type Stance, type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Draft, analysedPhrase } from "./sentence.ts";
import { nounPhraseWords, subjectBefore } from "./subjects.ts";

/** Words between the verb and the colon at most: "told the crowd in Leith:". */
const MAX_TAIL = 6;

export interface ColonLead {
  phrase: SpeakerPhrase;
  stance: Stance;
  /** The index of the sentence that ends with the colon. */
  index: number;
  /** Where the verb ends in that sentence: what follows up to the colon is attribution. */
  verbEnd: number;
  /** A line that only names its speaker ("Tom Reed, mayor of Eastport:"), with no verb of saying. */
  label?: boolean;
}

/** A sentence with no quotation that ends "<speaker> <verb of saying> [to whom, where]:". */
export function colonLead(ctx: Ctx, lex: StatementLexicon): ColonLead | undefined {
  const { text, tokens } = ctx;
  if (!/:\s*$/.test(text) || ctx.quotes.length > 0) return undefined;
  let colon = tokens.length - 1;
  while (colon >= 0 && tokens[colon].text !== ":") colon--;
  for (let i = colon - 1; i >= 0 && colon - i <= MAX_TAIL; i--) {
    if (!tokens[i].word) break;
    const verb = speechVerbAt(tokens, i, lex);
    if (!verb || verb.syntax !== "that") continue;
    const phrase = subjectBefore(ctx, i, lex)?.phrase;
    return phrase ? { phrase, stance: verb.stance, index: ctx.sentence.index, verbEnd: tokens[i + verb.words.length - 1].end } : undefined;
  }
  return labelLead(ctx, lex, tokens[colon]?.start ?? -1);
}

/** Words a label line may run to: a name and its apposition ("Tom Reed, mayor of Eastport:"). */
const MAX_LABEL_WORDS = 12;

/** A line that is only a name, with its role after a comma, and a colon: "Tom Reed, mayor of Eastport:". */
function labelLead(ctx: Ctx, lex: StatementLexicon, colon: number): ColonLead | undefined {
  if (colon <= 0) return undefined;
  const line = ctx.text.slice(0, colon);
  const comma = line.indexOf(",");
  const name = (comma < 0 ? line : line.slice(0, comma)).trim();
  const apposition = comma < 0 ? undefined : line.slice(comma + 1).trim();
  if (!name || line.split(/\s+/).length > MAX_LABEL_WORDS || !nounPhraseWords(name, lex) || (apposition && !nounPhraseWords(apposition, lex))) return undefined;
  const a = analysedPhrase(ctx.phrases, name, lex);
  if (a.kind !== "person") return undefined;
  const start = ctx.sentence.start + line.indexOf(name);
  return { phrase: { text: name, start, end: start + name.length, apposition }, stance: "other", index: ctx.sentence.index, verbEnd: colon, label: true };
}

/** The quotation of the sentence right after the lead, as the lead's speaker's words. */
export function colonLeadDraft(ctx: Ctx, lead: ColonLead, cut = false): Draft | undefined {
  if (ctx.sentence.index !== lead.index + 1 || ctx.quotes.length === 0) return undefined;
  // A quotation set out after the colon over several paragraphs is an excerpt of a document, whose
  // quotations name their own speakers ('X reports:¶"… ¶“…,” she said'): the lead takes a closed one,
  // or one the page cuts off.
  if (!cut && ctx.quotes.some((q) => q.runsOn)) return undefined;
  return {
    ctx,
    phrase: lead.phrase,
    anchor: 0,
    ranges: ctx.quotes.map((q) => [q.open, q.close]),
    attribution: [],
    stance: lead.stance,
    negated: false,
    via: "",
    nominal: false,
  };
}

/** A bullet or a dash that opens a line of a list: "• …", "- …", "– …". */
const BULLET = /^[•·▪*‣◦\-–—]\s+/u;

/**
 * A point of a list set out after the lead ("Ruiz told reporters:¶- The navy will patrol the
 * strait.¶- Peru has been warned."): each line the lead's speaker's words, reported (no marks);
 * the lead goes on to the next line. Undefined for a sentence that does not open with a bullet.
 */
export function bulletDraft(ctx: Ctx, lead: ColonLead, end: number): { draft: Draft; lead: ColonLead } | undefined {
  const mark = BULLET.exec(ctx.text);
  // A label line ("Background:") heads a section as often as a speaker's words: only a verb of saying leads a list.
  if (ctx.sentence.index !== lead.index + 1 || lead.label || !mark || end <= mark[0].length) return undefined;
  return {
    draft: { ctx, phrase: lead.phrase, anchor: 0, ranges: [[mark[0].length, end]], attribution: [], stance: lead.stance, negated: false, via: "", nominal: false },
    lead: { ...lead, index: ctx.sentence.index },
  };
}

/** The lead carried on past a line of its list ('- “…”'), or undefined when the line opens with no bullet. */
export function listGoesOn(ctx: Ctx, lead: ColonLead): ColonLead | undefined {
  return BULLET.test(ctx.text) ? { ...lead, index: ctx.sentence.index } : undefined;
}
