/**
 * Events: PLOVER-coded things that happened, were planned, alleged or denied between actors.
 *
 * Dictionary-driven, in the tradition of the event coders (TABARI, PETRARCH): the actor
 * gazetteer (`data/actors.yaml`) names the parties, the verb-pattern dictionary
 * (`data/event-verbs.yaml`) names the acts and says where in the clause each act's actor
 * and target stand. A sentence is read in four steps (mentions.ts):
 *
 *   1. parties (sentence-parties.ts, parties.ts): gazetteer mentions, joined into groups
 *      ("Washington and Seoul", "Russia's Vladimir Putin", "US-South Korean"), plus
 *      pronouns and "the three allies";
 *   2. attributions (attributions.ts): who the sentence says spoke ("…, Kirby said Thursday");
 *   3. mentions: every dictionary trigger with its actor and target (roles.ts,
 *      earlier-acts.ts), status (status.ts) and date (mention-dates.ts);
 *   4. article pass: denials get their accusers (pending-roles.ts), mentions of one event
 *      are merged into one row (merging.ts), undated mentions take the date of the occasion
 *      they continue (context-dates.ts); rows.ts writes the row.
 *
 * memory.ts holds what the reader keeps from sentence to sentence, bounded so that the
 * reading stays linear in the article's length.
 */
import type { ArticleDoc } from "../document.ts";
import { PLOVER_TYPES, type PloverType } from "../plover.ts";
import { inheritContextDates } from "./context-dates.ts";
import { articleMemory } from "./memory.ts";
import { readSentence } from "./mentions.ts";
import { MergeCandidates } from "./merge-candidates.ts";
import { addMention, compatible, mergeMentions, partiesKey, sortedKey, type MergedEvent } from "./merging.ts";
import { resolvePendingRoles } from "./pending-roles.ts";
import { eventResources, type EventResources } from "./resources.ts";
import { toRow } from "./rows.ts";
import { isHomeOnly } from "./domestic-support.ts";
import { articleSetting } from "../speakers/home-state.ts";
import { isPledgeOfToldAct, isPledgeToNoOne, pledgedThreat } from "./pledges.ts";
import type { EventRow, Mention } from "./types.ts";

export { PLOVER_TYPES, type PloverType };
export { eventResources, type EventResources };
export type { EventRow, EventStatus } from "./types.ts";

/** The events table's rows of one article, in text order (ids are given by tables.ts). */
export function extractEvents(doc: ArticleDoc, resources: EventResources = eventResources()): EventRow[] {
  const memory = articleMemory(doc, resources);
  const mentions = doc.sentences.flatMap((s) => readSentence(memory, s));
  resolvePendingRoles(mentions);
  // A headline sums up the body: its mentions join the body's rows but make none of their own.
  // So does a heading line of a page ("Ukraine says it captured two soldiers", a section's title).
  const headings = headingIndexes(doc);
  const body = mentions.filter((m) => isComplete(m) && !headings.has(m.index));
  // "Kim visited a drone factory": a visit that, told in every sentence, names no one visited is no meeting.
  const pledge = resources.speechActs.pledge;
  // A coercive act pledged is a threat (pledges.ts); the pledge's AGREE still yields to the act it pledges.
  const events = mergeMentions(body.map((m) => pledgedThreat(m, resources.words)), resources.words.recurring).filter((e) => (e.target.length > 0 || !e.mentions.every((m) => m.entry?.eventNeedsTarget)) && !isPledgeOfToldAct(e, pledge, body) && !isPledgeToNoOne(e, pledge, resources.gazetteer));
  attachHeadline(events, mentions.filter((m) => isComplete(m) && headings.has(m.index)));
  // Praise and endorsement inside the article's own state are no events (domestic-support.ts).
  const home = articleSetting(doc, resources.gazetteer).state;
  const kept = events.filter((e) => !isHomeOnly(e, home, resources.words));
  inheritContextDates(kept, resources.words);
  return kept.map((e) => toRow(doc, e, resources)).sort((a, b) => a.char_start - b.char_start);
}

/** The spans [start, end) of the article's heading sentences (its headline, section titles). */
export function headingSpans(doc: ArticleDoc): Array<[number, number]> {
  return [...headingIndexes(doc)].map((i) => [doc.sentences[i].start, doc.sentences[i].end]);
}

/** Index of the sentence that is the article's headline, or -1. */
function headlineIndex(doc: ArticleDoc): number {
  const title = doc.meta.title.trim();
  if (!title) return -1;
  const first = doc.sentences.slice(0, 2).find((s) => title.includes(s.text.trim()) && s.text.trim().length > 0);
  return first ? first.index : -1;
}

/** Most words a heading line has: a longer line without a full stop is prose cut short, not a heading. */
const HEADING_WORDS = 20;

/**
 * The sentences that are headings: the headline, and any line that stands alone, has no
 * closing punctuation and is short ("Putin, Kim wrap up talks at spaceport", "US calls for
 * … to end"), as pages set their headline and section titles.
 */
function headingIndexes(doc: ArticleDoc): Set<number> {
  const out = new Set<number>();
  const headline = headlineIndex(doc);
  if (headline >= 0) out.add(headline);
  const { raw, bodyStart } = doc.article;
  for (const s of doc.sentences) if (isHeadingLine(raw, s.start, s.end, bodyStart)) out.add(s.index);
  return out;
}


/**
 * Whether [start, end) of `raw` is a whole line (the body's first counts), short and without a
 * sentence's closing punctuation. The body's first line may end in a semicolon: a headline set
 * before its deck ("Mayor questions the audit;" over "Talk of a recount grows").
 */
export function isHeadingLine(raw: string, start: number, end: number, bodyStart = 0): boolean {
  const text = raw.slice(start, end).trim();
  const first = start <= bodyStart;
  if (!text || /[.!?:,"”'’)\]…]$/.test(text) || (!first && text.endsWith(";")) || !/^\p{Lu}/u.test(text)) return false;
  if (text.split(/\s+/).length > HEADING_WORDS) return false;
  const lineStart = first || /\n[ \t]*$/.test(raw.slice(Math.max(0, start - 20), start));
  const lineEnd = end >= raw.length || /^[ \t]*(?:\r?\n|$)/.test(raw.slice(end, end + 4));
  return lineStart && lineEnd;
}

/** Headline mentions count as further mentions of the first of the body's events they fit, and are otherwise dropped. */
function attachHeadline(events: MergedEvent[], mentions: Mention[]): void {
  if (!mentions.length) return;
  // Each heading is tried only against the events of its type and parties (merge-candidates.ts):
  // a long article has thousands of headings and events, and trying each against each was quadratic.
  const candidates = new MergeCandidates(sortedKey, partiesKey);
  for (const e of events) candidates.add(e);
  for (const m of mentions) {
    let fit: MergedEvent | undefined;
    for (const e of candidates.of(m)) if ((!fit || candidates.madeIndex(e) < candidates.madeIndex(fit)) && compatible(e, m)) fit = e;
    if (fit) addMention(fit, m);
  }
}

/** A mention with an actor: one the article pass could not complete makes no row. */
function isComplete(m: Mention): boolean {
  return m.actor.length > 0 || m.genericActor !== undefined;
}
