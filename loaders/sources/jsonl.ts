/**
 * Feeds of JSON Lines (`.jsonl`, `.ndjson`): one JSON object per line, one article per
 * object, with the keys of loaders/sources/_feed-rows.ts. Blank lines are skipped.
 */
import { InputError } from "../errors.ts";
import { decodeArticle, type Article, type SourceKind } from "../source-file.ts";
import { feedArticle } from "./_feed-rows.ts";

export const sourceKind: SourceKind = {
  name: "feed of JSON Lines",
  extensions: [".jsonl", ".ndjson"],
  read(file, bytes) {
    const lines = decodeArticle(file, bytes).replace(/^\uFEFF/, "").split(/\r?\n/);
    const articles: Article[] = [];
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new InputError(file, index + 1, `not a JSON object: ${(error as Error).message}`);
      }
      articles.push(feedArticle(file, index + 1, record));
    });
    if (articles.length === 0) throw new InputError(file, 1, "the feed has no rows");
    return articles;
  },
};
