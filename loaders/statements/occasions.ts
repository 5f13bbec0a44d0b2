import { findDates, type DateMention } from "../dates.ts";
import type { ArticleDoc } from "../document.ts";
import { stripDeterminer } from "../speakers.ts";
import { escapeRegExp } from "../text.ts";
import { type Built } from "./rows.ts";
import { type Draft, inRange, withinRange } from "./sentence.ts";

/** The date the attribution gives, nearest to the verb; dates inside the content do not count. */
export function pickDate(draft: Draft, { published, dateCues }: Pick<ArticleDoc, "published" | "dateCues">): DateMention | undefined {
  const { ctx } = draft;
  const base = ctx.sentence.start;
  // "urged Chile on Friday to withdraw": a time between a request's object and its infinitive is the asking's.
  const attribution = draft.requestObject ? [...draft.attribution, draft.requestObject] : draft.attribution;
  const said = (d: DateMention) => withinRange(attribution, d.start - base, d.end - base) && (!inRange(draft.ranges, d.start - base) || withinRange(draft.requestObject ? [draft.requestObject] : [], d.start - base, d.end - base));
  const candidates = ctx.dates.filter((d) => d.date !== "" && said(d));
  const best = candidates.sort((a, b) => Math.abs(a.start - base - draft.anchor) - Math.abs(b.start - base - draft.anchor))[0];
  // Words are said before they are reported: a weekday that the quote's "will" pushed ahead is read again alone.
  if (best && published && best.date > published) return findDates(best.text, published, best.start, undefined, dateCues)[0] ?? best;
  return best;
}

/**
 * Sentences that report the same speaker's occasion share its date and channel: the
 * previous dated statement of the same speaker first, else the next.
 */
export function carryOccasions(built: Built[]): void {
  const snapshot = built.map((b) => ({ date: b.row.date, precision: b.row.date_precision, via: b.row.via }));
  // Donors indexed by speaker (then country, for a speaker named in a role), channels by speaker
  // (then channel), each as indices in article order: a long article costs linear time, not quadratic.
  const dated = new Map<string, Map<string, number[]>>();
  const vias = new Map<string, Map<string, number[]>>();
  built.forEach((x, k) => {
    if (snapshot[k].date && !x.draft.nominal) pushAt(dated, x.row.speaker, x.row.speaker_country, k);
    if (snapshot[k].via) pushAt(vias, x.row.speaker, snapshot[k].via, k);
  });
  const namedIn = memoise((speaker: string, role: string) => new RegExp(`\\b${escapeRegExp(stripDeterminer(speaker))}\\b`, "i").test(role));
  built.forEach((b, i) => {
    // Generic plural speakers ("US officials", "experts") speak on many occasions: no carrying over.
    if (!b.row.date && !(b.speaker.kind === "description" && b.speaker.plural)) {
      const donor = nearest(donorLists(dated, b, namedIn), i);
      if (donor !== undefined) {
        b.row.date = snapshot[donor].date;
        b.row.date_precision = snapshot[donor].precision;
      }
    }
    const own = vias.get(b.row.speaker);
    if (!own) return;
    const first = nearest(own.values(), i);
    if (!b.row.via && first !== undefined) b.row.via = snapshot[first].via;
    if (b.row.via) {
      // "the press briefing" is the "telephonic press briefing" named before.
      const { via } = b.row;
      const fuller = nearest([...own].filter(([v]) => v.length > via.length && v.toLowerCase().endsWith(via.toLowerCase())).map(([, list]) => list), i);
      if (fuller !== undefined) b.row.via = snapshot[fuller].via;
    }
  });
}

/** The lists of statements that may lend `b` their date: its own speaker's, or a speaker its role names from the same country. */
export function donorLists(dated: Map<string, Map<string, number[]>>, b: Built, namedIn: (speaker: string, role: string) => boolean): number[][] {
  const lists = [...(dated.get(b.row.speaker)?.values() ?? [])];
  if (!b.row.speaker_role) return lists;
  for (const [speaker, byCountry] of dated) {
    const list = byCountry.get(b.row.speaker_country);
    if (list && speaker && speaker !== b.row.speaker && namedIn(speaker, b.row.speaker_role)) lists.push(list);
  }
  return lists;
}

export function pushAt(index: Map<string, Map<string, number[]>>, key: string, sub: string, k: number): void {
  let inner = index.get(key);
  if (!inner) index.set(key, (inner = new Map()));
  const list = inner.get(sub);
  if (list) list.push(k);
  else inner.set(sub, [k]);
}

/** Of indices in ascending lists, the nearest one before `i`, else the first after it (never `i`). */
export function nearest(lists: Iterable<number[]>, i: number): number | undefined {
  let before = -1;
  let after = Infinity;
  for (const list of lists) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before = Math.max(before, list[lo - 1]);
    if (list[lo] === i) lo++;
    if (lo < list.length) after = Math.min(after, list[lo]);
  }
  if (before >= 0) return before;
  return after < Infinity ? after : undefined;
}

/** A two-argument function whose results are kept, for tests repeated over many rows. */
export function memoise<T>(f: (a: string, b: string) => T): (a: string, b: string) => T {
  const cache = new Map<string, T>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = f(a, b)));
    return value as T;
  };
}


