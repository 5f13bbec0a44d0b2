/** Quotations in a sentence: a party, a date or a speech verb inside one belongs to the quoted speaker. */

/** The quotations of a sentence as [open, close] offsets, curly and straight marks. */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open = i;
    else if (c === "”" && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  // A quotation left open runs to the sentence end.
  if (open >= 0) spans.push([open, text.length]);
  if (straight >= 0) spans.push([straight, text.length]);
  return spans;
}

/** Whether `at` stands inside a quotation. */
export function insideQuote(quotes: Array<[number, number]>, at: number): boolean {
  return quotes.some(([s, e]) => at > s && at < e);
}

/** The quotation an offset stands in, or -1: dates do not cross quotation marks. */
export function quoteOf(quotes: Array<[number, number]>, at: number): number {
  return quotes.findIndex(([s, e]) => at > s && at < e);
}
