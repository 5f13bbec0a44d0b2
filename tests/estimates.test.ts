/**
 * The date of a claim: the day of the statement whose span holds the figure, when the
 * article dates it to the day and not after its own publication; else the article's day.
 */
import { describe, expect, it } from "vitest";
import { estimatesOf, loadEstimatesDictionary } from "../loaders/estimates.ts";
import type { ArticleRow } from "../loaders/articles.ts";
import type { QuantityRow } from "../loaders/quantities.ts";
import type { StatementRow } from "../loaders/statements.ts";
import type { EventRow } from "../loaders/events/index.ts";

const evidence = "The ministry said on Monday that 3,000 shells were shipped to Russia.";
const article = (article_id: string, published: string) => ({ article_id, published, outlet: "Outlet" }) as ArticleRow;
const quantity = (article_id: string): QuantityRow => ({
  quantity_id: `q-${article_id}`, article_id, text: "3,000 shells", value: 3000, value_max: "", bound: "exact", unit: "shells", item: "shells",
  category: "munitions", attributed_to: "the ministry", period_start: "", period_end: "", evidence, char_start: 32, char_end: 44, change: "",
}) as QuantityRow;
const statement = (article_id: string, date: string, date_precision: StatementRow["date_precision"], char_start = 29): StatementRow => ({
  statement_id: `s-${article_id}`, article_id, speaker: "the ministry", speaker_role: "", speaker_country: "", quote: "", kind: "indirect",
  stance: "other", target: "", date, date_precision, via: "", evidence, char_start, char_end: 67,
});

const dictionary = loadEstimatesDictionary();
const dateOf = (statements: StatementRow[], published = "2024-03-06") => {
  const { points } = estimatesOf({ quantities: [quantity("a")], articles: [article("a", published)], statements }, dictionary);
  return points.map((p) => [p.date, p.date_basis, p.reported]);
};

describe("the date of a claim", () => {
  it("is the day of the statement that carries the figure", () => {
    expect(dateOf([statement("a", "2024-03-04", "day")])).toEqual([["2024-03-04", "statement", "2024-03-06"]]);
  });

  it("is the article's day when the statement is dated only to the month, does not hold the figure, or is later than the article", () => {
    expect(dateOf([statement("a", "2024-03-01", "month")])).toEqual([["2024-03-06", "article", "2024-03-06"]]);
    expect(dateOf([statement("a", "2024-03-04", "day", 50)])).toEqual([["2024-03-06", "article", "2024-03-06"]]);
    expect(dateOf([statement("a", "2024-03-09", "day")])).toEqual([["2024-03-06", "article", "2024-03-06"]]);
    expect(dateOf([])).toEqual([["2024-03-06", "article", "2024-03-06"]]);
  });

  it("makes one point of the same claim reported on two days", () => {
    const { points } = estimatesOf({
      quantities: [quantity("a"), quantity("b")], articles: [article("a", "2024-03-05"), article("b", "2024-03-08")],
      statements: [statement("a", "2024-03-04", "day"), statement("b", "2024-03-04", "day")],
    }, dictionary);
    expect(points.map((p) => [p.date, p.articles])).toEqual([["2024-03-04", 2]]);
  });
});

describe("the flow an estimate counts", () => {
  const reversedEvidence = "Pyongyang has received 3,000 shells from Russia, the ministry said on Monday.";
  const event = (actor: string, target: string) => ({ article_id: "a", actor, target, evidence: reversedEvidence }) as EventRow;
  const q = { ...quantity("a"), evidence: reversedEvidence };

  it("leaves out an amount whose sentence tells a transfer the other way", () => {
    const points = (events: EventRow[]) => estimatesOf({ quantities: [q], articles: [article("a", "2024-03-06")], events }, dictionary).points.length;
    expect(dictionary.flow).toEqual({ from: ["PRK"], to: ["RUS"] });
    expect(points([event("RUS", "PRK")])).toBe(0);
    expect(points([event("PRK", "RUS")])).toBe(1);
    expect(points([])).toBe(1);
  });
});
