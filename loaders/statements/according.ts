/**
 * "according to X" with any noun phrase X ("according to the poll", "According to federal
 * statistics, …"): the data's channels name the outlets and officials they know; any other
 * phrase after the words of data/statement-words.yaml `according_phrases` is read here, to
 * the next comma, semicolon, colon, parenthesis or quotation, or the end of the prose.
 */
import { channelName, type ChannelSpan } from "../attribution.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";

/** A phrase longer than this is a clause, not who said it. */
const MAX_PHRASE_WORDS = 25;

/** The "according to X" spans of a sentence that `known` does not already hold, as channels that may name the speaker. */
export function accordingToAny(text: string, quoted: Uint8Array, known: ChannelSpan[], proseEnd: number, lex: StatementLexicon): ChannelSpan[] {
  const out: ChannelSpan[] = [];
  for (const m of text.matchAll(lex.words.according)) {
    const start = m.index;
    if (quoted[start] || known.some((c) => start >= c.start && start < c.end)) continue;
    const from = start + m[0].length;
    const end = phraseEnd(text, quoted, from, proseEnd);
    const phrase = text.slice(from, end);
    const words = phrase.split(/\s+/).filter(Boolean).length;
    if (words === 0 || words > MAX_PHRASE_WORDS) continue;
    out.push({ start, end, via: channelName(phrase, false, lex), media: false, according: true });
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
