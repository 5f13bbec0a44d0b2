/**
 * "according to X" with any noun phrase X ("according to the poll", "According to federal
 * statistics, …"): the data's channels name the outlets and officials they know; any other
 * phrase after the words of data/statement-words.yaml `according_phrases` is read here, to
 * the next comma, semicolon, colon, parenthesis or quotation, or the end of the prose.
 */
import { channelName, type ChannelSpan } from "../attribution.ts";
import { type StatementLexicon } from "../statement-lexicon.ts";
import { allMatches } from "../text.ts";

/** A phrase longer than this is a clause, not who said it. */
const MAX_PHRASE_WORDS = 25;

/** The "according to X" spans of a sentence that `known` does not already hold, as channels that may name the speaker. */
export function accordingToAny(text: string, quoted: Uint8Array, known: ChannelSpan[], proseEnd: number, dates: Array<{ start: number; end: number }>, lex: StatementLexicon): ChannelSpan[] {
  const out: ChannelSpan[] = [];
  for (const m of allMatches(lex.words.according, text)) {
    const start = m.index;
    if (quoted[start] || known.some((c) => start >= c.start && start < c.end)) continue;
    const from = start + m[0].length;
    // "according to The Washington Post on Saturday": a date that ends the phrase is when, not who
    // ("according to a study released on Monday by the Forum" goes on past its date).
    const full = phraseEnd(text, quoted, from, proseEnd);
    const date = dates.find((d) => d.start > from && d.start < full && !/\S/.test(text.slice(d.end, full)));
    const end = withoutTailPreposition(text, from, date ? date.start : full, lex);
    const phrase = text.slice(from, end);
    const words = phrase.split(/\s+/).filter(Boolean).length;
    if (words === 0 || words > MAX_PHRASE_WORDS) continue;
    // "according to the state agency KCNA": an outlet named after its description is the channel by its name.
    out.push({ start, end, via: channelName(phrase, true, lex), media: false, according: true });
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

/** The phrase's end without a preposition left dangling before a date ("… Post on"), nor a day named after it. */
function withoutTailPreposition(text: string, from: number, end: number, lex: StatementLexicon): number {
  const words = text.slice(from, end).split(/(\s+)/);
  while (words.length > 2 && (lex.words.tailPrepositions.has(words[words.length - 1].toLowerCase()) || lex.words.days.has(words[words.length - 1].toLowerCase()))) words.splice(-2, 2);
  return from + words.join("").length;
}
