import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module of the site, without types.
import { articleHeading, articleLabel, articleLabels, longDate } from "../src/components/article-label.js";

describe("an article named for a reader", () => {
  it("by its outlet and publication day, whether the date is a Date or text", () => {
    expect(articleLabel({ article_id: "007_ab12", outlet: "The Ledger", published: "2025-03-09" })).toBe("The Ledger, 9 March 2025");
    expect(articleLabel({ article_id: "007_ab12", outlet: "The Ledger", published: new Date("2025-03-09T00:00:00Z") })).toBe("The Ledger, 9 March 2025");
  });

  it("says what it does not know, and never falls back to the id", () => {
    expect(articleLabel({ article_id: "007_ab12", outlet: "", published: "2025-12-31" })).toBe("Outlet unknown, 31 December 2025");
    expect(articleLabel({ article_id: "007_ab12", outlet: "Wire", published: null })).toBe("Wire, date unknown");
    expect(articleLabel(undefined)).toBe("Outlet unknown, date unknown");
    expect(longDate(new Date("not a date"))).toBe("");
    expect(longDate("soon")).toBe("");
  });

  it("heads its page with the headline when it has one", () => {
    expect(articleHeading({ article_id: "007_ab12", title: "Harbour reopens", outlet: "Wire", published: "2025-01-02" })).toBe("Harbour reopens");
    expect(articleHeading({ article_id: "007_ab12", title: "  ", outlet: "Wire", published: "2025-01-02" })).toBe("Wire, 2 January 2025");
  });

  it("tells apart two articles of one outlet and day, by headline, else as one of several", () => {
    const labels = articleLabels([
      { article_id: "a", outlet: "Reuters", published: "2024-06-24", title: "" },
      { article_id: "b", outlet: "Reuters", published: "2024-06-24", title: "Allies condemn pact" },
      { article_id: "c", outlet: "AP", published: "2024-06-24", title: "" },
      { article_id: "d", outlet: "Wire", published: "2025-01-02", title: "Same" },
      { article_id: "e", outlet: "Wire", published: "2025-01-02", title: "Same" },
    ]);
    expect(labels.get("a")).toBe("Reuters, 24 June 2024, one of 2 articles that day");
    expect(labels.get("b")).toBe("Reuters, 24 June 2024, “Allies condemn pact”");
    expect(labels.get("c")).toBe("AP, 24 June 2024");
    expect(labels.get("d")).toBe("Wire, 2 January 2025, one of 2 articles that day");
  });
});
