import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../loaders/csv.ts";
import { checkSet, copySharedTexts, excerptsByUrl, GOLD_DIR, parsePageRanges, readPages, restoreTexts, scorablePages, sha256, WITHHELD_COLUMNS, type Page } from "./realnews/pages.ts";

const text = " date 2024-10-28 Seoul said 10,000 troops were sent.";
const page = (over: Partial<Page> = {}): Page => ({ article_id: "rn99", url: "https://example.org/a", query: "troops", site: "example.org", published: "2024-10-28", length: String(text.length), sha256: sha256(text), ...over });

function goldFolder(quantity = `q001,rn99,,10000,,exact,troops,troops,personnel,Seoul,,,,${text.indexOf("10,000")},${text.indexOf(" were")}`): string {
  const dir = mkdtempSync(join(tmpdir(), "realnews-gold-"));
  writeFileSync(join(dir, "articles.csv"), "article_id,outlet,published,published_basis,published_note\nrn99,,2024-10-28,metadata,date line\n");
  writeFileSync(join(dir, "quantities.csv"), `quantity_id,article_id,text,value,value_max,bound,unit,item,category,attributed_to,period_start,period_end,evidence,char_start,char_end\n${quantity}\n`);
  writeFileSync(join(dir, "statements.csv"), "statement_id,article_id,speaker,quote,evidence,char_start,char_end\n");
  writeFileSync(join(dir, "events.csv"), "event_id,article_id,event_type,summary,evidence,char_start,char_end\n");
  return dir;
}

describe("the real-news set's tools", () => {
  it("restores texts from saved search answers, by URL", () => {
    const answers = [JSON.stringify({ corpus: "pages", results: [{ url: "https://example.org/a", excerpt: text }, { url: "https://other.org", excerpt: "x" }] }), JSON.stringify({ results: [] })].join("\n");
    expect([...excerptsByUrl(answers).keys()]).toEqual(["https://example.org/a", "https://other.org"]);
    const out = mkdtempSync(join(tmpdir(), "realnews-texts-"));
    expect(restoreTexts([page(), page({ article_id: "rn98", url: "https://missing.org" })], answers, out)).toEqual({ written: ["rn99"], missing: ["rn98"] });
    expect(readFileSync(join(out, "rn99.txt"), "utf8")).toBe(text);
  });

  it("copies the pages annotated on the shared folder's texts, and names those missing there", () => {
    const shared = mkdtempSync(join(tmpdir(), "realnews-shared-"));
    mkdirSync(join(shared, "benchmarks"));
    writeFileSync(join(shared, "benchmarks", "a.txt"), text);
    const out = join(mkdtempSync(join(tmpdir(), "realnews-texts-")), "texts");
    const pages = [page(), page({ article_id: "pn01", text_file: "benchmarks/a.txt" }), page({ article_id: "pn02", text_file: "benchmarks/gone.txt" })];
    expect(copySharedTexts(pages, out, shared)).toEqual({ written: ["pn01"], missing: ["pn02"] });
    expect(readFileSync(join(out, "pn01.txt"), "utf8")).toBe(text);
    expect(scorablePages(out, pages.slice(1, 2)).scorable.map((p) => p.article_id)).toEqual(["pn01"]);
  });

  it("finds no problem when texts and gold agree, and names each kind of problem", () => {
    const texts = mkdtempSync(join(tmpdir(), "realnews-texts-"));
    writeFileSync(join(texts, "rn99.txt"), text);
    const free = () => true;
    expect(checkSet(texts, [page()], goldFolder(), free)).toEqual([]);
    expect(checkSet(texts, [page({ sha256: "0" })], goldFolder(), free)).toEqual(["rn99: the text is not the one the gold was made on (sha256 differs)"]);
    expect(checkSet(texts, [page()], goldFolder(), () => false)).toEqual(["rn99: reserved for independent evaluation; remove it from the set"]);
    expect(checkSet(texts, [page()], goldFolder("q001,rn99,10000 troops,10000,,exact,troops,,personnel,,,,,17,30"), free)).toEqual(["quantities.csv row 2: text must stay empty (no copied text in the repository)"]);
    expect(checkSet(texts, [page()], goldFolder("q001,rn99,,10000,,exact,troops,,personnel,,,,,40,400"), free)[0]).toMatch(/offsets 40–400 do not lie in the text/);
    const empty = mkdtempSync(join(tmpdir(), "realnews-none-"));
    mkdirSync(join(empty, "x"));
    expect(checkSet(empty, [page()], goldFolder(), free)[0]).toMatch(/^rn99: no text at /);
  });

  it("reads a list of page ids and ranges, and refuses one written otherwise", () => {
    const chosen = parsePageRanges("rn267-rn296, rn05,rn369–rn392")!;
    expect(["rn266", "rn267", "rn296", "rn297", "rn05", "rn5", "rn06", "rn392", "rn393", "xx300"].filter(chosen)).toEqual(["rn267", "rn296", "rn05", "rn5", "rn392"]);
    for (const bad of ["rn296-rn267", "rn1-rn2-rn3", "rn1-xx5", "267-296", ""]) expect(parsePageRanges(bad), bad).toBeUndefined();
  });

  it("scores the pages whose texts are present and unchanged, and names the others", () => {
    const texts = mkdtempSync(join(tmpdir(), "realnews-texts-"));
    writeFileSync(join(texts, "rn99.txt"), text);
    writeFileSync(join(texts, "rn97.txt"), `${text} Edited later.`);
    const pages = [page(), page({ article_id: "rn98" }), page({ article_id: "rn97" })];
    const { scorable, skipped } = scorablePages(texts, pages);
    expect(scorable.map((p) => p.article_id)).toEqual(["rn99"]);
    expect(skipped).toEqual([`rn98: no text at ${join(texts, "rn98.txt")}`, `rn97: the text is ${text.length + 14} characters long, the list says ${text.length}`]);
    // A score leaves them out; their gold is still checked, and nothing else is excused.
    expect(checkSet(texts, pages, goldFolder(), () => true, { skipUnreadable: true })).toEqual([]);
    expect(checkSet(texts, pages, goldFolder(), () => true)).toHaveLength(2);
    expect(checkSet(texts, pages, goldFolder(), () => false, { skipUnreadable: true })).toEqual(["rn99: reserved for independent evaluation; remove it from the set"]);
    // A chosen part of the set: the other pages and their gold are not checked.
    expect(checkSet(texts, pages, goldFolder("q001,rn99,,10000,,exact,troops,,personnel,,,,,40,400"), () => true, { only: (id) => id === "rn98" })).toEqual(["rn98: no text at " + join(texts, "rn98.txt")]);
  });
});

describe("the committed real-news gold", () => {
  const pages = readPages();
  const lengths = new Map(pages.map((p) => [p.article_id, Number(p.length)]));

  it("lists at least 30 pages from at least 12 sites, each checked free", () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(new Set(pages.map((p) => new URL(p.url).hostname.replace(/^www\./, ""))).size).toBeGreaterThanOrEqual(12);
    for (const p of pages) expect(p.sha256, p.article_id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("copies no text of the pages and locates every row inside its page", () => {
    for (const table of ["articles", "quantities", "statements", "events"]) {
      const rows = parseCsv(readFileSync(join(GOLD_DIR, `${table}.csv`), "utf8"));
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) {
        expect(lengths.has(row.article_id), `${table} ${row.article_id}`).toBe(true);
        for (const column of WITHHELD_COLUMNS) expect(row[column] ?? "", `${table} ${column}`).toBe("");
        if (table === "articles") continue;
        const start = Number(row.char_start);
        const end = Number(row.char_end);
        expect(start >= 0 && start < end && end <= lengths.get(row.article_id)!, `${table} ${row.article_id} ${start}-${end}`).toBe(true);
      }
    }
  });
});
