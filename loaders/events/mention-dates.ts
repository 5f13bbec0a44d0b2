/**
 * The date of a mention: the dates of its sentence joined into ranges, and the one that
 * tells when the act happened rather than when it was reported.
 */
import type { DateMention } from "../dates.ts";
import type { EventEntry } from "../event-dictionary.ts";
import { allMatches } from "../text.ts";
import { quoteOf } from "./quotations.ts";
import type { Attribution, EventStatus } from "./types.ts";
import type { EventWords } from "./words.ts";

/**
 * "between July and February", "between January 2023 and September this year": two dates
 * that the date reader finds apart make one range. A range runs forward, so a start later
 * than its end lies in the year before.
 */
export function joinRanges(words: EventWords, text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    const opener = words.rangeOpenerBefore.test(text.slice(Math.max(0, a.start - 9), a.start)) || words.rangeOpenerStart.test(a.text);
    if (b && opener && !a.dateEnd && a.precision === b.precision && words.rangeJoiner.test(text.slice(a.end, b.start))) {
      const start = a.date > b.date ? `${Number(a.date.slice(0, 4)) - 1}${a.date.slice(4)}` : a.date;
      const lead = words.rangeOpenerBefore.exec(text.slice(Math.max(0, a.start - 9), a.start));
      const from = lead ? a.start - lead[0].length : a.start;
      out.push({ ...a, start: from, end: b.end, text: text.slice(from, b.end), date: start, dateEnd: b.date, lastDay: b.lastDay });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * "attacked a post on Monday and a base on Wednesday": when the trigger's own conjunct has a
 * date after it, a date before it across "and" or "but" is the earlier conjunct's.
 */
function ownConjunct(words: EventWords, text: string, ts: number, te: number, dates: DateMention[]): DateMention[] {
  const after = dates.some((d) => d.start >= te && !/[.;]/.test(text.slice(te, d.start)) && !words.conjunctOpener.test(text.slice(te, d.start)));
  return after ? dates.filter((d) => d.start >= te || !words.conjunctOpener.test(text.slice(d.end, ts))) : dates;
}

/** A date that tells when something was said: right after the verb, between its speaker and it, or opening the sentence before it. */
export function reportDate(words: EventWords, text: string, dates: DateMention[], start: number, end: number): DateMention | undefined {
  const after = dates.find((d) => d.start >= end && d.start - end <= 30 && !/[.;]/.test(text.slice(end, d.start)));
  if (after) return after;
  // "The White House on Friday said": a date between the speaker and the verb, nothing but an adverb after it.
  const between = dates.find((d) => d.end <= start && start - d.end <= 16 && words.subjectGap.test(text.slice(d.end, start)));
  if (between) return between;
  return dates.find((d) => d.start <= 3 && d.end <= start && /^\s*,/.test(text.slice(d.end, d.end + 2)));
}

/** Whether a relative clause with a subject of its own opens in the gap ("…, which Bolivia invaded", "where they fought"). */
function otherClauseBetween(words: EventWords, gap: string): boolean {
  for (const m of gap.matchAll(words.ownSubjectRelative)) {
    if (/^[A-Z]/.test(m[1]) || words.relativeSubjectStarts.has(m[1].toLowerCase())) return true;
  }
  return false;
}

/** Whether the words right before the trigger make it background with no date of its own ("recent", "despite"). */
export function undatable(words: EventWords, text: string, ts: number): boolean {
  const last = text.slice(Math.max(0, ts - 40), ts).trim().split(/\s+/).slice(-3).join(" ");
  return words.undatable.test(last);
}

/** A verb that may date what it reports ("said Thursday", "accused … last week"). */
interface DateAnchor {
  start: number;
  end: number;
  date?: DateMention;
}

/** Whether a date tells when another verb than the trigger at `ts` reported something. */
function reportsAt(anchors: DateAnchor[], ts: number, d: DateMention): boolean {
  return anchors.some((a) => a.date === d && a.start !== ts);
}

/** The speaker's own statement: "Pak said in a statement on Monday that … could provoke …". */
function ownStatement(entry: EventEntry, attributions: Attribution[], actor: string[], d: DateMention): boolean {
  return entry.speech && attributions.some((a) => a.date === d && a.codes.length > 0 && a.codes.every((c) => actor.includes(c)));
}

/**
 * The date of a mention: the nearest date in its own quotation scope, except a date that
 * tells when a report was made, which dates the reported act only when the act is public
 * ("North Korea reported last week that … visited") or was ongoing at the time ("was
 * already in talks"); "accused X of supplying" says nothing of when the supplying was.
 */
export function pickDate(words: EventWords, entry: EventEntry, text: string, ts: number, te: number, dates: DateMention[], attributions: Attribution[], quotes: Array<[number, number]>, status: EventStatus, actor: string[]): DateMention | undefined {
  // Most sentences give no date: nothing to pick from.
  if (dates.length === 0) return undefined;
  const scope = quoteOf(quotes, ts);
  const anchors: DateAnchor[] = attributions.map((a) => ({ start: a.start, end: a.end, date: a.date }));
  // Speech triggers date their own act too: "Last week, Kirby accused North Korea of supplying …".
  for (const m of allMatches(words.speechTrigger, text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s === ts) continue;
    anchors.push({ start: s, end: e, date: reportDate(words, text, dates, s, e) });
  }
  const candidates = dates.filter((d) => quoteOf(quotes, d.start) === scope || (scope === -1 && quoteOf(quotes, d.start) === -1));
  const usable = candidates.filter((d) => {
    // "will end its work on Tuesday, a month after Russia vetoed": the date is the main
    // clause's, and "after" puts the act at another time.
    if (d.end <= ts && words.timeShifter.test(text.slice(d.end, ts))) return false;
    // "sent to Chile, which Bolivia invaded in August": the date is the relative clause's act's.
    if (d.start >= te && otherClauseBetween(words, text.slice(te, d.start))) return false;
    // "The veto on March 28 came as the panel was investigating reports that Pyongyang
    // had been shipping weapons": a contested act in a that-clause is not dated by the
    // main clause, unless it was ongoing then ("was in the process of buying").
    if (entry.contested && d.end <= ts && words.complementizer.test(text.slice(d.end, ts)) && !words.progressive.test(text.slice(d.end, ts))) return false;
    const anchor = anchors.find((a) => a.date === d && a.start !== ts);
    if (!anchor || ownStatement(entry, attributions, actor, d)) return true;
    const inComplement = ts >= anchor.end ? words.complementOpener.test(text.slice(anchor.end, ts)) : /[,”"]/.test(text.slice(ts, anchor.start));
    if (!inComplement) return true;
    if (entry.speech) return false;
    if (words.progressive.test(text.slice(anchor.end, ts))) return true;
    return entry.public && !entry.noun && status === "occurred";
  });
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  // A date of the act's own clause beats the date its report was made.
  const own = usable.filter((d) => !reportsAt(anchors, ts, d) || ownStatement(entry, attributions, actor, d));
  for (const d of ownConjunct(words, text, ts, te, own.length ? own : usable)) {
    const distance = d.start >= te ? d.start - te : ts - d.end;
    if (Math.abs(distance) < bestDistance) {
      best = d;
      bestDistance = Math.abs(distance);
    }
  }
  return best;
}
