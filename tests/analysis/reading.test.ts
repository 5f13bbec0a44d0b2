import { describe, expect, it } from "vitest";
import { readArticle } from "../../loaders/analysis/index.ts";
import { readWords } from "../../loaders/analysis/words.ts";
import { sharedGazetteer } from "../../loaders/actors.ts";
import { parseArticle } from "../../loaders/corpus.ts";
import { splitSentences } from "../../loaders/text.ts";

describe("the words of a sentence", () => {
  it("point into the raw text, byte order mark and CRLF line ends included", () => {
    const raw = "\uFEFFNorth Korea shipped 1.6 million shells.\r\n\r\nSeoul’s spy agency said so on Aug. 3 — again.\r\n";
    const article = parseArticle("bom.txt", raw);
    const words = splitSentences(article).flatMap((s) => readWords(s));
    expect(words.length).toBeGreaterThan(12);
    for (const w of words) expect(raw.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.text)).toContain("Seoul");
    expect(words.some((w) => /\s/.test(w.text))).toBe(false);
  });

  it("carry the part of speech and the lemma", () => {
    const words = readWords({ text: "North Korea shipped about 13,000 containers to Russia.", start: 100 });
    const byText = new Map(words.map((w) => [w.text, w]));
    expect(byText.get("shipped")).toMatchObject({ pos: "VERB", lemma: "ship", start: 112, end: 119 });
    expect(byText.get("containers")).toMatchObject({ pos: "NOUN", lemma: "container" });
    expect(byText.get("Korea")?.pos).toBe("PROPN");
    expect(byText.get("13,000")?.pos).toBe("NUM");
  });

  it("keep a word that the tagger gives no lemma, as itself", () => {
    const words = readWords({ text: "The regulator said the parts can or cannot, under the rules, be exported.", start: 0 });
    expect(words.find((w) => w.text === "cannot")).toMatchObject({ lemma: "cannot" });
    expect(words.every((w) => typeof w.lemma === "string")).toBe(true);
  });

  it("are separate across a full stop with no space after it", () => {
    const words = readWords({ text: "They met last week.According to Seoul, it went on.", start: 0 });
    expect(words.map((w) => w.text).slice(3, 7)).toEqual(["week", ".", "According", "to"]);
  });
});

describe("an article's reading", () => {
  const gazetteer = sharedGazetteer();
  const article = parseArticle("a.txt", "Russia and North Korea signed a pact. Kim Jong Un met Vladimir Putin in Pyongyang.");
  const sentences = splitSentences(article);

  it("reads each sentence once and gives the gazetteer's actors with article offsets", () => {
    const reading = readArticle(gazetteer);
    const second = reading.of(sentences[1]);
    expect(reading.of(sentences[1])).toBe(second);
    expect(second.actors.map((m) => article.raw.slice(m.start, m.end))).toEqual(gazetteer.find(sentences[1].text, sentences[1].start).map((m) => m.text));
    expect(second.actors.map((m) => m.actor.code)).toContain("RUS");
    expect(second.words[0]).toMatchObject({ text: "Kim", start: sentences[1].start });
  });

  it("keeps the words of the latest sentences only: a sentence is read once while an extractor is on it, and the article's words are not all held", () => {
    const long = parseArticle("long.txt", Array.from({ length: 30 }, (_, i) => `Seoul said on day ${i + 1} that Pyongyang shipped shells.`).join(" "));
    const many = splitSentences(long);
    expect(many.length).toBe(30);
    const reading = readArticle(gazetteer);
    const first = reading.of(many[0]).words;
    expect(reading.of(many[0]).words).toBe(first);
    for (const s of many.slice(1)) expect(reading.of(s).words.length).toBeGreaterThan(5);
    // Read again after the others: the same words, a new array (the first was let go).
    const again = reading.of(many[0]).words;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // The actors stay with the article: read once.
    const actors = reading.of(many[0]).actors;
    for (const s of many.slice(1)) reading.of(s).actors;
    expect(reading.of(many[0]).actors).toBe(actors);
  });
});
