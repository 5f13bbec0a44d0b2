import { describe, expect, it } from "vitest";
import { literalAlternatives, paragraphs, sentenceAt, splitSentences } from "../loaders/text.ts";
import { makeArticle } from "./helpers.ts";

const sentencesOf = (raw: string) => splitSentences(makeArticle(raw)).map((s) => s.text);

describe("sentences", () => {
  it("does not split at abbreviations, initials and dotted dates", () => {
    expect(sentencesOf("Mr. Putin met Lt. Gen. Kim in the U.S. capital on Nov. 2, officials said. John F. Kennedy was not there.")).toEqual([
      "Mr. Putin met Lt. Gen. Kim in the U.S. capital on Nov. 2, officials said.",
      "John F. Kennedy was not there.",
    ]);
  });

  it("splits after U.S. when the next word starts a sentence", () => {
    expect(sentencesOf("The drones were sold to the U.S. The deal was later cancelled.")).toEqual([
      "The drones were sold to the U.S.",
      "The deal was later cancelled.",
    ]);
  });

  it("keeps a quotation with several sentences whole", () => {
    expect(sentencesOf('"Why not? They are our neighbours," the minister said. Talks followed.')).toEqual([
      '"Why not? They are our neighbours," the minister said.',
      "Talks followed.",
    ]);
  });

  it("splits after a closing quotation mark", () => {
    expect(sentencesOf("He called it “careless.” Seoul disagreed.")).toEqual(["He called it “careless.”", "Seoul disagreed."]);
  });

  it("splits one long paragraph into its sentences", () => {
    const raw = "Kim Jong Un visited. He said it went well. “We will return,” he added. The story continues The ministry agreed.";
    expect(sentencesOf(raw)).toEqual(["Kim Jong Un visited.", "He said it went well.", "“We will return,” he added.", "The ministry agreed."]);
  });

  it("drops datelines, credits and signatures but keeps offsets exact", () => {
    const raw = "WASHINGTON -- Officials met on Monday. (Yonhap)\n\nA caption of a photo, 2019. REUTERS\n\nText ends here. — AFP";
    const sentences = splitSentences(makeArticle(raw));
    expect(sentences.map((s) => s.text)).toEqual(["Officials met on Monday.", "A caption of a photo, 2019.", "Text ends here."]);
    for (const s of sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a dash that signs a quotation in the quotation's sentence", () => {
    expect(sentencesOf("“We lost the barn.” — Maren Okafor\n\nThe rain stopped. — AFP")).toEqual(["“We lost the barn.” — Maren Okafor", "The rain stopped."]);
  });

  it("numbers paragraphs and finds the sentence at an offset", () => {
    const raw = "First one. Second one.\r\n\r\nThird one.";
    const sentences = splitSentences(makeArticle(raw));
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(sentenceAt(sentences, raw.indexOf("Third"))?.text).toBe("Third one.");
    expect(sentenceAt(sentences, raw.indexOf("\r\n"))).toBeUndefined();
  });

  it("joins hard-wrapped lines of one paragraph", () => {
    expect(paragraphs("A sentence that wraps\nonto the next line.\nNew paragraph.")).toEqual([[0, 41], [42, 56]]);
  });

  it("joins a line wrapped at a column before a capitalised word that would not have fitted on it", () => {
    const raw = [
      "Lima Sanctions Firms Aiding Chile-Bolivia Trade",
      "12/18/2024 3:11:31 PM",
      "Peru has imposed sanctions on 11 individuals and 15 firms involved",
      "in \"illegal cooperation\" between Chile and Bolivia, the ministry said.",
      "\"The government is imposing sanctions on 11 individuals and 15",
      "firms, as these deals violate several resolutions,\" said the Peruvian",
      "Foreign Ministry. The sanctions will take effect at midnight on",
      "December 19, it added, and violators will face charges in Lima.",
      "Officials in Santiago said the decision was \"regrettable.\"",
      "Bolivia did not comment on the sanctions imposed by Peru on Friday.",
    ].join("\n");
    const texts = paragraphs(raw).map(([s, e]) => raw.slice(s, e).replace(/\n/g, " "));
    expect(texts).toEqual([
      "Lima Sanctions Firms Aiding Chile-Bolivia Trade",
      "12/18/2024 3:11:31 PM",
      'Peru has imposed sanctions on 11 individuals and 15 firms involved in "illegal cooperation" between Chile and Bolivia, the ministry said.',
      '"The government is imposing sanctions on 11 individuals and 15 firms, as these deals violate several resolutions," said the Peruvian Foreign Ministry. The sanctions will take effect at midnight on December 19, it added, and violators will face charges in Lima.',
      'Officials in Santiago said the decision was "regrettable."',
      "Bolivia did not comment on the sanctions imposed by Peru on Friday.",
    ]);
    // Lines of their own, not wrapped at a column, stay paragraphs: "Peruvian / Foreign" runs on only when wrapped.
    expect(paragraphs("Lima said the Peruvian\nForeign Ministry spoke.")).toHaveLength(2);
  });
});

describe("sentences of scraped pages", () => {
  it("ends a sentence at a full stop with no space after it, before a capitalised word", () => {
    const raw = 'It rose last week.According to officials, it fell. He said "no.More" then left. See example.com/News.Html now.';
    expect(splitSentences(makeArticle(raw)).map((s) => s.text)).toEqual([
      "It rose last week.",
      "According to officials, it fell.",
      'He said "no.More" then left.',
      "See example.com/News.Html now.",
    ]);
  });

  it("and after a number, not inside a decimal or a version", () => {
    const raw = "It began in September 2023.It added 1.5 tonnes. Version 2.Three was not it. 4.Eleven rose.";
    expect(splitSentences(makeArticle(raw)).map((s) => s.text)).toEqual(["It began in September 2023.", "It added 1.5 tonnes.", "Version 2.Three was not it.", "4.Eleven rose."]);
  });
});

describe("phrases as a pattern's alternatives", () => {
  it("tries the longest phrase first, so a name is not cut to its first word", () => {
    const pattern = new RegExp(`\\b(?:${literalAlternatives(["North", "North Korea", "Korea"])})\\b`);
    expect(pattern.exec("troops from North Korea arrived")?.[0]).toBe("North Korea");
  });

  it("matches each phrase literally, and across a line break only when asked", () => {
    const strict = new RegExp(`(?:${literalAlternatives(["U.S. Army"])})`);
    const spaced = new RegExp(`(?:${literalAlternatives(["U.S. Army"], { anySpace: true })})`);
    expect(strict.test("the UXS Army")).toBe(false);
    expect(strict.test("the U.S.\nArmy")).toBe(false);
    expect(spaced.exec("the U.S.\nArmy said")?.[0]).toBe("U.S.\nArmy");
  });
});
