/**
 * The tokens the statements reader walks: the analysis layer's words (wink-nlp, read once per
 * sentence for every extractor), with sentence offsets. A name or a role written with a
 * hyphen ("Min-jun", "high-ranking") and a word with its clitic ("Korea's", "didn't") are one
 * token, as a reader sees them; wink-nlp gives them as parts. A final period stands apart.
 */
import { isLetterOrDigitAt } from "../actors.ts";
import type { Word } from "../analysis/index.ts";
import type { PartOfSpeech } from "../analysis/words.ts";

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** Whether it starts with a letter or a digit (else it is punctuation or a symbol). */
  word: boolean;
  /** The part of speech of its first word, as wink-nlp tags it ("NOUN", "PROPN", …). */
  pos: PartOfSpeech;
  /** The dictionary form of its first word, lower-case ("note" for "noted"). */
  lemma: string;
}

/** A clitic that belongs to the word before it: "'s", "’s", "n't", "'ll". */
const CLITIC = /^(?:['’]\p{L}+|n['’]t)$/iu;

/** The sentence's tokens from its words (article offsets); `text` is the sentence, starting at `base`. */
export function statementTokens(words: readonly Word[], text: string, base: number): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const start = words[i].start - base;
    const { pos, lemma } = words[i];
    let end = words[i].end - base;
    for (;;) {
      const next = words[i + 1];
      if (!next || next.start - base !== end || !isLetterOrDigitAt(text, end - 1, text.charCodeAt(end - 1))) break;
      if (CLITIC.test(next.text)) {
        end = next.end - base;
        i += 1;
        continue;
      }
      const after = words[i + 2];
      if (next.text === "-" && after && after.start === next.end && isLetterOrDigitAt(text, after.start - base, text.charCodeAt(after.start - base))) {
        end = after.end - base;
        i += 2;
        continue;
      }
      break;
    }
    // A final period is a token of its own ("U.S." is "U.S" and "."; "Mr." is "Mr" and "."), as
    // the rules for titles, initials and abbreviations read it.
    const dotted = end - start > 1 && text[end - 1] === "." && isLetterOrDigitAt(text, end - 2, text.charCodeAt(end - 2));
    pushToken(tokens, text, start, dotted ? end - 1 : end, pos, lemma);
    if (dotted) pushToken(tokens, text, end - 1, end, "PUNCT", ".");
  }
  return tokens;
}

function pushToken(tokens: Token[], text: string, start: number, end: number, pos: PartOfSpeech, lemma: string): void {
  const token = text.slice(start, end);
  tokens.push({ text: token, lower: token.toLowerCase(), start, end, word: isLetterOrDigitAt(text, start, text.charCodeAt(start)), pos, lemma });
}
