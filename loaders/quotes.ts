/**
 * Quotation marks: finds quoted spans in a text, with straight and curly double quotes, guillemets,
 * single quotes nested inside them, and the convention that a quotation running over
 * several paragraphs leaves its closing mark off every paragraph but the last.
 *
 * One left-to-right pass per text, no regular expressions: a run of a million quotation
 * marks costs a million steps.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the end of the paragraph for an open run-on quote). */
  close: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Quotes inside this one ('we never had an ‘arms transaction’'). */
  nested: QuoteSpan[];
  /** True when the quote has no closing mark because it goes on in the next paragraph. */
  runsOn: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether a straight double quote at `i` opens (rather than closes) a quotation. */
function opensStraight(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(after)) return false;
  return isSpace(before) || "([{—–-‘'\"“".includes(before!);
}

/** Two curly single marks side by side ("‘’", "’’", "‘‘"): a double mark as some pages type it (read only when no single quote is open). */
function isSinglePair(text: string, i: number): boolean {
  const pair = text[i] + (text[i + 1] ?? "");
  return pair === "‘’" || pair === "’’" || pair === "‘‘";
}

/** Whether a single quote at `i` is an apostrophe ("Korea’s", "Guterres’ ", "’90s"). */
function isApostrophe(text: string, i: number): boolean {
  return isWordChar(text[i - 1]) && (isWordChar(text[i + 1]) || text[i] === "’" || text[i] === "'");
}

/** Whether a mark at `i` stands where a quotation ends: after a word or a stop, before a space, a stop or the end. */
function endsQuotation(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && (isSpace(text[i + 1]) || /[.,;:!?)\]]/.test(text[i + 1]));
}

interface Open {
  mark: string;
  at: number;
  nested: QuoteSpan[];
}

/**
 * Quoted spans of a text (a paragraph or a sentence), outermost first, in order.
 * Single quotes count as quotation marks inside double ones, when opened by ‘, and where a
 * straight one opens a quotation as British pages write it ('We will answer,' she said); a
 * straight one after a letter stays an apostrophe ("the dockers' union").
 * A double quote that never closes is dropped, as a typo, unless `runsOn` is allowed:
 * then a quotation left open at the end, opened at the start of the text, runs on.
 */
export function findQuotes(text: string, options: { runsOn?: boolean | string } = {}): QuoteSpan[] {
  const state: QuoteState = { top: [], stack: [], openCount: new Map() };
  const { stack, openCount } = state;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A left mark written where a quotation ends ('“We will stay“ she said'): it closes the one open.
    if (c === "“") (openCount.get("“") ?? 0) > 0 && endsQuotation(text, i) ? closeTo(state, "“\"", i) : push(state, "“", i);
    // A right mark written where a quotation opens, after a space or at the start ('” … we will stay,” she said'): it opens one.
    else if (c === "”") !(openCount.get("“") ?? 0) && !(openCount.get('"') ?? 0) && isSpace(text[i - 1]) && !isSpace(text[i + 1] === " " ? text[i + 2] : text[i + 1]) ? push(state, "“", i) : closeTo(state, "“\"", i);
    // Guillemets, as wires translated from Russian or French write quotations.
    else if (c === "«") push(state, "«", i);
    else if (c === "»") closeTo(state, "«", i);
    else if (c === '"') {
      // Straight quotes do not nest: inside one, the next closes it.
      if ((openCount.get('"') ?? 0) > 0) closeTo(state, '"', i);
      else if (opensStraight(text, i)) push(state, '"', i);
      // A page that mixes its marks closes a curly quote with a straight one ('“We will stay," she said').
      else if ((openCount.get("“") ?? 0) > 0) closeTo(state, "“", i);
      else if ((openCount.get("''") ?? 0) > 0) closeTo(state, "''", i);
    } else if (isSinglePair(text, i) && (openCount.get("‘") ?? 0) === 0) {
      // Two curly single marks written for a double one (‘’like this’’, ‘’ … ," she said): they open, or close any double quote open.
      if ((openCount.get("''") ?? 0) > 0) closeTo(state, "''", i, 2);
      else if ((openCount.get("“") ?? 0) > 0 || (openCount.get('"') ?? 0) > 0) closeTo(state, "“\"", i, 2);
      else if (opensStraight(text, i + 1) || isSpace(text[i - 1]) || text[i - 1] === undefined) push(state, "''", i);
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      // Two apostrophes written for a double quote (''like this''), as some wires and archives do.
      if ((openCount.get("''") ?? 0) > 0) closeTo(state, "''", i, 2);
      else if (opensStraight(text, i + 1) || isSpace(text[i - 1]) || text[i - 1] === undefined) push(state, "''", i);
      i++;
    } else if (c === "‘") {
      if (innermost(state) === "‘" && endsQuotation(text, i)) closeTo(state, "‘", i);
      else push(state, "‘", i);
    } else if (c === "’" || c === "'") {
      if (innermost(state) === "‘" && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]))) closeTo(state, "‘", i);
      else if (c === "'" && innermost(state) === "'" && !isApostrophe(text, i)) closeTo(state, "'", i);
      else if (c === "'" && !isApostrophe(text, i) && opensStraight(text, i)) push(state, "'", i);
    }
  }
  // A double quote left open at the end: a run-on paragraph quote if it opened the text, or
  // opened words said after a colon or a comma ('Ruiz said: “We will sail. …¶“And …”').
  const first = stack[0];
  if (options.runsOn && first && opensRunOn(text, first.at) && "“\"".includes(first.mark) && sameKind(options.runsOn, first.mark)) {
    stack.length = 0;
    let end = text.length;
    while (end > first.at && isSpace(text[end - 1])) end--;
    finish(state, first, end, end, true);
  }
  return state.top;
}

/** The reading state of findQuotes (plain functions over it, not closures made per call). */
interface QuoteState {
  /** Outermost quotes found, in order. */
  top: QuoteSpan[];
  /** Quotes open at the current position, innermost last. */
  stack: Open[];
  /** How many quotes of each mark are open, so that a closing mark with no opener costs nothing. */
  openCount: Map<string, number>;
}

function push(state: QuoteState, mark: string, at: number): void {
  state.stack.push({ mark, at, nested: [] });
  state.openCount.set(mark, (state.openCount.get(mark) ?? 0) + 1);
}

function finish(state: QuoteState, open: Open, close: number, innerEnd: number, runsOn = false): void {
  const span: QuoteSpan = { open: open.at, close, innerStart: open.at + open.mark.length, innerEnd, nested: open.nested, runsOn };
  const parent = state.stack[state.stack.length - 1];
  (parent ? parent.nested : state.top).push(span);
}

/** Closes the innermost open quote with one of these marks (a mark `width` characters long at `i`); quotes opened inside it and never closed are dropped. */
function closeTo(state: QuoteState, marks: string, i: number, width = 1): void {
  const { stack, openCount } = state;
  if (!(openCount.get(marks) ?? 0) && ![...marks].some((m) => (openCount.get(m) ?? 0) > 0)) return;
  // Each entry is popped once, so closing stays linear over the whole text.
  while (stack.length > 0) {
    const open = stack.pop()!;
    openCount.set(open.mark, openCount.get(open.mark)! - 1);
    if (marks === open.mark || (open.mark.length === 1 && marks.includes(open.mark))) {
      finish(state, open, i + width, i);
      return;
    }
  }
}

function innermost(state: QuoteState): string | undefined {
  return state.stack[state.stack.length - 1]?.mark;
}

/** Whether a quotation opened with `mark` runs on into a paragraph that opens with `next` (true: any): straight with straight, curly with curly. */
function sameKind(next: boolean | string, mark: string): boolean {
  return next === true || (next === '"') === (mark === '"');
}

/** Whether a quotation left open at `at` may run on: it opens the text, or follows a colon or a comma. */
function opensRunOn(text: string, at: number): boolean {
  return at === firstNonSpace(text) || /[:,]\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** The quote containing an offset, if any. */
export function quoteAt(quotes: QuoteSpan[], offset: number): QuoteSpan | undefined {
  return quotes.find((q) => offset >= q.open && offset < q.close);
}

/** Whether [start, end) holds nothing but quotations, punctuation and spaces. */
export function onlyQuotes(text: string, quotes: QuoteSpan[], start: number, end: number): boolean {
  const inside = quotes.filter((q) => q.open >= start && q.close <= end);
  if (inside.length === 0) return false;
  let pos = start;
  for (const q of inside) {
    if (/[\p{L}\p{N}]/u.test(text.slice(pos, q.open))) return false;
    pos = q.close;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(pos, end));
}

/** The words inside a quote, without a trailing comma that belongs to the attribution. */
export function quoteText(text: string, quote: QuoteSpan): { start: number; end: number; text: string } {
  let start = quote.innerStart;
  let end = quote.innerEnd;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === ",")) end--;
  return { start, end, text: text.slice(start, end) };
}
