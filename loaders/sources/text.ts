/**
 * Plain-text articles (`.txt`): the file as stored is the text, with optional YAML front
 * matter or a `date YYYY-MM-DD` header line for its metadata.
 */
import { decodeArticle, parseArticle, type SourceKind } from "../source-file.ts";

export const sourceKind: SourceKind = {
  name: "plain-text article",
  extensions: [".txt"],
  read: (file, bytes) => [parseArticle(file, decodeArticle(file, bytes))],
};
