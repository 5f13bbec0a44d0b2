/**
 * Claims: rows of different articles that report the same thing are one claim, with the
 * number of articles and outlets; grouping goes by key buckets and date windows.
 */
import { describe, expect, it } from "vitest";
import type { ArticleRow } from "../loaders/articles.ts";
import { buildClaims, eventItem, onePerArticle, windows } from "../loaders/claims.ts";
import type { EventRow } from "../loaders/events/index.ts";
import type { QuantityRow } from "../loaders/quantities.ts";
import type { StatementRow } from "../loaders/statements.ts";

const article = (id: string, outlet: string, published: string): ArticleRow =>
  ({ article_id: id, title: "", outlet, published, published_basis: "metadata", published_note: "", url: "", file: `${id}.txt`, sentences: 1, characters: 1 }) as ArticleRow;

const shells = (id: string, articleId: string, text: string): QuantityRow => ({
  quantity_id: id, article_id: articleId, text, value: 1_600_000, value_max: "", bound: "approx", unit: "shells", item: "artillery shells",
  category: "munitions", change: "", attributed_to: "Washington Post", period_start: "", period_end: "", evidence: text, char_start: 0, char_end: text.length,
});

const event = (id: string, articleId: string, over: Partial<EventRow>): EventRow => ({
  event_id: id, article_id: articleId, date: "", date_end: "", date_precision: "", date_text: "", event_type: "CONSULT", event_mode: "visit",
  actor: "RUS", target: "PRK", status: "occurred", location: "", summary: "Russia visits North Korea", evidence: "", char_start: 0, char_end: 1,
  date_basis: "none", mentions: 1, rule: "visit-verb", ...over,
});

const statement = (id: string, articleId: string, date: string): StatementRow => ({
  statement_id: id, article_id: articleId, speaker: "John Kirby", speaker_role: "", speaker_country: "USA", quote: "North Korea is supplying shells",
  kind: "indirect", stance: "accuse", target: "PRK", date, date_precision: "day", via: "", evidence: "", char_start: 0, char_end: 1,
});

const articles = [article("a1", "Reuters", "2024-06-24"), article("a2", "AP", "2024-06-25"), article("a3", "Reuters", "2024-06-26")];

describe("buildClaims", () => {
  it("makes the same amount told by two articles of two outlets one claim with two sources", () => {
    const claims = buildClaims({ articles, quantities: [shells("q1", "a1", "about 1.6 million artillery shells"), shells("q2", "a2", "1.6 million shells")], events: [], statements: [] });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: "quantity", articles: 2, outlets: 2, article_ids: "a1;a2", row_ids: "q1;q2", first_reported: "2024-06-24", last_reported: "2024-06-25", corroborated: "yes" });
  });
  it("says when several articles come from one outlet", () => {
    const [claim] = buildClaims({ articles, quantities: [shells("q1", "a1", "1.6 million shells"), shells("q3", "a3", "1.6 million shells")], events: [], statements: [] });
    expect([claim.articles, claim.outlets, claim.corroborated]).toEqual([2, 1, "same outlet"]);
  });
  it("does not count articles without an outlet as outlets of their own", () => {
    const unnamed = [...articles, article("a4", "", "2024-06-27"), article("a5", "", "2024-06-28")];
    const claim = (...ids: string[]) => buildClaims({ articles: unnamed, quantities: ids.map((id, i) => shells(`q${i}`, id, "1.6 million shells")), events: [], statements: [] })[0];
    // Two articles naming no outlet may be one wire report printed twice.
    expect([claim("a4", "a5").outlets, claim("a4", "a5").corroborated]).toEqual([0, "outlet unknown"]);
    // One named outlet and one unknown: one outlet, independence unknown.
    expect([claim("a1", "a4").outlets, claim("a1", "a4").corroborated]).toEqual([1, "outlet unknown"]);
    // Two named outlets corroborate whatever the others are.
    expect([claim("a1", "a2", "a4").outlets, claim("a1", "a2", "a4").corroborated]).toEqual([2, "yes"]);
    expect(claim("a4").corroborated).toBe("no");
  });
  it("groups the same event between the same actors within a few days, and keeps a later one apart", () => {
    const claims = buildClaims({
      articles, quantities: [], statements: [],
      events: [
        event("e1", "a1", { date: "2024-06-19", date_precision: "day" }),
        event("e2", "a2", { date: "2024-06-17", date_precision: "week", actor: "PRK", target: "RUS" }),
        event("e3", "a3", { date: "2024-07-30", date_precision: "day" }),
        event("e4", "a2", { event_type: "AID", actor: "PRK", target: "RUS" }),
      ],
    });
    const visits = claims.filter((c) => c.key.startsWith("event|CONSULT"));
    expect(visits.map((c) => c.row_ids)).toEqual(["e2;e1", "e3"]);
    expect(claims.find((c) => c.row_ids === "e4")).toMatchObject({ articles: 1, corroborated: "no" });
  });
  it("groups the same speaker's same statement across articles", () => {
    const claims = buildClaims({ articles, quantities: [], events: [], statements: [statement("s1", "a1", "2024-06-20"), statement("s2", "a2", "2024-06-21")] });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: "statement", articles: 2 });
  });
  it("keeps two rows of one article apart (an article tells them apart)", () => {
    const claims = buildClaims({ articles, quantities: [], statements: [], events: [event("e1", "a1", {}), event("e2", "a1", { char_start: 5 })] });
    expect(claims).toHaveLength(2);
  });
  it("gives stable ids derived from the key, whatever the order of rows", () => {
    const rows = [shells("q1", "a1", "x"), shells("q2", "a2", "y")];
    const a = buildClaims({ articles, quantities: rows, events: [], statements: [] });
    const b = buildClaims({ articles, quantities: [...rows].reverse(), events: [], statements: [] });
    expect(a[0].claim_id).toBe(b[0].claim_id);
    expect(a[0].claim_id).toMatch(/^c-[0-9a-z]{7}$/);
  });
});

describe("grouping is by key buckets, then date windows", () => {
  it("sweeps a bucket once: rows chain into a window while each starts within 3 days of its end", () => {
    const items = ["2024-01-01", "2024-01-03", "2024-01-06", "2024-01-20", ""].map((d, i) => eventItem(event(`e${i}`, `a${i}`, { date: d })));
    expect(windows(items).map((g) => g.map((i) => i.rowId))).toEqual([["e0", "e1", "e2"], ["e3"], ["e4"]]);
  });
  it("splits a window into one row per article", () => {
    const items = [event("e1", "a1", {}), event("e2", "a1", {}), event("e3", "a2", {})].map(eventItem);
    expect(onePerArticle(items).map((g) => g.map((i) => i.rowId))).toEqual([["e1", "e3"], ["e2"]]);
  });
  it("handles many rows in near-linear time", () => {
    const many: EventRow[] = [];
    for (let i = 0; i < 40_000; i++) many.push(event(`e${i}`, `a${i % 500}`, { actor: ["RUS", "PRK", "USA", "CHN"][i % 4], date: `2024-0${1 + (i % 9)}-1${i % 10}` }));
    const t0 = Date.now();
    const claims = buildClaims({ articles, quantities: [], events: many, statements: [] });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(claims.reduce((n, c) => n + c.row_ids.split(";").length, 0)).toBe(many.length);
  });
});
