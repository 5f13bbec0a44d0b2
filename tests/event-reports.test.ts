/**
 * Events a report implies and acts told in the common phrasings of news (sentences made up
 * for the purpose): a state's speaker who reports another side's attack accuses it; a
 * speaker who says its own side will give or free something makes a promise.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../loaders/corpus.ts";
import type { ArticleDoc } from "../loaders/document.ts";
import { readArticle } from "../loaders/analysis/index.ts";
import { sharedDateWords } from "../loaders/date-words.ts";
import { eventResources, extractEvents, type EventRow } from "../loaders/events/index.ts";
import { splitSentences } from "../loaders/text.ts";

function doc(texts: string[], published = "2023-09-06"): ArticleDoc {
  const article = parseArticle("test.txt", texts.join("\n\n"));
  const sentences = splitSentences(article);
  const meta = { article_id: "test", title: "", outlet: "", published, published_basis: "metadata", published_note: "", url: "", file: "test.txt", sentences: sentences.length, characters: article.raw.length } as ArticleDoc["meta"];
  return { article, meta, sentences, published, reading: readArticle(eventResources().gazetteer), dateCues: sharedDateWords().cues };
}

const events = (...texts: string[]): EventRow[] => extractEvents(doc(texts));
const pick = (rows: EventRow[], type: string) => rows.filter((r) => r.event_type === type);

describe("an attack a state's speaker reports is an accusation of the attacker", () => {
  it("the victim's officials accuse the attacker", () => {
    const rows = events("Chile shelled a border post in Peru overnight, Peruvian officials said on Tuesday.");
    expect(pick(rows, "ASSAULT").map((r) => [r.actor, r.target])).toEqual([["CHL", "PER"]]);
    expect(pick(rows, "ACCUSE").map((r) => [r.actor, r.target])).toEqual([["PER", "CHL"]]);
  });
  it("a side that reports its own attack accuses no one", () => {
    const rows = events("Chile shelled a border post in Peru overnight, Chilean officials said on Tuesday.");
    expect(pick(rows, "ACCUSE")).toEqual([]);
  });
  it("an attack told without a speaker is no accusation", () => {
    expect(pick(events("Chile shelled a border post in Peru overnight."), "ACCUSE")).toEqual([]);
  });
});

describe("a speaker's own promise", () => {
  it("'said it will give' is an agreement of the speaker's side", () => {
    const rows = pick(events("Norway said on Monday it will give Mali a loan of 20 million dollars."), "AGREE");
    expect(rows.map((r) => [r.actor, r.target, r.event_mode])).toEqual([["NOR", "MLI", "promise"]]);
  });
  it("another side's plan that a speaker reports is no promise", () => {
    expect(pick(events("Norway said on Monday that Mali will give Chile a loan."), "AGREE").filter((r) => r.event_mode === "promise")).toEqual([]);
  });
});
