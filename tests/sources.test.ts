import { describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "../loaders/cli.ts";
import { sourcesIndex, sourceView, speakerSpan } from "../loaders/source-pages.ts";
import { buildTables } from "../loaders/tables.ts";
import { corpusTables } from "./helpers.ts";

const { articles, tables } = corpusTables(ARTICLES_DIR);
const data = { tables, texts: Object.fromEntries(articles.map((a) => [a.id, a.raw])) };

describe("source pages", () => {
  it("highlight each row of the article at its offsets", () => {
    for (const article of articles) {
      const view = sourceView(data, article.id);
      expect(view.text).toBe(article.raw);
      for (const q of data.tables.quantities.filter((r) => r.article_id === article.id)) {
        const span = view.spans.find((s) => s.kind === "quantity" && s.row_id === q.quantity_id)!;
        expect(view.text.slice(span.start, span.end)).toBe(q.text);
      }
      for (const e of data.tables.events.filter((r) => r.article_id === article.id)) {
        const span = view.spans.find((s) => s.kind === "event" && s.row_id === e.event_id)!;
        expect(view.text.slice(span.start, span.end)).toBe(e.evidence);
      }
      const statements = data.tables.statements.filter((r) => r.article_id === article.id);
      expect(view.spans.filter((s) => s.kind === "statement")).toHaveLength(statements.length);
    }
  });

  it("say where the prose begins, so that front matter is shown as metadata, not as the article", () => {
    const raw = "---\ntitle: Shells by rail\noutlet: Test Wire\npublished: 2024-09-13\n---\nNorth Korea shipped 13,000 containers of munitions to Russia, Seoul said.\n";
    const article = { ...articles[0], id: "front", file: "front.md", raw, bodyStart: raw.indexOf("North") };
    const tables = buildTables([article]);
    const view = sourceView({ tables, texts: { front: raw }, bodyStarts: { front: article.bodyStart } }, "front");
    expect(view.text.slice(0, view.bodyStart)).toContain("outlet: Test Wire");
    expect(view.text.slice(view.bodyStart)).toMatch(/^North Korea shipped/);
    expect(view.spans.every((s) => s.start >= view.bodyStart)).toBe(true);
  });

  it("finds the speaker's name near the quote", () => {
    const text = 'Kim Son-gyong said, "It is unfortunate."';
    expect(speakerSpan(text, { speaker: "Kim Son-gyong", evidence: text, char_start: 21 })).toEqual([0, 13]);
    expect(speakerSpan(text, { speaker: "Antonio Guterres", evidence: text, char_start: 21 })).toBeUndefined();
  });

  it("counts each article's rows in the sources index", () => {
    const index = sourcesIndex(data.tables);
    expect(index.map((r) => r.article_id)).toEqual(articles.map((a) => a.id));
    const total = index.reduce((sum, r) => sum + r.quantities, 0);
    expect(total).toBe(data.tables.quantities.length);
  });

  it("refuses an unknown article", () => {
    expect(() => sourceView(data, "no-such-article")).toThrow(/no such article/);
  });
});
