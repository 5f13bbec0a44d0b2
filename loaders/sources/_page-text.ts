/**
 * A saved web page's article text: what Readability keeps of the page (no navigation,
 * banners, share bars, captions or ads), written out as plain text, one paragraph per
 * block, paragraphs separated by a blank line, as a reader would paste it into a .txt.
 */
import { Readability } from "@mozilla/readability";
import { convert, type HtmlToTextOptions } from "html-to-text";
import { parseHTML } from "linkedom";
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "../dictionaries.ts";
import { InputError } from "../errors.ts";
import { decodeArticle } from "../source-file.ts";

const boilerplateSchema = z.array(z.object({ selector: z.string().min(1), reason: z.string().min(1) }));

/** The selectors of data/page-boilerplate.yaml, as one selector list; one that is not CSS is named. */
export function boilerplateSelector(dir = DATA_DIR): string {
  return memoiseDictionary("page-boilerplate", dir, ["page-boilerplate.yaml"], () => {
    const { document } = parseHTML("<p></p>");
    const entries = loadDictionary("page-boilerplate.yaml", boilerplateSchema, dir);
    entries.forEach((entry, index) => {
      try {
        document.querySelector(entry.selector);
      } catch {
        throw new InputError(join(dir, "page-boilerplate.yaml"), 0, `entry ${index + 1}: "${entry.selector}" is not a CSS selector`);
      }
    });
    return entries.map((entry) => entry.selector).join(", ");
  });
}

const HEADING = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 };

/** Plain text of Readability's cleaned HTML: no link targets, images, captions or list bullets. */
const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "figcaption", format: "skip" },
    { selector: "blockquote", format: "paragraph" },
    { selector: "ul", options: { itemPrefix: "" } },
    { selector: "ol", format: "unorderedList", options: { itemPrefix: "" } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: HEADING })),
    { selector: "table", format: "dataTable" },
  ],
};

/**
 * The page as text: UTF-8 (the default of saved pages) unless the page declares another
 * charset in its first 1024 bytes, as browsers read it.
 */
export function decodePage(file: string, bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1].toLowerCase();
  if (!charset || charset === "utf-8" || charset === "utf8") return decodeArticle(file, bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    throw new InputError(file, 1, `the page declares the charset "${charset}", which cannot be read; save it as UTF-8`);
  }
}

/** The article text Readability finds in `document` (which it changes), or an error naming the file. */
export function readableText(file: string, document: Document): { text: string; title?: string } {
  for (const element of document.querySelectorAll(boilerplateSelector())) element.remove();
  const article = new Readability(document).parse();
  const text = convert(article?.content ?? "", TEXT_OPTIONS)
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!text) throw new InputError(file, 1, "no article text found in the page (Readability kept nothing); save the article's own page, or paste its text into a .txt");
  return { text: `${text}\n`, title: article?.title?.replace(/\s+/g, " ").trim() || undefined };
}
