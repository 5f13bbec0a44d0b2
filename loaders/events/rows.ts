/** An event's row of the events table. */
import type { ArticleDoc } from "../document.ts";
import { summarise } from "../event-summary.ts";
import type { MergedEvent } from "./merging.ts";
import type { EventResources } from "./resources.ts";
import type { EventRow } from "./types.ts";

/** The row of a merged event: its anchor mention's sentence, its date and parties, the summary. */
export function toRow(doc: ArticleDoc, e: MergedEvent, res: EventResources): EventRow {
  const a = e.anchor;
  const d = e.date;
  const date = d?.date ?? "";
  // A stated range ends on its last day ("from August to January" → 31 January).
  const dateEnd = d && d.dateEnd ? d.lastDay : "";
  return {
    event_id: "",
    article_id: doc.article.id,
    date,
    date_end: dateEnd,
    date_precision: d?.precision ?? "",
    date_text: d?.text ?? "",
    event_type: a.type,
    event_mode: a.mode,
    actor: e.actor.join(";"),
    target: e.target.join(";"),
    status: e.status,
    location: e.location,
    summary: withGenericActor(e, summarise({ type: a.type, mode: a.mode, joint: a.entry?.joint ?? false, actor: e.actor, target: e.target, location: e.location, status: e.status }, res.summaries, res.gazetteer)),
    evidence: a.sentence.text,
    char_start: a.sentence.start,
    char_end: a.sentence.end,
    date_basis: d ? e.dateBasis : "none",
    mentions: new Set(e.mentions.map((m) => m.index)).size,
    rule: [...new Set(e.mentions.map((m) => m.rule))].join(";"),
  };
}

/** An actor with no code is named by the subject's own words ("Lt. Gen. Prosper Avril resigns"). */
function withGenericActor(e: MergedEvent, summary: string): string {
  const generic = e.actor.length === 0 ? e.mentions.find((m) => m.genericActor)?.genericActor : undefined;
  return generic ? `${generic} ${summary}` : summary;
}
