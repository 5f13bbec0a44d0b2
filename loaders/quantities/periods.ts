/**
 * The period a number covers (`period_start`, `period_end`): a date in its own clause, or a
 * date that opens the sentence on its own ("Last week, …").
 */
import type { DateCues } from "../date-words.ts";
import { findDates, monthEnd, monthStart, type DateExpression, type DateMention } from "../dates.ts";
import { sentenceDateExpressions } from "../document.ts";
import type { Token } from "../numbers.ts";
import type { Sentence } from "../text.ts";
import type { QuantityRow } from "./row.ts";
import { windowTokens } from "./window.ts";
import type { QuantityWords } from "./words.ts";

/** Clauses of a sentence as token ranges [first, last]. */
function clauses(tokens: Token[], words: QuantityWords): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const aside = asides(tokens, words);
  tokens.forEach((t, i) => {
    if (words.clauseBreaks.has(t.lower) && !(t.text === "–" && t.glued) && !aside.has(i)) {
      if (i > start) out.push([start, i - 1]);
      start = i + 1;
    }
  });
  if (start < tokens.length) out.push([start, tokens.length - 1]);
  return out;
}

/** How many tokens a short aside in brackets may hold: "($875 million)". */
const ASIDE_TOKENS = 6;

/**
 * The brackets of short asides with no date or name in them, right before a year or a month,
 * which break no clause: "50 billion pesos ($55 million) in 2025" is allotted in 2025 (but "$920
 * million (1.2 trillion won) to deliver jets starting in 2026" is no sum of 2026).
 */
function asides(tokens: Token[], words: QuantityWords): Set<number> {
  const out = new Set<number>();
  const dated = (c: Token | undefined) => !!c && (/^\d{4}$/.test(c.text) || words.months.has(c.lower));
  tokens.forEach((t, i) => {
    if (t.text !== "(") return;
    const close = tokens.slice(i + 1, i + ASIDE_TOKENS + 2).findIndex((c) => c.text === ")") + i + 1;
    if (close <= i || close - i - 1 > ASIDE_TOKENS || tokens.slice(i + 1, close).some((c) => dated(c) || /^\p{Lu}/u.test(c.text))) return;
    if (!dated(tokens[close + 1]) && !dated(tokens[close + 2])) return;
    out.add(i).add(close);
  });
  return out;
}

/** Date mentions of clauses already read in this article, by their span: numbers in one clause share them. */
export type ClauseDates = Map<string, DateMention[]>;

/** What a number's period is read from: the sentence's date expressions, read once, and the clauses read so far. */
export interface DateContext {
  published: string;
  sentence: Sentence;
  known: ClauseDates;
  words: QuantityWords;
  cues: DateCues;
}

function datesIn(raw: string, tokens: Token[], [first, last]: [number, number], context: DateContext): DateMention[] {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const key = `${start}:${end}`;
  let dates = context.known.get(key);
  if (!dates) {
    const clause = raw.slice(start, end);
    dates = context.words.mayHoldDate.test(clause) ? findDates(clause, context.published || undefined, start, clauseExpressions(context.sentence, start, end), context.cues) : [];
    context.known.set(key, dates);
  }
  return dates;
}

/**
 * The sentence's date expressions that lie within a clause, indexed from the clause's
 * start; undefined (read the clause afresh) when one straddles its edge, since chrono
 * may read the clause alone differently.
 */
function clauseExpressions(sentence: Sentence, start: number, end: number): DateExpression[] | undefined {
  const from = start - sentence.start;
  const to = end - sentence.start;
  const inside: DateExpression[] = [];
  for (const expression of sentenceDateExpressions(sentence)) {
    const last = expression.index + expression.text.length;
    if (last <= from || expression.index >= to) continue;
    if (expression.index < from || last > to) return undefined;
    inside.push({ ...expression, index: expression.index - from });
  }
  return inside;
}

interface Period {
  start: string;
  end: string;
}

/** A mention as a period; "since August" runs up to the article's date; "the first half of 2024" is January to June. */
function asPeriod(mention: DateMention, published: string, raw: string, words: QuantityWords): Period {
  const part = yearPartBefore(raw, mention, words);
  if (part) {
    const year = Number(mention.date.slice(0, 4));
    return { start: monthStart(year, part.months[0]), end: monthEnd(year, part.months[1]) };
  }
  const since = /^since\b/i.test(mention.text) && published && published > mention.lastDay;
  return { start: mention.date, end: since ? published : mention.lastDay };
}

/** The part of a year written just before a year's mention: "the first half of (this year)" → "first half", [1, 6]. */
function yearPartBefore(raw: string, mention: DateMention, words: QuantityWords): { part: string; months: [number, number] } | undefined {
  if (mention.precision !== "year") return undefined;
  // chrono's mention may open with the "of" ("of 2023").
  const at = mention.start + (/^of\s+/i.exec(mention.text)?.[0].length ?? 0);
  const before = raw.slice(Math.max(0, at - 30), at).toLowerCase().replace(/\s+/g, " ");
  for (const [part, months] of words.yearParts) if (before.endsWith(`${part} of `)) return { part, months };
  return undefined;
}

/** Whether a clause is a date alone ("In March"), or a part of a year ("In the first half of 2024"). */
function dateAlone(span: string, mention: DateMention, raw: string, words: QuantityWords): boolean {
  const bare = span.replace(words.datePreposition, "");
  if (mention.text.length >= bare.length) return true;
  const part = yearPartBefore(raw, mention, words);
  return !!part && bare.replace(/^the\s+/i, "").toLowerCase() === `${part.part} of ${mention.text.replace(/^of\s+/i, "").toLowerCase()}`;
}

/** The period a number covers: a date in its own clause, or a date that opens the sentence on its own ("Last week, …"). */
function periodOf(raw: string, tokens: Token[], at: number, context: DateContext): Period | undefined {
  const published = context.published;
  const parts = clauses(tokens, context.words);
  const index = parts.findIndex(([f, l]) => at >= f && at <= l);
  if (index < 0) return undefined;
  const own = datesIn(raw, tokens, parts[index], context);
  // "between June and August": two mentions that chrono reads apart make one period.
  for (let m = 0; m + 1 < own.length; m++) {
    const gap = raw.slice(own[m].end, own[m + 1].start).trim().toLowerCase();
    const opener = context.words.periodOpenerBefore.test(raw.slice(Math.max(0, own[m].start - 9), own[m].start)) || context.words.periodOpenerAt.test(own[m].text);
    if (opener && context.words.periodLinks.has(gap) && own[m + 1].lastDay >= own[m].date) return { start: own[m].date, end: own[m + 1].lastDay };
  }
  if (own.length > 0) {
    const ranged = own.find((d) => d.dateEnd);
    const nearest = own.reduce((a, b) => (Math.abs(b.start - tokens[at].start) < Math.abs(a.start - tokens[at].start) ? b : a));
    return asPeriod(ranged ?? nearest, published, raw, context.words);
  }
  const year = yearAfterLink(tokens, parts[index], context.words);
  if (year) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const before = resultOf(tokens, parts, index, context.words);
  if (before !== undefined) {
    const dates = datesIn(raw, tokens, parts[before], context);
    if (dates.length > 0) return asPeriod(dates[dates.length - 1], published, raw, context.words);
  }
  if (index === 1) {
    const opening = datesIn(raw, tokens, parts[0], context);
    const span = raw.slice(tokens[parts[0][0]].start, tokens[parts[0][1]].end);
    if (opening.length === 1 && dateAlone(span, opening[0], raw, context.words)) return asPeriod(opening[0], published, raw, context.words);
  }
  return undefined;
}

/**
 * The clause whose date a clause of result takes: the one before ", killing 12 people", back over
 * the others of its kind and their "and" ("…on May 3, killing 12 and wounding 40").
 */
function resultOf(tokens: Token[], parts: Array<[number, number]>, index: number, words: QuantityWords): number | undefined {
  const opensResult = (k: number) => {
    const [first] = parts[k];
    const opener = tokens[first]?.lower === "and" ? tokens[first + 1] : tokens[first];
    return words.resultOpeners.has(opener?.lower ?? "") && tokens[first - 1]?.text === ",";
  };
  let k = index;
  while (k > 0 && opensResult(k)) k--;
  return k < index ? k : undefined;
}

/** Whether the year stands alone: not a modifier ("for 2024 exercises") nor a range's start ("2024-2028"). */
function yearEnds(next: Token | undefined, words: QuantityWords): boolean {
  return !next || (next.kind === "punct" ? next.text !== "-" && next.text !== "–" : words.stopWords.has(next.lower));
}

/** A bare year after a linking word in the clause: "a $5 billion budget for 2025" → 2025. */
function yearAfterLink(tokens: Token[], [first, last]: [number, number], words: QuantityWords): string | undefined {
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k];
    if (t.kind === "num" && /^(?:19|20)\d\d$/.test(t.text) && words.periodYearLinks.has(tokens[k - 1].lower) && yearEnds(tokens[k + 1], words)) return t.text;
  }
  return undefined;
}

export function period(raw: string, tokens: Token[], first: number, context: DateContext): Pick<QuantityRow, "period_start" | "period_end"> {
  const start = tokens[first].start;
  const window = windowTokens(tokens, start, start);
  const at = window.indexOf(tokens[first]);
  const found = at >= 0 ? periodOf(raw, window, at, context) : undefined;
  return found ? { period_start: found.start, period_end: found.end } : { period_start: "", period_end: "" };
}
