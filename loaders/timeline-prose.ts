/**
 * The explainer's paragraph over the timeline, written from the events' counts and the two
 * events it quotes, true of any corpus: the earliest dated accusation, whoever makes it, and
 * the latest agreement after it; with neither, the counts alone.
 */
import type { Explainer, ExplainerEvent } from "./explainer.ts";
import { formatDay, plural, type Paragraph, type Segment } from "./story-prose.ts";

type EventCounts = Pick<Explainer["events"], "count" | "transfers" | "transfersAlleged" | "consults" | "consultsPlanned" | "disputes" | "firstAccusation" | "agreement">;

const quoted = (e: ExplainerEvent): Segment => ({ text: `“${e.summary.replace(/\.$/, "")}”`, href: `./sources/${e.article_id}#${e.event_id}` });

/** "The articles trace … from the first accusation on record … to the agreement of …", when there is one. */
function span(first: ExplainerEvent | null, agreement: ExplainerEvent | null): Paragraph {
  if (!first) return [];
  const to: Paragraph = agreement && agreement.date > first.date ? [`, to the agreement of ${formatDay(agreement.date)} (`, quoted(agreement), ")"] : [", to the latest reports"];
  return [`The articles trace the relationship from the first accusation on record, dated ${formatDay(first.date)} (`, quoted(first), ")", ...to, ". "];
}

/** What the events are: reports of arms reaching Russia, visits and summits, accusations, denials and threats. */
function tally(e: EventCounts): string {
  const alleged = !e.transfersAlleged ? "" : e.transfersAlleged === e.transfers ? (e.transfers === 1 ? ", an allegation" : ", all of them allegations") : `, ${e.transfersAlleged.toLocaleString("en-US")} of them ${e.transfersAlleged === 1 ? "an allegation" : "allegations"}`;
  const consults = `${e.consults.toLocaleString("en-US")} ${e.consults === 1 ? "visit or summit" : "visits and summits"}${e.consultsPlanned ? ` (and ${e.consultsPlanned.toLocaleString("en-US")} planned)` : ""}`;
  return `${plural(e.transfers, "report")} of North Korean arms reaching Russia${alleged}, ${consults}, and ${plural(e.disputes, "accusation, denial or threat", "accusations, denials and threats")}`;
}

export function timelineParagraph(events: EventCounts): Paragraph {
  const opening = span(events.firstAccusation, events.agreement);
  const record = opening.length ? "They record" : "The articles record";
  if (!events.count) return [...opening, `${record} no event.`];
  return [...opening, `${record} ${plural(events.count, "event")} in all: ${tally(events)}.`];
}
