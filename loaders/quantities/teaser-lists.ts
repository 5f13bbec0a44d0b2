/**
 * Other stories' teasers on the page after the report: a list under a heading of its own line
 * ("Related News", data/outlet-signatures.yaml `teaser_headings`), whose lines are headlines
 * rather than prose ("- Lima reports 40 new cases"), and all that follows a wire's end mark
 * ("(END)", data/quantity-words.yaml `report_end_marks`). Their amounts are those stories'.
 * A line after the report start that quotes the page's own headline ("One thought on “Lima
 * Sends 40 Trucks”") tells the headline again, as a comment box or a share link does.
 */
import { paragraphs } from "../text.ts";
import type { QuantityLexicon } from "./lexicon.ts";
import { isProse } from "./report-start.ts";

/** The [start, end) spans of the text after `from` that list other stories. */
export function teaserSpans(raw: string, from: number, lex: QuantityLexicon): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const blocks = paragraphs(raw, from);
  for (let b = 0; b < blocks.length; b++) {
    const text = raw.slice(blocks[b][0], blocks[b][1]).trim().toLowerCase();
    if (lex.words.reportEndMarks.has(text)) {
      spans.push([blocks[b][0], raw.length]);
      break;
    }
    // "Related news:", "SEE ALSO": the list runs to the next paragraph of prose, if any.
    // (No regular expression over the line: a long run of spaces would make one quadratic.)
    if (!lex.teaserHeadings.has(text.endsWith(":") ? text.slice(0, -1).trimEnd() : text)) continue;
    let end = b + 1;
    while (end < blocks.length && !isProse(raw.slice(blocks[end][0], blocks[end][1]))) end++;
    spans.push([blocks[b][0], end < blocks.length ? blocks[end][0] : raw.length]);
    b = end - 1;
  }
  return spans;
}

/** Shortest headline looked for again: a short one ("Update") may be any line's words. */
const TITLE_MIN = 20;

/** The [start, end) spans of lines after `from` that are no prose and hold the headline `title`. */
export function titleRepeats(raw: string, from: number, title: string): Array<[number, number]> {
  const headline = title.trim();
  if (headline.length < TITLE_MIN) return [];
  return paragraphs(raw, from).filter(([start, end]) => {
    const text = raw.slice(start, end);
    return text.includes(headline) && text.trim() !== headline && !isProse(text);
  });
}
