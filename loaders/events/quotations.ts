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
