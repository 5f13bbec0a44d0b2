import { describe, expect, it } from "vitest";
import { articleRow, loadArticleDictionaries } from "../loaders/articles.ts";
import { makeArticle } from "./helpers.ts";

const dictionaries = loadArticleDictionaries();
const row = (raw: string) => articleRow(makeArticle(raw), dictionaries);

describe("a page's opening dates it", () => {
  it("reads a title-case dateline with its day and year, before a colon or a credit's dash", () => {
    expect(row("Lima, May 8, 2025: Peru has recalled its envoy, the ministry said on Thursday.")).toMatchObject({ published: "2025-05-08", published_basis: "inferred" });
  });

  it("gives a dateline without a year the year whose weekday the lead names", () => {
    // 25 October is a Wednesday in 2023, not in 2024 or 2025.
    const r = row("Quito, Oct 25 (EFE).- The number of displaced people rose in the first half of 2023, the agency said on Wednesday.");
    expect(r).toMatchObject({ published: "2023-10-25", published_basis: "inferred" });
  });

  it("reads a full date before a dash at the head of the prose, also under a headline", () => {
    const r = row("Peru's president visits Chile\n\n\n18th June 2024 – (Santiago) The president of Peru arrived in Santiago, officials said on Wednesday.");
    expect(r).toMatchObject({ published: "2024-06-18", published_basis: "inferred" });
  });

  it("takes the created day from a byline whose fields are set apart by bars", () => {
    const r = row("Chile opens a port\n\nBy The Daily Post | Created at 2025-03-27 00:25:56 | Updated at 2025-04-05 01:03:42\n\nChile opened a port, the minister said.");
    expect(r).toMatchObject({ published: "2025-03-27", published_basis: "inferred" });
  });
});

describe("a day that opens a period still running", () => {
  it("bounds the page from below but does not put it in that day's week", () => {
    const r = row("Floods displace thousands\n\nSince the flooding began on April 15, 2023, it has displaced 20,000 people, an official told reporters on Monday.");
    expect(r).toMatchObject({ published: "", published_basis: "unknown" });
  });

  it("still dates by the day when a comma closes the clause before it", () => {
    const r = row("Floods displace thousands\n\nSince then, the river rose on Saturday, April 15, 2023, an official told reporters on Saturday.");
    expect(r).toMatchObject({ published: "2023-04-15", published_basis: "inferred" });
  });
});

describe("a day named as a deadline", () => {
  it("does not date the page, told before its noun of deadline", () => {
    const r = row("Troops leave the base\n\nPeru's minister said the March 31 deadline for Chile to leave was final. Troops have been based there since independence in 1960. Some 100 troops left on Saturday.");
    expect(r).toMatchObject({ published: "", published_basis: "unknown" });
  });

  it("still dates it when the day is the act's", () => {
    const r = row("Troops leave the base\n\nPeru's minister said on March 31, 2024, that the troops had left. Some 100 troops left on Sunday.");
    expect(r).toMatchObject({ published: "2024-03-31", published_basis: "inferred" });
  });
});
