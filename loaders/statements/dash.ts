/**
 * A quotation signed with a dash, as epigraphs and collected reactions are: '"…" ― Carla
 * Sanchez', '"…" — Jo Bloggs, a nurse in Leeds'. The name runs to the end of the sentence.
 */
import { type StatementLexicon } from "../statement-lexicon.ts";
import { CLOSE_MARKS, type Ctx, type Draft, proseEnd, skipStrayQuote } from "./sentence.ts";
import { invertedSubject } from "./inverted-subject.ts";

/** The dashes that sign a quotation: horizontal bar, em dash, en dash (a double hyphen is read as one). */
const SIGNING_DASHES = "―—–";

export function dashSignedQuote(ctx: Ctx, lex: StatementLexicon, drafts: Draft[]): Draft | undefined {
  const { text } = ctx;
  const end = proseEnd(ctx);
  const dash = signingDash(text, end);
  if (!dash) return undefined;
  let mark = dash.start;
  while (mark > 0 && /\s/.test(text[mark - 1])) mark--;
  // A quotation that opened sentences before ends here with its mark alone.
  if (!CLOSE_MARKS.includes(text[mark - 1] ?? "") || text[mark - 1] === "'") return undefined;
  const signer = invertedSubject(ctx, dash.end, lex);
  if (!signer || signer.end < end || !/^\p{Lu}/u.test(signer.phrase.text)) return undefined;
  const start = skipStrayQuote(ctx, 0);
  if (drafts.some((d) => d.ranges.some(([s, e]) => s < mark && e > start))) return undefined;
  return {
    ctx,
    phrase: signer.phrase,
    anchor: dash.start,
    ranges: [[start, mark]],
    attribution: [[dash.start, text.length]],
    stance: "other",
    negated: false,
    via: "",
    nominal: false,
  };
}

/** The dash after the sentence's last closing quotation mark, if one stands there: its offsets. */
function signingDash(text: string, end: number): { start: number; end: number } | undefined {
  // The last closing mark outside the signature: the signature is a short name, so look back a little.
  for (let k = end - 1; k >= 0 && k >= end - 200; k--) {
    if (SIGNING_DASHES.includes(text[k])) return { start: k, end: k + 1 };
    if (text[k] === "-" && text[k - 1] === "-") return { start: k - 1, end: k + 1 };
    if (CLOSE_MARKS.includes(text[k]) && text[k] !== "'") return undefined;
  }
  return undefined;
}
