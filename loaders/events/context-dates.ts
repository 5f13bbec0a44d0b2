/** Dates from context: an undated event takes the date of the occasion it continues. */
import { undatable } from "./mention-dates.ts";
import { sortedKey, type MergedEvent } from "./merging.ts";
import { listOf } from "./wording.ts";
import type { EventWords } from "./words.ts";

/**
 * Undated events take a date from the occasion they continue: a statement's next sentence
 * by the same side ("Pak … warned that …" after "On June 24, … criticized …"), or an act
 * told in the same sentence as a dated one by the same actor ("travelled … in a bid to …").
 */
export function inheritContextDates(events: MergedEvent[], words: EventWords): void {
  const bySentence = new Map<number, MergedEvent[]>();
  for (const e of events) for (const m of e.mentions) listOf(bySentence, m.index).push(e);
  for (const e of events) {
    if (e.date) continue;
    const a = e.anchor;
    if (undatable(words, a.sentence.text, a.ts) || words.laterWord.test(a.sentence.text.slice(0, a.ts))) continue;
    // Same sentence: an act whose purpose this is, by the same actor, told just before.
    const sibling = (bySentence.get(a.index) ?? []).find((o) => o !== e && o.date && sortedKey(o.actor) === sortedKey(e.actor) && (o.index.bySentence.get(a.index) ?? []).some((m) => m.ts < a.ts && a.ts - m.te < 40));
    if (sibling) {
      e.date = sibling.date;
      e.dateBasis = "context";
      continue;
    }
    if (!a.speech && !a.attributed) continue;
    // The occasion it continues: a dated statement by the same side one or two sentences before.
    for (let back = 1; back <= 2 && !e.date; back++) {
      const prior = (bySentence.get(a.index - back) ?? []).find((o) => o.date && o.anchor.speech && o.anchor.index === a.index - back && sortedKey(o.actor) === sortedKey(e.actor));
      if (prior) {
        e.date = prior.date;
        e.dateBasis = "context";
      }
    }
  }
}
