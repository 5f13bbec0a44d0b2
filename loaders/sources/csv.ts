/**
 * Feeds of comma-separated values (`.csv`): a header row naming the columns of
 * loaders/sources/_feed-rows.ts, then one article per row, read with papaparse (quoted
 * fields may hold commas, quotation marks and line breaks).
 */
import Papa from "papaparse";
import { InputError } from "../errors.ts";
import { decodeArticle, type Article, type SourceKind } from "../source-file.ts";
import { feedArticle } from "./_feed-rows.ts";

const REQUIRED = ["id", "text"];

/** Counts line breaks as the reading moves forward, so that finding a row's line costs only the text since the last row. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

export const sourceKind: SourceKind = {
  name: "feed of comma-separated values",
  extensions: [".csv"],
  read(file, bytes) {
    const text = decodeArticle(file, bytes).replace(/^\uFEFF/, "");
    const lineAt = lineCounter(text);
    const articles: Article[] = [];
    // The first row starts after the header line (a header does not hold line breaks).
    let rowStart = Math.max(0, text.indexOf("\n"));
    let failure: InputError | undefined;
    Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: "greedy",
      step(result, parser) {
        // A row starts after the line break that ended the one before it.
        while (rowStart < text.length && (text[rowStart] === "\n" || text[rowStart] === "\r")) rowStart++;
        const line = lineAt(rowStart);
        rowStart = result.meta.cursor;
        const missing = REQUIRED.filter((column) => !(result.meta.fields ?? []).includes(column));
        const problem = missing.length ? { line: 1, message: `the header has no column ${missing.map((c) => `\`${c}\``).join(" or ")} (columns: id, title, outlet, url, published, text)` } : result.errors[0] ? { line, message: `${result.errors[0].message.replace(/\.$/, "")}; quote a field holding commas, quotation marks or line breaks` } : undefined;
        if (problem) {
          failure = new InputError(file, problem.line, problem.message);
          parser.abort();
          return;
        }
        try {
          articles.push(feedArticle(file, line, result.data));
        } catch (error) {
          failure = error as InputError;
          parser.abort();
        }
      },
    });
    if (failure) throw failure;
    if (articles.length === 0) throw new InputError(file, 1, "the feed has no rows under its header");
    return articles;
  },
};
