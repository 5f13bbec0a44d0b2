import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticle, parseArticle, readCorpus } from "../loaders/corpus.ts";
import { ARTICLES_DIR, PROJECT_DIR } from "../loaders/cli.ts";
import { InputError } from "../loaders/errors.ts";

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("corpus", () => {
  it("holds the seed articles byte for byte", () => {
    for (const name of ["000_adc607d940808dbb.txt", "002_9e452f51620b43cd.txt", "004_fbb7dd5aa0b99e12.txt"]) {
      expect(readFileSync(join(ARTICLES_DIR, name))).toEqual(readFileSync(join(PROJECT_DIR, "..", "shared", "articles", name)));
    }
  });

  it("reads every article with ids from file names, sorted", () => {
    const articles = readCorpus(ARTICLES_DIR);
    expect(articles.map((a) => a.id)).toEqual([
      "000_adc607d940808dbb", "001_b99df5aa678341f1", "002_9e452f51620b43cd", "003_7d59cf3fe3e04064", "004_fbb7dd5aa0b99e12",
    ]);
  });

  it("takes a ` date YYYY-MM-DD` header line as metadata and starts the prose after it", () => {
    const article = parseArticle("a.txt", " date 2023-09-06 Caption text here.\n\nBody.");
    expect(article.meta).toEqual({ published: "2023-09-06", publishedSource: "date line" });
    expect(article.raw.slice(article.bodyStart)).toBe("Caption text here.\n\nBody.");
  });

  it("reads YAML front matter: title, outlet, url, published", () => {
    const article = parseArticle("b.md", "---\ntitle: Arms for shells\noutlet: Reuters\nurl: https://example.org/x\npublished: 2024-01-05\n---\nBody text.");
    expect(article.meta).toMatchObject({ title: "Arms for shells", outlet: "Reuters", url: "https://example.org/x", published: "2024-01-05" });
    expect(article.raw.slice(article.bodyStart)).toBe("Body text.");
  });

  it("keeps a BOM and CRLF in the raw text, so offsets stay exact", () => {
    const article = parseArticle("c.txt", "\uFEFFLine one.\r\nLine two.");
    expect(article.bodyStart).toBe(1);
    expect(article.raw.length).toBe(21);
  });

  it("refuses front matter fields of the wrong type, naming the line", () => {
    const error = inputError(() => parseArticle("d.md", "---\ntitle: ok\npublished: next Tuesday\n---\nBody."));
    expect(error.file).toBe("d.md");
    expect(error.line).toBe(3);
    expect(error.problem).toMatch(/published/);
  });

  it("refuses front matter that is not YAML", () => {
    const error = inputError(() => parseArticle("e.md", "---\ntitle: [unclosed\n---\nBody."));
    expect(error.problem).toMatch(/not valid YAML/);
  });

  it("refuses empty, binary and non-UTF-8 files", () => {
    expect(inputError(() => decodeArticle("empty.txt", new Uint8Array())).problem).toMatch(/empty/);
    expect(inputError(() => decodeArticle("bin.txt", new Uint8Array([0x50, 0x4b, 0x00, 0x01]))).problem).toMatch(/binary/);
    const latin1 = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x63, 0xe9, 0x20]);
    const error = inputError(() => decodeArticle("latin1.txt", latin1));
    expect(error.problem).toMatch(/invalid UTF-8/);
    expect(error.line).toBe(3);
  });

  it("refuses an article with no text after its header", () => {
    expect(inputError(() => parseArticle("f.txt", " date 2024-01-01   \n\n")).problem).toMatch(/no text/);
  });

  it("refuses two files with the same id", () => {
    const dir = folder({ "x.txt": "One.", "x.md": "Two." });
    expect(inputError(() => readCorpus(dir)).problem).toMatch(/duplicate article id "x"/);
  });

  it("reads the files a kind of source reads (.txt, .md …), ignoring other files", () => {
    const dir = folder({ "a.txt": "One.", "b.md": "Two.", "notes.xlsx": "x,y", "photo.jpg": "no", ".hidden.txt": "no" });
    expect(readCorpus(dir).map((a) => a.id)).toEqual(["a", "b"]);
  });
});
