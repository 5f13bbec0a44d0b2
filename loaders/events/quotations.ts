/** Quotations in a sentence: a party, a date or a speech verb inside one belongs to the quoted speaker. */
import { quotedSpans } from "../text.ts";

/** The quotations of a sentence as [open, close] offsets; one left open runs to the sentence's end. */
export function quoteSpans(text: string): Array<[number, number]> {
  return quotedSpans(text, 0, text.length, true);
}

/** Whether `at` stands inside a quotation. */
export function insideQuote(quotes: Array<[number, number]>, at: number): boolean {
  return quotes.some(([s, e]) => at > s && at < e);
}

/** The quotation an offset stands in, or -1: dates do not cross quotation marks. */
export function quoteOf(quotes: Array<[number, number]>, at: number): number {
  return quotes.findIndex(([s, e]) => at > s && at < e);
}

/**
 * The quotations the writer sets inside a clause of their own: the opening mark follows a word
 * ("Seoul said Pyongyang is “likely receiving technologies” from Moscow", "sent at least
 * “thousands of workers” to"). The words quoted are the clause's words, read like any: the
 * act they tell, its parties and its speaker. A quotation that opens the sentence or follows
 * punctuation ('"…," he said', 'he said: "…"') is a speaker's own words.
 */
export function embeddedQuotes(text: string, quotes: Array<[number, number]>): Array<[number, number]> {
  return quotes.filter(([open, close]) => {
    if (open === 0 || !/[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, open - 3), open))) return false;
    // A phrase, not a sentence: a few words without a stop or a comma, the clause going on after it.
    const inner = text.slice(open + 1, close);
    return !/[.,;:!?]/.test(inner) && inner.trim().split(/\s+/).length <= EMBEDDED_WORDS && /^.\s+[\p{L}\p{N}]/u.test(text.slice(close, close + 3));
  });
}

/** Most words a quotation inside the writer's clause holds. */
const EMBEDDED_WORDS = 8;

/** The text with the marks of `quotes` turned to spaces (offsets kept): what the clause's words are read in. */
export function withoutMarks(text: string, quotes: Array<[number, number]>): string {
  if (!quotes.length) return text;
  const chars = text.split("");
  for (const [open, close] of quotes) {
    // A doubled apostrophe ('') is two characters.
    for (const at of [open, close]) for (let i = at; i < at + (text[at] === "'" ? 2 : 1) && i < chars.length; i++) chars[i] = " ";
  }
  return chars.join("");
}
