import { describe, expect, it } from "vitest";
import { articleRow, loadArticleDictionaries } from "../loaders/articles.ts";
import { makeArticle } from "./helpers.ts";

const dictionaries = loadArticleDictionaries();
const row = (raw: string) => articleRow(makeArticle(raw), dictionaries);

describe("an archive picture's day does not date a page", () => {
  const captions = [
    "FILE – The minister waves to farmers in Port Elm, Monday, July 10, 2023.",
    "FILE - Ships wait outside the harbour on Tuesday, March 7, 2023.",
    "FILE PHOTO: The council meets in Elmwood on Wednesday, May 3, 2023.",
    "FILE: A ferry leaves the pier, Thursday, Jan. 12, 2023.",
    "In this file photo, the mayor speaks in Lakeside on Friday, Feb. 3, 2023.",
    "The governor greets voters in this file photo taken on Saturday, April 1, 2023.",
    "An archive photo shows the dam on Sunday, June 4, 2023.",
    "FILE — Workers leave the plant, Monday, Sept. 11, 2023.",
    "A file picture shows the port on Tuesday, Oct. 3, 2023.",
    "File photo: the bridge opens, Wednesday, Nov. 8, 2023.",
  ];
  const story = "\n\nThe council approved the budget late Friday, officials said.";

  it("leaves the date unknown and says whose day it was", () => {
    for (const caption of captions) {
      const r = row(`Council approves budget\n\n${caption}${story}`);
      expect({ caption, published: r.published, basis: r.published_basis }).toEqual({ caption, published: "", basis: "unknown" });
      expect(r.published_note).toMatch(/archive picture/);
    }
  });

  it("still dates a page by the same day told as an event of the story", () => {
    const r = row(`Council approves budget\n\nThe minister waved to farmers in Port Elm on Monday, July 10, 2023.${story}`);
    expect(r).toMatchObject({ published: "2023-07-14", published_basis: "inferred" });
  });
});

describe("a social post embedded in a page", () => {
  it("is no date stamp of the page", () => {
    const posts = [
      "— Jane Doe (@janedoe) August 8, 2025",
      "— Coast Ministry (@CoastMinistry) March 3, 2024",
      "— Port Elm Council (@portelm) 12 May 2023",
    ];
    for (const post of posts) {
      const r = row(`The council met.\n${post}\nIt approved the budget.`);
      expect({ post, basis: r.published_basis }).toEqual({ post, basis: "unknown" });
    }
    expect(row("Council approves budget\nAugust 8, 2025\nThe council met.")).toMatchObject({ published: "2025-08-08", published_basis: "inferred" });
  });
});

describe("a period that may lie ahead does not date a page", () => {
  it("reads no floor from deliveries 'starting in' a year", () => {
    const r = row("Peru buys patrol boats\n\nThe yard has won a deal to deliver six patrol boats to Peru starting in 2031. The navy chose it on February 24, officials said Tuesday.");
    expect(r.published).not.toMatch(/^2031/);
    expect(r.published_note).not.toMatch(/2031/);
  });
});
