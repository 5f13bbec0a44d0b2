/** Whether a cited document names its issuer, so that it, not the one citing, speaks (closing.ts plausibleRelay). */
import type { StatementLexicon } from "../statement-lexicon.ts";

/**
 * Whether a document's phrase names who issued it: a capitalised word up to its first head of a document ("a UN
 * report"), or after "by" or "from" ("a report by Harbour Watch"). "the release of prisoners and Vale's election"
 * names an act: a name joined on after it issues nothing.
 */
export function namesIssuer(text: string, lex: StatementLexicon): boolean {
  let linked = false;
  for (const word of text.split(/\s+/)) {
    if (/^\p{Lu}/u.test(word) && (linked || !/^(?:the|a|an)$/i.test(word))) return true;
    const lower = word.toLowerCase();
    if (lex.speakerWords.issuerLinks.has(lower)) linked = true;
    else if (lex.speakerWords.documentHeads.has(lower) && !linked) return false;
  }
  return false;
}
