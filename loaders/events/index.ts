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
import { addMention, compatible, mergeMentions, type MergedEvent } from "./merging.ts";
import { resolvePendingRoles } from "./pending-roles.ts";
import { eventResources, type EventResources } from "./resources.ts";
import { toRow } from "./rows.ts";
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
  const headline = headlineIndex(doc);
  const body = mentions.filter((m) => isComplete(m) && m.index !== headline);
  const events = mergeMentions(body);
  attachHeadline(events, mentions.filter((m) => isComplete(m) && m.index === headline));
  inheritContextDates(events, resources.words);
  return events.map((e) => toRow(doc, e, resources)).sort((a, b) => a.char_start - b.char_start);
}

/** Index of the sentence that is the article's headline, or -1. */
function headlineIndex(doc: ArticleDoc): number {
  const title = doc.meta.title.trim();
  if (!title) return -1;
  const first = doc.sentences.slice(0, 2).find((s) => title.includes(s.text.trim()) && s.text.trim().length > 0);
  return first ? first.index : -1;
}

/** Headline mentions count as further mentions of the body's events they fit, and are otherwise dropped. */
function attachHeadline(events: MergedEvent[], mentions: Mention[]): void {
  for (const m of mentions) {
    const fit = events.find((e) => compatible(e, m));
    if (fit) addMention(fit, m);
  }
}

/** A mention with an actor: one the article pass could not complete makes no row. */
function isComplete(m: Mention): boolean {
  return m.actor.length > 0 || m.genericActor !== undefined;
}
