import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module of the site, without types.
import { corpusIntro } from "../src/components/standfirst.js";

describe("the explainer's standfirst, for any corpus", () => {
  it("names the outlets and the months the articles span", () => {
    expect(corpusIntro({ count: 5, outlets: ["AFP", "AP", "Reuters", "Yonhap"], first: "2022-11-08", last: "2024-06-24" })).toBe(
      "What 5 news articles from AFP, AP, Reuters and Yonhap, published between November 2022 and June 2024, say",
    );
  });

  it("agrees in number with one article, and gives one month once", () => {
    expect(corpusIntro({ count: 1, outlets: ["Reuters"], first: "2024-06-24", last: "2024-06-24" })).toBe("What one news article from Reuters, published in June 2024, says");
    expect(corpusIntro({ count: 3, outlets: ["AP"], first: "2024-06-03", last: "2024-06-24" })).toBe("What 3 news articles from AP, published in June 2024, say");
  });

  it("leaves out what it does not know, and counts many outlets instead of listing them", () => {
    expect(corpusIntro({ count: 2, outlets: [], first: "", last: "" })).toBe("What 2 news articles say");
    const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);
    expect(corpusIntro({ count: 1200, outlets, first: "2016-01-02", last: "2024-09-30" })).toBe(
      "What 1,200 news articles from 40 outlets, published between January 2016 and September 2024, say",
    );
  });
});
