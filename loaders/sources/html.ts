/**
 * Saved web pages (`.html`, `.htm`, as a browser's "Save page as…" writes them): the
 * article text is what Readability keeps of the page; the metadata comes from the page's
 * JSON-LD NewsArticle, then its OpenGraph and <meta> tags (loaders/sources/_page-metadata.ts),
 * and what neither gives is left to the text's own signatures (loaders/articles.ts).
 *
 * The text the extractors read, and every offset points into, is the extracted text,
 * not the HTML: it is published beside the tables and on the article's source page.
 * Nothing of the page is run: linkedom parses it without scripts, and only text leaves.
 */
import { parseHTML } from "linkedom";
import { articleId, stripUndefined, type SourceKind, type StatedMeta } from "../source-file.ts";
import { pageMetadata } from "./_page-metadata.ts";
import { decodePage, readableText } from "./_page-text.ts";

export const sourceKind: SourceKind = {
  name: "saved web page",
  extensions: [".html", ".htm"],
  read(file, bytes) {
    const { document } = parseHTML(decodePage(file, bytes));
    // Metadata first: Readability removes the scripts and <meta> tags it reads.
    const found = pageMetadata(document as unknown as Document);
    const { text, title } = readableText(file, document as unknown as Document);
    const meta: StatedMeta = stripUndefined({
      title: found.title?.value ?? title,
      outlet: found.outlet?.value,
      url: found.url?.value,
      published: found.published?.value,
    });
    if (found.published) {
      meta.publishedSource = "page metadata";
      meta.publishedNote = `The page's ${found.published.from}`;
    }
    return [{ id: articleId(file), file, raw: text, meta, bodyStart: 0, line: 1 }];
  },
};
