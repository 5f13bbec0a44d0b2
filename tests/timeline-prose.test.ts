/**
 * The paragraph over the explainer's timeline (loaders/timeline-prose.ts): it names the first
 * accusation whoever makes it, sets an agreement after it only, and keeps its counts when the
 * articles carry no accusation.
 */
import { describe, expect, it } from "vitest";
import type { ExplainerEvent } from "../loaders/explainer.ts";
import { paragraphText } from "../loaders/story-prose.ts";
import { timelineParagraph } from "../loaders/timeline-prose.ts";

const event = (event_id: string, date: string, summary: string): ExplainerEvent =>
  ({ event_id, article_id: "a1", date, summary, event_type: "ACCUSE", event_mode: "", actor: "", target: "", status: "occurred", date_end: "", date_precision: "day", date_text: "", evidence: "" }) as ExplainerEvent;
const counts = { count: 9, transfers: 2, transfersAlleged: 1, consults: 1, consultsPlanned: 0, disputes: 4, firstAccusation: null, agreement: null };

describe("the timeline paragraph", () => {
  it("opens on the first accusation, whoever makes it, and runs to a later agreement", () => {
    const p = timelineParagraph({ ...counts, firstAccusation: event("e1", "2023-03-02", "Ruritania accuses Borduria."), agreement: event("e2", "2024-01-10", "Borduria signs a pact with Syldavia") });
    expect(paragraphText(p)).toBe(
      "The articles trace the relationship from the first accusation on record, dated 2 March 2023 (“Ruritania accuses Borduria”), to the agreement of 10 January 2024 (“Borduria signs a pact with Syldavia”). They record 9 events in all: 2 reports of North Korean arms reaching Russia, 1 of them an allegation, 1 visit or summit, and 4 accusations, denials and threats.",
    );
    expect(p.filter((s) => typeof s !== "string").map((s) => (s as { href: string }).href)).toEqual(["./sources/a1#e1", "./sources/a1#e2"]);
  });

  it("never runs back to an agreement older than the accusation", () => {
    const p = timelineParagraph({ ...counts, firstAccusation: event("e1", "2023-03-02", "Ruritania accuses Borduria"), agreement: event("e2", "2022-05-01", "Borduria signs a pact") });
    expect(paragraphText(p)).toContain("(“Ruritania accuses Borduria”), to the latest reports. They record 9 events");
  });

  it("keeps the counts when no accusation is dated", () => {
    expect(paragraphText(timelineParagraph(counts))).toMatch(/^The articles record 9 events in all: 2 reports/);
    expect(paragraphText(timelineParagraph({ ...counts, count: 0 }))).toBe("The articles record no event.");
  });
});
