/**
 * The explainer's computed story (loaders/estimates.ts, story-prose.ts, story.ts) on corpora
 * it was not written for: the seeds, the seeds less an article, the seeds with the unseen
 * fixtures, and no articles at all. What a reader reads must hold on each.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCorpus } from "../loaders/corpus.ts";
import { loadEstimatesDictionary, transferTest } from "../loaders/estimates.ts";
import { amountInWords, comparablePairs, paragraphText, shortAmount, type Paragraph } from "../loaders/story-prose.ts";
import { storyOf } from "../loaders/story.ts";
import { buildTables, type Tables } from "../loaders/tables.ts";

const root = resolve(import.meta.dirname, "..");
const SEEDS = join(root, "data", "articles");
const UNSEEN = join(root, "tests", "fixtures", "unseen", "articles");
const scratch = mkdtempSync(join(tmpdir(), "story-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding the files of `dirs`, less those named in `without`. */
function corpus(name: string, dirs: string[], without: string[] = []): string {
  const dir = join(scratch, name);
  for (const from of dirs) {
    for (const file of readdirSync(from).filter((f) => !without.includes(f))) cpSync(join(from, file), join(dir, file));
  }
  return dir;
}

const seedFiles = readdirSync(SEEDS).sort();
const CORPORA: Array<[string, () => { tables: Tables; texts: Map<string, string> }]> = [
  ["the seeds", () => load(SEEDS)],
  ["the seeds less the first article", () => load(corpus("less-first", [SEEDS], [seedFiles[0]]))],
  ["the seeds less the last article", () => load(corpus("less-last", [SEEDS], [seedFiles.at(-1)!]))],
  ["the seeds and the unseen fixtures", () => load(corpus("plus-unseen", [SEEDS, UNSEEN]))],
];

function load(dir: string) {
  const articles = readCorpus(dir);
  return { tables: buildTables(articles), texts: new Map(articles.map((a) => [a.id, a.raw])) };
}

const links = (p: Paragraph) => p.filter((s): s is { text: string; href: string } => typeof s !== "string");

/** A paragraph cut into sentences, each with the links it holds (a link stands as \u0001n\u0002 while cutting). */
function sentences(p: Paragraph): Array<{ text: string; links: string[] }> {
  const hrefs: string[] = [];
  const marked = p.map((s) => (typeof s === "string" ? s : `\u0001${hrefs.push(s.href) - 1}\u0002`)).join("");
  return marked
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .map((text) => ({ text, links: [...text.matchAll(/\u0001(\d+)\u0002/g)].map((m) => hrefs[Number(m[1])]) }));
}

describe.each(CORPORA)("on %s", (_name, make) => {
  const { tables, texts } = make();
  const story = storyOf(tables);
  const byId = new Map(tables.quantities.map((q) => [q.quantity_id, q]));
  const paragraphs = Object.values(story.paragraphs);

  it("links every figure with its span as the article writes it, unit and vagueness included", () => {
    const all = paragraphs.flatMap(links);
    expect(all.length).toBeGreaterThan(0);
    for (const link of all) {
      const [, article, id] = link.href.match(/^\.\/sources\/([^#]+)#(.+)$/) ?? [];
      const row = byId.get(id);
      expect(row, link.href).toBeDefined();
      expect(row!.article_id).toBe(article);
      expect(link.text).toBe(texts.get(article)!.slice(row!.char_start, row!.char_end));
    }
  });

  it("sets two figures side by side only when claimant, unit and period agree", () => {
    for (const sentence of paragraphs.flatMap(sentences)) {
      const rows = sentence.links.map((href) => byId.get(href.split("#")[1])!);
      if (rows.length < 2) continue;
      const key = (q: (typeof rows)[number]) => [q.attributed_to, q.unit, q.period_start, q.period_end].join("|");
      expect(new Set(rows.map(key)).size, sentence.text).toBe(1);
    }
    for (const [a, b] of comparablePairs(story.estimates.points)) {
      expect([a.claimant, a.unit, a.period_start, a.period_end]).toEqual([b.claimant, b.unit, b.period_start, b.period_end]);
      expect(a.date < b.date).toBe(true);
    }
  });

  it("draws only estimates of a transfer, in a measure's unit, at the date of the claim", () => {
    const dictionary = loadEstimatesDictionary();
    const isTransfer = transferTest(dictionary.transfer_words);
    const published = new Map(tables.articles.map((a) => [a.article_id, a.published]));
    for (const p of [...story.estimates.points, ...story.estimates.undated]) {
      const row = byId.get(p.href.split("#")[1])!;
      expect(dictionary.measures.find((m) => m.label === p.measure)?.units).toContain(row.unit);
      expect(isTransfer(row.evidence), row.evidence).toBe(true);
      expect(p.reported).toBe(published.get(row.article_id));
      // The day of a statement that holds the figure, never after its article; else the article's day.
      const said = tables.statements.filter((s) => s.article_id === row.article_id && s.date_precision === "day" && s.char_start <= row.char_start && row.char_end <= s.char_end && s.date <= p.reported);
      if (p.date_basis === "statement") expect(said.map((s) => s.date)).toContain(p.date);
      else expect([said, p.date]).toEqual([[], p.reported]);
      expect([row.attributed_to, `${tables.articles.find((a) => a.article_id === row.article_id)?.outlet} (no claimant named)`, "no claimant named"]).toContain(p.claimant);
    }
    expect(story.estimates.points.every((p) => p.date)).toBe(true);
    expect(story.estimates.undated.every((p) => !p.date)).toBe(true);
  });

  it("counts in its prose what the chart draws", () => {
    const text = paragraphText(story.paragraphs.estimates);
    const points = story.estimates.points;
    if (!points.length) return expect(text).toMatch(/^No article/);
    expect(text).toContain(`${points.length} dated estimate${points.length === 1 ? "" : "s"}`);
    const sources = new Set(points.map((p) => p.claimant)).size;
    expect(text).toContain(`from ${sources} source${sources === 1 ? "" : "s"}`);
  });

  it("never labels a figure written in words with a number it does not state", () => {
    for (const q of tables.quantities.filter((q) => !/\d/.test(q.text))) expect(shortAmount(q)).not.toMatch(/\d/);
    const cards = Object.values(story.cards).filter((c) => c !== null);
    for (const card of cards) {
      const row = byId.get(card.href.split("#")[1])!;
      expect(card.caption).toContain(row.unit === row.item ? row.item : row.unit);
      if (!/\d/.test(row.text)) expect(card.figure).not.toMatch(/\d/);
    }
  });
});

describe("an amount's own words", () => {
  const q = (text: string, item: string, value: number) => ({ text, item, value, value_max: "" as const });
  it("are kept when only the item's name holds digits", () => {
    expect(shortAmount(q("scores of X-9 drones", "X-9 drones", 24))).toBe("scores");
    expect(shortAmount(q("hundreds of thousands of 122mm rounds sent east", "122mm rounds", 1e5))).toBe("hundreds of thousands");
  });
  it("give way to the value when the amount is written in digits", () => {
    expect(amountInWords(q("some 40 122mm howitzers", "122mm howitzers", 40))).toBeNull();
    expect(shortAmount(q("some 40 122mm howitzers", "122mm howitzers", 40))).toBe("40");
    expect(shortAmount(q("2.5 million rounds", "", 2.5e6))).toBe("2.5 million");
  });
});

describe("on no articles", () => {
  const empty: Tables = { articles: [], quantities: [], statements: [], events: [], claims: [], corrections: [] };
  const story = storyOf(empty);

  it("says there is nothing, links nothing and shows no card", () => {
    expect(story.estimates).toEqual({ measures: [], points: [], undated: [] });
    expect(Object.values(story.paragraphs).flatMap(links)).toEqual([]);
    expect(paragraphText(story.paragraphs.estimates)).toMatch(/^No article/);
    expect(paragraphText(story.paragraphs.howMuch)).toMatch(/^No amount/);
    expect(story.cards).toEqual({ latestEstimate: null, largestCount: null, largestWeight: null });
  });
});

describe("data/estimates.yaml", () => {
  it("gives every measure a unit and no unit two measures", () => {
    const { measures } = loadEstimatesDictionary();
    const units = measures.flatMap((m) => m.units);
    expect(measures.every((m) => m.units.length > 0)).toBe(true);
    expect(new Set(units).size).toBe(units.length);
  });

  it("finds transfer words whole, in any case, and not inside other words", () => {
    const test = transferTest(["shipped", "sent"]);
    expect(test("North Korea SHIPPED shells")).toBe(true);
    expect(test("the sentence was resent")).toBe(false);
    expect(test("the missiles were fired")).toBe(false);
  });
});
