/**
 * Words set out after a paragraph that ends with their attribution and a colon: "He said:" or
 * "Reed told the crowd:" closes one paragraph, and the quotation that opens the next is what was
 * said. The speaker is the verb's subject; the quotation is read in the next sentence.
 */
import { speechVerbAt } from "../attribution.ts";
import { type SpeakerPhrase } from "../speakers.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { type Ctx, type Draft, type Stance } from "./sentence.ts";
import { subjectBefore } from "./subjects.ts";

/** Words between the verb and the colon at most: "told the crowd in Leith:". */
const MAX_TAIL = 6;

export interface ColonLead {
  phrase: SpeakerPhrase;
  stance: Stance;
  /** The index of the sentence that ends with the colon. */
  index: number;
  /** Where the verb ends in that sentence: what follows up to the colon is attribution. */
  verbEnd: number;
}

/** A sentence with no quotation that ends "<speaker> <verb of saying> [to whom, where]:". */
export function colonLead(ctx: Ctx, lex: StatementLexicon): ColonLead | undefined {
  const { text, tokens } = ctx;
  if (!/:\s*$/.test(text) || ctx.quotes.length > 0) return undefined;
  let colon = tokens.length - 1;
  while (colon >= 0 && tokens[colon].text !== ":") colon--;
  for (let i = colon - 1; i >= 0 && colon - i <= MAX_TAIL; i--) {
    if (!tokens[i].word) return undefined;
    const verb = speechVerbAt(tokens, i, lex);
    if (!verb || verb.syntax !== "that") continue;
    const phrase = subjectBefore(ctx, i, lex)?.phrase;
    return phrase ? { phrase, stance: verb.stance, index: ctx.sentence.index, verbEnd: tokens[i + verb.words.length - 1].end } : undefined;
  }
  return undefined;
}

/** The quotation of the sentence right after the lead, as the lead's speaker's words. */
export function colonLeadDraft(ctx: Ctx, lead: ColonLead): Draft | undefined {
  if (ctx.sentence.index !== lead.index + 1 || ctx.quotes.length === 0) return undefined;
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
